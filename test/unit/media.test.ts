// Simulator clips are real MP4s: checked by our own reader (mediabunny) and, where the machine
// has it, by ffprobe and a full ffmpeg decode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeClip } from '../../src/sim/media/makeClip.js';
import { inspectMp4 } from '../../src/core/media/inspect.js';
import { judge } from '../../src/core/media/checks.js';

const hasFfmpeg = spawnSync('ffprobe', ['-version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'vprompt-media-'));

const CASES = [
  { width: 1280, height: 720, durationSeconds: 5, audio: 'flac' as const },
  { width: 720, height: 1280, durationSeconds: 4, audio: false as const },
  { width: 1920, height: 1080, durationSeconds: 2, audio: 'aac' as const },
  { width: 854, height: 480, durationSeconds: 3, audio: false as const },
];

for (const c of CASES) {
  test(`a ${c.width}x${c.height} ${c.durationSeconds}s clip (${c.audio || 'no audio'}) has what was asked for`, async () => {
    const bytes = await makeClip(c);
    const i = await inspectMp4(bytes);
    assert.equal(i.isMp4, true, i.reason);
    assert.equal(i.width, c.width);
    assert.equal(i.height, c.height);
    assert.ok(Math.abs(i.durationSeconds! - c.durationSeconds) < 0.1, `duration ${i.durationSeconds}`);
    assert.equal(i.videoCodec, 'avc');
    assert.deepEqual(i.audioTracks.map((a) => a.codec), c.audio ? [c.audio] : []);
    if (!hasFfmpeg) return;
    const file = join(dir, `${c.width}x${c.height}.mp4`);
    writeFileSync(file, bytes);
    const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height', '-of', 'json', file], { encoding: 'utf8' });
    const streams = JSON.parse(probe.stdout).streams as Array<{ codec_name: string; width?: number; height?: number }>;
    assert.equal(streams[0].codec_name, 'h264');
    assert.deepEqual([streams[0].width, streams[0].height], [c.width, c.height]);
    const decode = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
    assert.equal(decode.status, 0);
    assert.equal(decode.stderr.trim(), '', 'ffmpeg decodes every frame without an error');
  });
}

test('garbage and truncated files are reported, not thrown', async () => {
  assert.equal((await inspectMp4(new TextEncoder().encode('<html>nope</html>'))).isMp4, false);
  const clip = await makeClip({ width: 320, height: 240, durationSeconds: 1 });
  const cut = await inspectMp4(clip.subarray(0, 200));
  assert.equal(cut.isMp4, false);
  assert.match(cut.reason ?? '', /unreadable|not an MP4|truncated/);
});

test('output checks: short, wrong size, missing audio, AAC silent in VS Code', async () => {
  const expect = { outputs: 1, durationSeconds: 8, width: 1280, height: 720, audio: true };
  const short = judge(await inspectMp4(await makeClip({ width: 640, height: 360, durationSeconds: 4 })), expect);
  assert.equal(short.warnings.length, 3);
  assert.match(short.warnings[0], /Short clip: 4\.0 s instead of 8 s/);
  assert.match(short.warnings[1], /Wrong size: 640×360 instead of 1280×720/);
  assert.match(short.warnings[2], /No audio track/);
  const aac = judge(await inspectMp4(await makeClip({ width: 1280, height: 720, durationSeconds: 8, audio: 'aac' })), expect);
  assert.deepEqual(aac.warnings.length, 1);
  assert.match(aac.warnings[0], /plays silently in VS Code's preview/);
  const good = judge(await inspectMp4(await makeClip({ width: 1280, height: 720, durationSeconds: 8, audio: 'flac' })), expect);
  assert.deepEqual(good.warnings, []);
});

test('a clip cut off halfway through its media data is not taken as complete', async () => {
  const clip = await makeClip({ width: 320, height: 240, durationSeconds: 2 });
  const i = await inspectMp4(clip.subarray(0, Math.floor(clip.length * 0.6)));
  assert.equal(i.isMp4, false, 'a half-downloaded clip must not pass');
});
