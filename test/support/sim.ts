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
    makeClip: (s) => new TextEncoder().encode(`clip ${s.width}x${s.height} ${s.durationSeconds}s`),
    dimensions: () => ({ width: 1280, height: 720 }),
    random: () => 0.5,
    ...overrides,
  });
}
