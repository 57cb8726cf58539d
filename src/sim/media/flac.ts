// FLAC frames with verbatim subframes: trivially correct, plays in browsers and in VS Code
// desktop's reduced media stack (which cannot play AAC).

const CRC8 = new Uint8Array(256).map((_, i) => {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ 0x07) & 0xff : (c << 1) & 0xff;
  return c;
});
const CRC16 = new Uint16Array(256).map((_, i) => {
  let c = i << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x8005) & 0xffff : (c << 1) & 0xffff;
  return c;
});

function crc8(bytes: number[]): number {
  let c = 0;
  for (const b of bytes) c = CRC8[c ^ b];
  return c;
}
function crc16(bytes: number[]): number {
  let c = 0;
  for (const b of bytes) c = ((c << 8) & 0xffff) ^ CRC16[((c >> 8) ^ b) & 0xff];
  return c;
}

/** FLAC's UTF-8-like coding of the frame number. */
function utf8Number(n: number): number[] {
  if (n < 0x80) return [n];
  if (n < 0x800) return [0xc0 | (n >> 6), 0x80 | (n & 0x3f)];
  if (n < 0x10000) return [0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)];
  return [0xf0 | (n >> 18), 0x80 | ((n >> 12) & 0x3f), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)];
}

export const FLAC_RATE = 48_000;
export const FLAC_BLOCK = 4096;

/** "fLaC" + a STREAMINFO block: the codec description an MP4 `dfLa` box carries. */
export function flacDescription(totalSamples: number): Uint8Array {
  const info = new Uint8Array(34);
  const dv = new DataView(info.buffer);
  dv.setUint16(0, FLAC_BLOCK);
  dv.setUint16(2, FLAC_BLOCK);
  // min/max frame size unknown (0); then 20 bits rate, 3 bits channels-1, 5 bits bps-1, 36 bits total samples.
  const rate = FLAC_RATE;
  info[10] = rate >> 12;
  info[11] = (rate >> 4) & 0xff;
  info[12] = ((rate & 0xf) << 4) | (0 << 1) | ((15 >> 4) & 1);
  info[13] = ((15 & 0xf) << 4) | Math.floor(totalSamples / 2 ** 32) & 0xf;
  dv.setUint32(14, totalSamples >>> 0);
  return Uint8Array.from([0x66, 0x4c, 0x61, 0x43, 0x80, 0, 0, 34, ...info]);
}

/** One frame of 16-bit mono samples. */
export function flacFrame(index: number, samples: Int16Array): Uint8Array {
  const header = [0xff, 0xf8];
  const full = samples.length === FLAC_BLOCK;
  header.push(((full ? 0b1100 : 0b0111) << 4) | 0b1010); // block size code | 48 kHz
  header.push((0b0000 << 4) | (0b100 << 1)); // mono | 16-bit
  header.push(...utf8Number(index));
  if (!full) header.push((samples.length - 1) >> 8, (samples.length - 1) & 0xff);
  header.push(crc8(header));
  const body = [0b00000010]; // verbatim subframe, no wasted bits
  for (const s of samples) body.push((s >> 8) & 0xff, s & 0xff);
  const frame = [...header, ...body];
  const c = crc16(frame);
  frame.push(c >> 8, c & 0xff);
  return Uint8Array.from(frame);
}

/** A quiet sine tone, split into FLAC-sized blocks. */
export function toneBlocks(seconds: number, hz = 440, amplitude = 2500): Int16Array[] {
  const total = Math.round(seconds * FLAC_RATE);
  const blocks: Int16Array[] = [];
  for (let start = 0; start < total; start += FLAC_BLOCK) {
    const n = Math.min(FLAC_BLOCK, total - start);
    const b = new Int16Array(n);
    for (let i = 0; i < n; i++) b[i] = Math.round(amplitude * Math.sin((2 * Math.PI * hz * (start + i)) / FLAC_RATE));
    blocks.push(b);
  }
  return blocks;
}
