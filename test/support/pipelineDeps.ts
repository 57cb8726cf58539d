// Pipeline dependencies for tests: the given client and clock, an in-memory journal, no logs,
// a fixed random and generous limits; override what a test is about.
import type { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import type { Clock } from '../../src/core/render/clock.js';
import { Journal } from '../../src/core/render/journal.js';
import type { JobSpec, PipelineDeps } from '../../src/core/render/pipeline.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';
import { Scheduler } from '../../src/core/render/scheduler.js';
import { MemoryLines } from './memoryStore.js';
import { diskClipFiles } from '../../src/node/clipFiles.js';

export function testDeps(client: AtlasClient, clock: Clock, outDir: string, over: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    client,
    download: undiciTransport,
    clock,
    random: () => 0.5,
    scheduler: new Scheduler(() => ({ rpm: 20, concurrency: 4 }), clock),
    journal: new Journal(new MemoryLines()),
    renderTimes: new RenderTimes(),
    log: () => undefined,
    outDir,
    maxWaitMs: 60_000,
    files: diskClipFiles,
    ...over,
  };
}

export const TEST_MODEL = 'bytedance/seedance-2.0-fast/text-to-video';

/** A draft of shot "Arrival" on Seedance 2.0 Fast; override what a test is about. */
export function testSpec(over: Partial<JobSpec> = {}): JobSpec {
  return {
    file: 'examples/city.vprompt',
    shot: 'Arrival',
    model: TEST_MODEL,
    tier: 'fast',
    kind: 'draft',
    body: { model: TEST_MODEL, prompt: 'a fox in the snow, wide shot', duration: 5, resolution: '720p' },
    promptHash: 'abc',
    expect: { outputs: 1, durationSeconds: 5 },
    ...over,
  };
}
