// `npm run bench:lint` — lint throughput on a generated 10,000-shot corpus, against cspell
// checking the same risky-term list as flagWords on the same files in the same run, plus a
// linearity check on 1 MB pathological files. Figures are ratios measured in one run, so the
// machine's speed cancels out.
//
// It also prices the issue-9 analysis (grammar pass, lemma-based safety lexicon): the same
// corpus, and a second one whose shots use verbs and places the lexicons do not list (so the
// tagger runs), are linted by this tree, by this tree with the tagger off, and by a git
// worktree of BASELINE_REF (the commit before that work), each in a child process through the
// same harness (bench/lint-worker.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintFile } from '../src/cli/lint.js';
import { DEFAULT_CONFIG } from '../src/core/lint/types.js';
import { riskyTermList } from '../src/core/lint/rules/safety.js';
import { rng, pick } from '../test/support/random.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';

/** The last commit before issue 9's lint work: the baseline its cost is measured against. */
const BASELINE_REF = '3dcae88';

const SHOTS = 10_000;
const FILES = 100;
const ROUNDS = 3;

const SUBJECTS = ['a woman in her 30s in a long red wool coat', 'an elderly fisherman with a grey beard', 'a golden retriever puppy', 'a vintage red convertible', 'a barista with tattooed forearms', 'two teenagers on skateboards', 'a lone astronaut in a scuffed white suit', 'a ceramic vase of white peonies'];
const ACTIONS = ['walking briskly', 'turns slowly toward camera', 'pours steaming milk into a cup', 'drifts past in slow motion', 'leaps over a puddle', 'laughs and spins around', 'stares out of the window', 'rolls to a stop'];
const PLACES = ['through a rain-slicked Tokyo street at night', 'on a foggy pier at dawn', 'in a sunlit kitchen with copper pans', 'across a wheat field at golden hour', 'inside a neon-lit arcade', 'on a rooftop under a starry sky', 'in a cluttered artist studio, soft window light'];
const CAMERAS = ['medium tracking shot, cinematic and tense', 'slow push in, shallow depth of field', 'wide establishing shot, drone flyover', 'handheld close-up, 35mm film grain', 'low angle, whip pan to the left', 'overhead shot, rack focus', 'static locked-off frame, moody'];
const RISKY = ['blood pours from the wound', 'he shoots the guard', 'a naked figure', 'Mickey Mouse waves', 'she sings a Taylor Swift song', 'fuck this', 'a bomb explodes in the crowd'];
const BENIGN_TRAPS = ['shot on 35mm', 'a blood orange sunset', 'a killer whale breaches', 'an explosion of colour', 'visible to the naked eye', 'photo shoot backstage'];

// Verbs and places outside the lexicons, as people write them: the shots that need the tagger.
const UNLISTED_ACTIONS = ['trims the hedge with long shears', 'grinds a handrail', 'plates a dessert with tweezers', 'wrenches a bolt loose', 'tethers herself to the hull', 'swats a moth away'];
const UNLISTED_PLACES = ['in a bustling souk at noon', 'beside a crumbling aqueduct', 'inside a disused planetarium', 'across a salt flat', 'in a cramped laundromat', 'under a colonnade'];

function generate(dir: string, unlisted = 0): { files: string[]; bytes: number } {
  const r = rng(42);
  const files: string[] = [];
  let bytes = 0;
  const perFile = SHOTS / FILES;
  for (let f = 0; f < FILES; f++) {
    let text = `---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 5\nresolution: 720p\nvars:\n  hero: ${pick(r, SUBJECTS)}\n---\n`;
    for (let s = 0; s < perFile; s++) {
      text += `# Shot ${f}-${s}\n`;
      if (r() < 0.3) text += `@duration: ${pick(r, [4, 5, 8, 10, 12])}\n`;
      const odd = r() < unlisted;
      const parts = [r() < 0.3 ? '{{hero}}' : pick(r, SUBJECTS), odd ? pick(r, UNLISTED_ACTIONS) : pick(r, ACTIONS), odd ? pick(r, UNLISTED_PLACES) : pick(r, PLACES), pick(r, CAMERAS)];
      if (r() < 0.15) parts.splice(1, 0, pick(r, RISKY));
      if (r() < 0.2) parts.push(pick(r, BENIGN_TRAPS));
      if (r() < 0.2) parts.pop(); // some shots miss a component
      text += `${parts.join(', ')}.\n`;
      if (r() < 0.3) text += `audio: rain on tin roofs; she whispers: "${pick(r, ['not again', 'come with me', 'hold on'])}"\n`;
      text += '\n';
    }
    const path = join(dir, `corpus-${String(f).padStart(3, '0')}.vprompt`);
    writeFileSync(path, text);
    files.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

function lintAll(files: string[]): number {
  let diagnostics = 0;
  for (const f of files) diagnostics += lintFile(f, readFileSync(f, 'utf8'), DEFAULT_CONFIG, {}).diagnostics.length;
  return diagnostics;
}

function best(times: number[]): number {
  return Math.min(...times);
}

async function cspellSeconds(dir: string, terms: string[]): Promise<number[]> {
  const { lint } = await import('cspell');
  const config = join(dir, 'cspell.json');
  // The same risky terms as flagWords; cspell's English dictionary stays on as it would in real use.
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'en', flagWords: terms, files: ['*.vprompt'] }));
  const quiet = { issue() {}, info() {}, debug() {}, error() {}, progress() {}, result() {} };
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await lint(['*.vprompt'], { root: dir, config, cache: false, progress: false, silent: true } as never, quiet as never);
    times.push((performance.now() - t0) / 1000);
  }
  return times;
}

function pathological(): Array<{ name: string; sizes: number[]; ms: number[] }> {
  const makers: Array<[string, (n: number) => string]> = [
    ['one 1 MB line of letters', (n) => `# A\n${'a'.repeat(n)}\n`],
    ['repeated "shot shot shot"', (n) => `# A\n${'shot '.repeat(n / 5)}\n`],
    ['unclosed {{ braces', (n) => `# A\n${'{{ '.repeat(n / 3)}\n`],
    ['unbalanced quotes after says', (n) => `# A\n${'he says "'.repeat(n / 9)}\n`],
    ['thousands of headings', (n) => '# h\nx\n'.repeat(n / 6)],
    ['camera-phrase prefixes', (n) => `# A\n${'extreme close medium wide '.repeat(n / 26)}\n`],
  ];
  const sizes = [256 * 1024, 512 * 1024, 1024 * 1024];
  return makers.map(([name, make]) => ({
    name,
    sizes,
    ms: sizes.map((n) => {
      const text = make(n);
      const runs = [0, 1, 2].map(() => {
        const t0 = performance.now();
        lintFile('p.vprompt', text, DEFAULT_CONFIG, {});
        return performance.now() - t0;
      });
      return best(runs);
    }),
  }));
}

/** A git worktree of BASELINE_REF with this checkout's node_modules, or undefined if git cannot make one. */
function baselineTree(): string | undefined {
  const at = join(tmpdir(), `vprompt-baseline-${BASELINE_REF}`);
  try {
    if (!existsSync(join(at, 'package.json'))) {
      mkdirSync(at, { recursive: true });
      execFileSync('git', ['worktree', 'add', '--force', '--detach', at, BASELINE_REF], { stdio: 'ignore' });
    }
    if (!existsSync(join(at, 'node_modules'))) symlinkSync(join(process.cwd(), 'node_modules'), join(at, 'node_modules'), 'dir');
    return at;
  } catch {
    return undefined;
  }
}

function worker(cwd: string, dir: string, grammar: 'on' | 'off'): { seconds: number; findings: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(process.cwd(), 'bench', 'lint-worker.ts'), dir, String(ROUNDS), grammar], { cwd, encoding: 'utf8' });
  return JSON.parse(out) as { seconds: number; findings: number };
}

function analysisCost(mainDir: string, mainMb: number): void {
  const oddDir = mkdtempSync(join(tmpdir(), 'vprompt-bench-unlisted-'));
  try {
    const odd = generate(oddDir, 0.3);
    const base = baselineTree();
    console.log(`\nissue-9 analysis cost (child processes, best of ${ROUNDS}; ratios are the figures):`);
    for (const [name, dir, mb] of [['main corpus', mainDir, mainMb], ['30% unlisted verbs/places', oddDir, odd.bytes / 1e6]] as const) {
      const now = worker(process.cwd(), dir, 'on');
      const off = worker(process.cwd(), dir, 'off');
      const rate = (s: number) => `${(mb / s).toFixed(1)} MB/s`;
      let line = `  ${name.padEnd(27)} now ${rate(now.seconds)}, tagger off ${rate(off.seconds)} (grammar costs ${((now.seconds / off.seconds - 1) * 100).toFixed(0)}%)`;
      if (base) {
        const before = worker(base, dir, 'on');
        line += `, before issue 9 (${BASELINE_REF}) ${rate(before.seconds)}: throughput ${((before.seconds / now.seconds) * 100).toFixed(0)}% of baseline (aim >= 75%)`;
      }
      console.log(line);
    }
    if (!base) console.log(`  (no git worktree of ${BASELINE_REF} could be made here, so no baseline figure)`);
  } finally {
    rmSync(oddDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vprompt-bench-'));
  try {
    const { files, bytes } = generate(dir);
    const mb = bytes / 1e6;
    console.log(`corpus: ${SHOTS} shots in ${FILES} files, ${mb.toFixed(2)} MB`);
    lintAll(files.slice(0, 5)); // warm up JIT and lazy lexicon tries
    const vp: number[] = [];
    let count = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      count = lintAll(files);
      vp.push((performance.now() - t0) / 1000);
    }
    const vpRate = mb / best(vp);
    console.log(`vprompt (all rules): ${vpRate.toFixed(1)} MB/s  (best of ${ROUNDS}: ${best(vp).toFixed(3)} s, ${count} findings)`);
    const terms = riskyTermList();
    const cs = await cspellSeconds(dir, terms);
    const csRate = mb / best(cs);
    console.log(`cspell (${terms.length} flagWords): ${csRate.toFixed(2)} MB/s  (best of ${ROUNDS}: ${best(cs).toFixed(3)} s)`);
    console.log(`ratio vprompt/cspell: ${(vpRate / csRate).toFixed(1)}x  (aim: >= 10x; vprompt aim: >= 20 MB/s)`);
    console.log('\npathological inputs (ms at 256 KB / 512 KB / 1 MB; linear means each doubling about doubles):');
    let worst = 0;
    for (const p of pathological()) {
      const growth = p.ms[2] / p.ms[1];
      worst = Math.max(worst, growth);
      console.log(`  ${p.name.padEnd(32)} ${p.ms.map((m) => m.toFixed(1).padStart(7)).join(' ')}   1MB/512KB = ${growth.toFixed(2)}`);
    }
    console.log(`worst doubling ratio: ${worst.toFixed(2)} (quadratic would be ~4)`);
    analysisCost(dir, mb);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
