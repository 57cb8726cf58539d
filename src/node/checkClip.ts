// The clip check the pipeline runs after a download: reads the file, judges its bytes.
import { readFileSync } from 'node:fs';
import { outputQualityError } from '../core/api/errors.js';
import { checkBytes } from '../core/media/checks.js';
import type { ClipCheck, Expectation } from '../core/render/pipeline.js';

export async function checkClip(path: string, expect: Expectation): Promise<ClipCheck> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { warnings: [], error: outputQualityError(`Cannot read the downloaded clip (${(e as NodeJS.ErrnoException).code}).`, 'unreadable') };
  }
  return checkBytes(bytes, expect);
}
