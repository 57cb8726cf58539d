// Output checks: does the clip match what was asked for? Short clips, wrong sizes and missing
// audio are the "output quality" failures the API reports as success; AAC audio is flagged
// because VS Code desktop's preview cannot play it and would look silent. Reading the file is
// the adapter's (src/node/checkClip.ts): this judges the bytes.
import { outputQualityError } from '../api/errors.js';
import type { ClipCheck, Expectation } from '../render/pipeline.js';
import { inspectMp4, type Inspection } from './inspect.js';

/** Duration may differ by this much (encoders round to frames and audio blocks). */
const DURATION_TOLERANCE_S = 0.5;

/** Judges a downloaded clip's bytes against the request. */
export async function checkBytes(bytes: Uint8Array, expect: Expectation): Promise<ClipCheck> {
  return judge(await inspectMp4(bytes), expect);
}

export function judge(i: Inspection, expect: Expectation): ClipCheck {
  if (!i.isMp4) return { warnings: [], error: outputQualityError(`The output is not a playable MP4: ${i.reason}.`, 'not-mp4') };
  const warnings: string[] = [];
  if (expect.durationSeconds && i.durationSeconds !== undefined && i.durationSeconds < expect.durationSeconds - DURATION_TOLERANCE_S) {
    warnings.push(`Short clip: ${i.durationSeconds.toFixed(1)} s instead of ${expect.durationSeconds} s. The model may not support this duration with these settings.`);
  }
  if (expect.width && expect.height && i.width && i.height && (i.width !== expect.width || i.height !== expect.height)) {
    warnings.push(`Wrong size: ${i.width}×${i.height} instead of ${expect.width}×${expect.height}. Check the resolution and aspect ratio the model supports.`);
  }
  if (expect.audio && !i.hasAudio) warnings.push('No audio track, though audio was asked for. Check that the model supports audio and that the prompt describes sound.');
  if (i.audioTracks.some((a) => a.codec === 'aac')) {
    warnings.push("AAC audio: it plays silently in VS Code's preview (VS Code cannot decode AAC); open the clip externally to hear it.");
  }
  return { warnings };
}
