// `npm run soak` — the fault soak of test/unit/soak.test.ts, printed as a table: 200 renders
// through the real pipeline against the simulator on 127.0.0.1, every fault kind, virtual time.
// Exits 1 when an invariant breaks (duplicate submit, lost id, wrong category, ...).
// Options: --jobs N, --seed N, --scale N (multiplies the background fault probabilities).
import { formatReport, runSoak, SOAK_JOBS, SOAK_SEED } from '../test/support/soak.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

async function main(): Promise<void> {
  const report = await runSoak({ jobs: Math.round(arg('jobs', SOAK_JOBS)), seed: Math.round(arg('seed', SOAK_SEED)), faultScale: arg('scale', 1) });
  console.log(formatReport(report));
  process.exitCode = report.violations.length ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
