// `vprompt sim`: the Atlas API simulator as a standalone server on 127.0.0.1, for trying
// vprompt (or any Atlas client) offline: `vprompt render --api-base <printed URL>`.
import { SIMULATOR_KEY, startDefaultSimulator } from '../sim/defaults.js';
import { FAULT_KINDS, type FaultKind, type FaultRule } from '../sim/faults.js';
import type { Io } from './main.js';

export interface SimCliOptions {
  port: number;
  faults: string[];
  renderSeconds?: number;
  rpm?: number;
  concurrency?: number;
}

export async function runSim(o: SimCliOptions, io: Io, stop: Promise<void>): Promise<number> {
  const faults: FaultRule[] = [];
  for (const f of o.faults) {
    const [kind, times] = f.split(':');
    if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
      io.err(`vprompt sim: unknown fault "${kind}". Faults: ${FAULT_KINDS.join(', ')}.\n`);
      return 2;
    }
    faults.push({ kind: kind as FaultKind, times: times ? Number(times) : undefined });
  }
  let sim;
  try {
    sim = await startDefaultSimulator({
      port: o.port,
      faults,
      apiKeys: undefined,
      ...(o.renderSeconds ? { renderMs: () => o.renderSeconds! * 1000 } : {}),
      ...(o.rpm || o.concurrency ? { limits: { '*': { rpm: o.rpm ?? 20, concurrency: o.concurrency ?? 4 } } } : {}),
    });
  } catch (e) {
    io.err(`vprompt sim: cannot listen on 127.0.0.1:${o.port} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
    return 2;
  }
  io.out(`Atlas API simulator listening on ${sim.url}\n`);
  io.out(`Try: ATLASCLOUD_API_KEY=${SIMULATOR_KEY} vprompt render examples/city.vprompt --all --api-base ${sim.url}\n`);
  io.out('Any non-empty key is accepted. Press Ctrl+C to stop.\n');
  await stop;
  const s = sim.stats;
  await sim.close();
  io.out(`Stopped. ${s.submits} submits, ${s.created} jobs, ${s.polls} polls, ${s.rateLimited} rate-limited.\n`);
  return 0;
}
