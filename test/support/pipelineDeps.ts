// Pipeline dependencies for tests: the given client and clock, an in-memory journal, no logs,
// a fixed random and generous limits; override what a test is about.
import type { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/core/api/undiciTransport.js';
import type { Clock } from '../../src/core/render/clock.js';
import { Journal } from '../../src/core/render/journal.js';
import type { PipelineDeps } from '../../src/core/render/pipeline.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';
import { Scheduler } from '../../src/core/render/scheduler.js';
import { MemoryLines } from './memoryStore.js';

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
    ...over,
  };
}
