// `npm run lint:eval -- <split> [--misses]`: issue 9's lint figures for one labelled split
// (unseen, dev, dev2 or tuned), and with --misses each shot whose findings differ from its labels.
// Misses are listed for the development and tuned splits only: the unseen split is frozen and
// never tuned to, so its shots are not shown.
import { figures, loadLabelled, table, type ShotLabels } from '../test/support/corpusScore.js';

const SPLITS: Record<string, string[]> = {
  unseen: ['test/corpus/unseen/risky.vprompt', 'test/corpus/unseen/benign.vprompt'],
  dev: ['test/corpus/dev/risky.vprompt', 'test/corpus/dev/benign.vprompt'],
  dev2: ['test/corpus/dev2/risky.vprompt', 'test/corpus/dev2/benign.vprompt'],
  tuned: ['test/corpus/risky.vprompt', 'test/corpus/benign.vprompt', 'test/corpus/structure.vprompt'],
};

const split = process.argv[2] ?? 'dev';
const misses = process.argv.includes('--misses');
if (!SPLITS[split]) {
  console.error(`usage: npm run lint:eval -- <${Object.keys(SPLITS).join('|')}> [--misses]`);
  process.exit(2);
}
if (misses && split === 'unseen') {
  console.error('The unseen split is frozen: its misses are not listed, so nobody tunes to them. Use --misses with dev, dev2 or tuned.');
  process.exit(2);
}
const shots: ShotLabels[] = SPLITS[split].flatMap((f) => loadLabelled(f));
console.log(table(`${split} split`, figures(shots)));
if (misses) {
  for (const s of shots) {
    const out = [
      ...[...s.safety].filter((l) => !s.foundSafety.has(l)).map((l) => `missed ${l}`),
      ...(s.safety.size === 0 ? [...s.foundSafety].map((l) => `benign but found ${l}`) : []),
      ...[...s.missing].filter((l) => !s.foundMissing.has(l)).map((l) => `missed ${l}`),
      ...[...s.foundMissing].filter((l) => !s.missing.has(l)).map((l) => `wrongly found ${l}`),
    ];
    if (out.length) console.log(`${s.file}#${s.shot}: ${out.join('; ')}`);
  }
}
