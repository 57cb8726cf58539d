// Real, playable MP4 clips for the simulator, made without ffmpeg: H.264 from h264.ts (a
// colour-bar picture with a progress bar that fills as the clip plays, so playback visibly
// advances) and FLAC or AAC audio, muxed by mediabunny (a maintained MP4 muxer/demuxer).
import { BufferTarget, EncodedAudioPacketSource, EncodedPacket, EncodedVideoPacketSource, Mp4OutputFormat, Output } from 'mediabunny';
import { avcC, avccSample, codecString, idrFrame, pFrame, pps, sps, type Macroblock } from './h264.js';
import { FLAC_RATE, flacDescription, flacFrame, toneBlocks } from './flac.js';

export interface ClipRequest {
  width: number;
  height: number;
  durationSeconds: number;
  fps?: number;
  audio?: false | 'flac' | 'aac';
  seed?: number;
}

// Limited-range YUV for eight bars (white, yellow, cyan, green, magenta, red, blue, black).
const BARS: Array<[number, number, number]> = [
  [235, 128, 128], [210, 16, 146], [170, 166, 16], [145, 54, 34], [106, 202, 222], [81, 90, 240], [41, 240, 110], [16, 128, 128],
];

function solid(y: number, cb: number, cr: number): Macroblock {
  const mb = new Uint8Array(384);
  mb.fill(y, 0, 256);
  mb.fill(cb, 256, 320);
  mb.fill(cr, 320, 384);
  return mb;
}

/** Silent AAC-LC raw frame (stereo, any rate) and its AudioSpecificConfig (AAC-LC, 44.1 kHz, stereo). */
const AAC_SILENT_FRAME = Uint8Array.from([0x21, 0x10, 0x04, 0x60, 0x8c, 0x1c]);
const AAC_ASC = Uint8Array.from([0x12, 0x10]);

export async function makeClip(req: ClipRequest): Promise<Uint8Array> {
  const fps = req.fps ?? 24;
  const width = Math.max(16, Math.round(req.width / 2) * 2);
  const height = Math.max(16, Math.round(req.height / 2) * 2);
  const p = { width, height };
  const mbW = Math.ceil(width / 16);
  const mbH = Math.ceil(height / 16);
  const frames = Math.max(1, Math.round(req.durationSeconds * fps));
  const shift = (req.seed ?? 0) % BARS.length;
  const barMb = BARS.map(([y, u, v]) => solid(y, u, v));
  const track = solid(60, 128, 128);
  const fill = solid(200, 90, 150);
  const barRow = mbH - 1;

  const spsNal = sps(p);
  const ppsNal = pps();
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target: new BufferTarget() });
  const video = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(video, { frameRate: fps });
  let audio: EncodedAudioPacketSource | undefined;
  if (req.audio) {
    audio = new EncodedAudioPacketSource(req.audio);
    output.addAudioTrack(audio);
  }
  await output.start();

  const filledAt = (f: number) => Math.min(mbW, Math.floor(((f + 1) * mbW) / frames));
  const idr = idrFrame(p, (x, y) => (y === barRow ? (x < filledAt(0) ? fill : track) : barMb[(Math.floor((x * BARS.length) / mbW) + shift) % BARS.length]));
  await video.add(new EncodedPacket(avccSample(idr), 'key', 0, 1 / fps), {
    decoderConfig: { codec: codecString(spsNal), codedWidth: width, codedHeight: height, description: avcC(spsNal, ppsNal) },
  });
  for (let f = 1; f < frames; f++) {
    const changed = new Map<number, Macroblock>();
    for (let x = filledAt(f - 1); x < filledAt(f); x++) changed.set(barRow * mbW + x, fill);
    await video.add(new EncodedPacket(avccSample(pFrame(p, f, changed)), 'delta', f / fps, 1 / fps));
  }

  if (audio && req.audio === 'flac') {
    const blocks = toneBlocks(frames / fps);
    const total = blocks.reduce((n, b) => n + b.length, 0);
    let t = 0;
    for (let i = 0; i < blocks.length; i++) {
      const meta = i === 0 ? { decoderConfig: { codec: 'flac', sampleRate: FLAC_RATE, numberOfChannels: 1, description: flacDescription(total) } } : undefined;
      await audio.add(new EncodedPacket(flacFrame(i, blocks[i]), 'key', t / FLAC_RATE, blocks[i].length / FLAC_RATE), meta);
      t += blocks[i].length;
    }
  } else if (audio && req.audio === 'aac') {
    const per = 1024 / 44_100;
    const count = Math.ceil(frames / fps / per);
    for (let i = 0; i < count; i++) {
      const meta = i === 0 ? { decoderConfig: { codec: 'mp4a.40.2', sampleRate: 44_100, numberOfChannels: 2, description: AAC_ASC } } : undefined;
      await audio.add(new EncodedPacket(AAC_SILENT_FRAME, 'key', i * per, per), meta);
    }
  }
  await output.finalize();
  return new Uint8Array(output.target.buffer!);
}
