// Starts the simulator for tests with a deterministic clock and a stand-in clip maker
// (media tests cover real MP4s; API tests only need bytes).
import { startSimulator, type SimOptions } from '../../src/sim/server.js';

export class ManualClock {
  constructor(public t = 1_700_000_000_000) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export function testSimulator(overrides: Partial<SimOptions> = {}) {
  return startSimulator({
    makeClip: (s) => fakeMp4(`clip ${s.width}x${s.height} ${s.durationSeconds}s`),
    dimensions: () => ({ width: 1280, height: 720 }),
    random: () => 0.5,
    ...overrides,
  });
}

/** Bytes that pass the MP4 sniff (an ftyp box first) without being a real clip. */
export function fakeMp4(note: string): Uint8Array {
  const ftyp = [0, 0, 0, 16, ...'ftypisom'.split('').map((c) => c.charCodeAt(0)), 0, 0, 2, 0];
  return new Uint8Array([...ftyp, ...new TextEncoder().encode(note)]);
}
