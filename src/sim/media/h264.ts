// A minimal H.264 (Constrained Baseline, CAVLC) bitstream writer for the simulator's clips:
// an IDR frame of I_PCM macroblocks (raw pixels, no transform to get wrong) followed by P
// frames that skip every macroblock except the few that change. No ffmpeg needed, and any
// decoder plays it.

class BitWriter {
  private bytes: number[] = [];
  private cur = 0;
  private n = 0;

  u(bits: number, value: number): void {
    for (let i = bits - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }
  bit(b: number): void {
    this.cur = (this.cur << 1) | b;
    if (++this.n === 8) {
      this.bytes.push(this.cur);
      this.cur = 0;
      this.n = 0;
    }
  }
  ue(v: number): void {
    const x = v + 1;
    const len = 32 - Math.clz32(x);
    this.u(len - 1, 0);
    this.u(len, x);
  }
  se(v: number): void {
    this.ue(v <= 0 ? -2 * v : 2 * v - 1);
  }
  align(): void {
    while (this.n !== 0) this.bit(0);
  }
  aligned(): boolean {
    return this.n === 0;
  }
  raw(data: Uint8Array): void {
    for (const b of data) this.bytes.push(b);
  }
  trailing(): Uint8Array {
    this.bit(1);
    this.align();
    return Uint8Array.from(this.bytes);
  }
}

/** Adds emulation-prevention bytes and the NAL header. */
function nal(header: number, rbsp: Uint8Array): Uint8Array {
  const out: number[] = [header];
  let zeros = 0;
  for (const b of rbsp) {
    if (zeros >= 2 && b <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(b);
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

export interface StreamParams {
  width: number;
  height: number;
}

export function levelFor(width: number, height: number): number {
  const mbs = Math.ceil(width / 16) * Math.ceil(height / 16);
  return mbs <= 1620 ? 30 : mbs <= 3600 ? 31 : mbs <= 8192 ? 40 : mbs <= 22080 ? 50 : 51;
}

const LOG2_MAX_FRAME_NUM = 8;

export function sps(p: StreamParams): Uint8Array {
  const w = new BitWriter();
  const mbW = Math.ceil(p.width / 16);
  const mbH = Math.ceil(p.height / 16);
  w.u(8, 66); // Baseline
  w.u(1, 1); // constraint_set0: Baseline-compatible
  w.u(1, 1); // constraint_set1: Main-compatible → Constrained Baseline
  w.u(6, 0);
  w.u(8, levelFor(p.width, p.height));
  w.ue(0); // seq_parameter_set_id
  w.ue(LOG2_MAX_FRAME_NUM - 4);
  w.ue(2); // pic_order_cnt_type 2: output order = decode order
  w.ue(1); // max_num_ref_frames
  w.u(1, 0); // gaps_in_frame_num_value_allowed_flag
  w.ue(mbW - 1);
  w.ue(mbH - 1);
  w.u(1, 1); // frame_mbs_only_flag
  w.u(1, 1); // direct_8x8_inference_flag
  const cropR = (mbW * 16 - p.width) / 2;
  const cropB = (mbH * 16 - p.height) / 2;
  if (cropR || cropB) {
    w.u(1, 1);
    w.ue(0);
    w.ue(cropR);
    w.ue(0);
    w.ue(cropB);
  } else w.u(1, 0);
  w.u(1, 0); // vui_parameters_present_flag
  return nal(0x67, w.trailing());
}

export function pps(): Uint8Array {
  const w = new BitWriter();
  w.ue(0); // pps id
  w.ue(0); // sps id
  w.u(1, 0); // CAVLC
  w.u(1, 0);
  w.ue(0); // one slice group
  w.ue(0);
  w.ue(0);
  w.u(1, 0);
  w.u(2, 0);
  w.se(0); // pic_init_qp_minus26
  w.se(0);
  w.se(0);
  w.u(1, 1); // deblocking_filter_control_present_flag
  w.u(1, 0);
  w.u(1, 0);
  return nal(0x68, w.trailing());
}

/** One 16×16 macroblock of raw samples: 256 luma, 64 Cb, 64 Cr (values 16–235). */
export type Macroblock = Uint8Array;

export function idrFrame(p: StreamParams, mb: (x: number, y: number) => Macroblock): Uint8Array {
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(7); // I slice (all slices I)
  w.ue(0);
  w.u(LOG2_MAX_FRAME_NUM, 0); // frame_num
  w.ue(0); // idr_pic_id
  w.u(1, 0); // no_output_of_prior_pics_flag
  w.u(1, 0); // long_term_reference_flag
  w.se(0); // slice_qp_delta
  w.ue(1); // deblocking off: PCM blocks need none
  const mbW = Math.ceil(p.width / 16);
  const mbH = Math.ceil(p.height / 16);
  for (let y = 0; y < mbH; y++) {
    for (let x = 0; x < mbW; x++) {
      w.ue(25); // I_PCM
      w.align();
      w.raw(mb(x, y));
    }
  }
  return nal(0x65, w.trailing());
}

/** A P frame that copies the previous frame except for the macroblocks in `changed`. */
export function pFrame(p: StreamParams, frameNum: number, changed: Map<number, Macroblock>): Uint8Array {
  const w = new BitWriter();
  w.ue(0);
  w.ue(5); // P slice (all slices P)
  w.ue(0);
  w.u(LOG2_MAX_FRAME_NUM, frameNum % (1 << LOG2_MAX_FRAME_NUM));
  w.u(1, 0); // num_ref_idx_active_override_flag
  w.u(1, 0); // ref_pic_list_modification_flag_l0
  w.u(1, 0); // adaptive_ref_pic_marking_mode_flag
  w.se(0);
  w.ue(1);
  const total = Math.ceil(p.width / 16) * Math.ceil(p.height / 16);
  const indices = [...changed.keys()].sort((a, b) => a - b);
  let next = 0;
  for (const i of indices) {
    w.ue(i - next); // mb_skip_run
    w.ue(30); // I_PCM in a P slice (5 + 25)
    w.align();
    w.raw(changed.get(i)!);
    next = i + 1;
  }
  if (next < total) w.ue(total - next);
  return nal(0x41, w.trailing());
}

/** avcC (AVCDecoderConfigurationRecord) for the MP4 sample entry. */
export function avcC(spsNal: Uint8Array, ppsNal: Uint8Array): Uint8Array {
  return Uint8Array.from([1, spsNal[1], spsNal[2], spsNal[3], 0xff, 0xe1, spsNal.length >> 8, spsNal.length & 0xff, ...spsNal, 1, ppsNal.length >> 8, ppsNal.length & 0xff, ...ppsNal]);
}

export function codecString(spsNal: Uint8Array): string {
  return `avc1.${[spsNal[1], spsNal[2], spsNal[3]].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** Length-prefixed (AVCC) sample from NAL units, as MP4 stores them. */
export function avccSample(...nals: Uint8Array[]): Uint8Array {
  const size = nals.reduce((n, x) => n + 4 + x.length, 0);
  const out = new Uint8Array(size);
  let o = 0;
  for (const x of nals) {
    out[o] = x.length >>> 24;
    out[o + 1] = (x.length >>> 16) & 0xff;
    out[o + 2] = (x.length >>> 8) & 0xff;
    out[o + 3] = x.length & 0xff;
    out.set(x, o + 4);
    o += 4 + x.length;
  }
  return out;
}
