// Random and mutated inputs must never throw, and every diagnostic must point inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint/engine.js';
import { rng, pick } from '../support/random.js';

const SEEDS = [
  '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 5\nvars:\n  hero: a knight in dented armour\n---\n# One\nA {{hero}} rides through fog at dawn, wide shot.\n# Two\n@duration: 8\nsubject: {{hero}}\naudio: he says: "Onward."\n',
  '# A\nsubject: a cat\n// vprompt-disable-next-line safety/visual\naction: leaps\n',
  'free prose before any heading, tracking shot, neon night street\n',
];
for (const dir of ['examples', 'test/corpus']) {
  try {
    for (const f of readdirSync(dir)) if (f.endsWith('.vprompt')) SEEDS.push(readFileSync(join(dir, f), 'utf8'));
  } catch {
    // folder not there: the built-in seeds still run
  }
}

const PIECES = ['{{', '}}', '{{hero}}', '{{ }}', '---', '\n---\n', '# ', '\n# ', '@', '@duration:', '@model: ', ':', '"', '“', '”', '\t', '\r', '\r\n', '\ufeff', '\ud800', '//', 'vprompt-disable-next-line', '[', ']', '{', '}', '\n', ' ', 'shot', 'audio:', 'negative:', 'kill', 'wide shot', '\u0000', 'é', '🎬', '\\', '|', '&', '*', '!'];

function mutate(r: () => number, s: string): string {
  const ops = 1 + Math.floor(r() * 6);
  for (let i = 0; i < ops; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.45) s = s.slice(0, at) + pick(r, PIECES) + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + Math.floor(r() * 20));
    else if (op < 0.85) s = s.slice(0, at) + s.slice(at, at + Math.floor(r() * 40)).repeat(2) + s.slice(at);
    else s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0xffff)) + s.slice(at);
  }
  return s;
}

function randomText(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 60);
  for (let i = 0; i < n; i++) s += r() < 0.7 ? pick(r, PIECES) : Math.random().toString(36).slice(2, 2 + Math.floor(r() * 8));
  return s;
}

function checkInvariants(input: string): void {
  let result;
  try {
    result = lintText(input);
  } catch (e) {
    assert.fail(`lintText threw on ${JSON.stringify(input.slice(0, 300))}: ${(e as Error).stack}`);
  }
  const { doc, diagnostics } = result;
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const ok =
      start.line >= 0 &&
      start.line <= Math.max(0, doc.lines.length - 1) &&
      end.line >= start.line &&
      (end.line > start.line || end.character >= start.character) &&
      start.character <= (doc.lines[start.line]?.length ?? 0) &&
      end.character <= (doc.lines[end.line]?.length ?? 0);
    assert.ok(ok, `${d.rule} range ${JSON.stringify(d.range)} outside document for input ${JSON.stringify(input.slice(0, 300))}`);
    assert.ok(d.message.length > 0);
    assert.ok(!d.message.includes('internal error'), `rule crashed: ${d.message} for ${JSON.stringify(input.slice(0, 300))}`);
  }
}

test('mutated real files never throw and keep ranges in bounds', () => {
  const r = rng(20261125);
  for (let i = 0; i < 3000; i++) checkInvariants(mutate(r, pick(r, SEEDS)));
});

test('random token soup never throws and keeps ranges in bounds', () => {
  const r = rng(7);
  for (let i = 0; i < 3000; i++) checkInvariants(randomText(r));
});

test('the ASCII tokenizer fast path agrees with the Unicode pattern', async () => {
  const { tokenize } = await import('../../src/core/text/tokenize.js');
  const reference = (text: string) =>
    [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({ norm: m[0].toLowerCase().replace(/['’]/g, ''), start: m.index!, end: m.index! + m[0].length }));
  const r = rng(11);
  const alphabet = "ab Z9'-_.,\n\"éß’";
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const n = Math.floor(r() * 30);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(r() * alphabet.length)];
    assert.deepEqual(tokenize(s), reference(s), JSON.stringify(s));
  }
});

test('a file with endless problems stops at the cap with a note instead of growing without bound', async () => {
  const { MAX_DIAGNOSTICS } = await import('../../src/core/lint/engine.js');
  const { diagnostics } = lintText('# h\nx\n'.repeat(3000));
  assert.equal(diagnostics.length, MAX_DIAGNOSTICS + 1);
  assert.ok(diagnostics.some((d) => d.rule === 'format/too-large' && /stopped listing/.test(d.message)));
});

// ---- regressions found by `npm run fuzz` (bench/fuzz.bench.ts) --------------------------------
// No timings here: each test pins the behaviour a fix had to keep, or counts the work done
// (reads through a Proxy), or is an input that threw or crashed before.

const OLD_HEADING = /^#(?:[ \t]+(.*?))?[ \t]*$/;
const OLD_OVERRIDE = /^@([A-Za-z_][\w-]*)[ \t]*(?::[ \t]*(.*?))?[ \t]*$/;
const OLD_VAR = /\{\{[ \t]*([^{}]*?)[ \t]*\}\}/g;
const OLD_QUOTED = /"([^"\n]*)"|“([^”\n]*)”/g;
const SPEECH_CUE_COPY =
  /(?:\b(?:says?|said|whispers?|whispered|shouts?|shouted|yells?|yelled|screams?|screamed|asks?|asked|replies|replied|mutters?|muttered|murmurs?|murmured|sings?|sang|calls?|called|cries|cried|exclaims?|exclaimed|announces?|announced|narrates?|narrator|voice-?over|speaks?|spoke)\b[^"“]{0,24}|:[ \t]*)$/i;

function randomLine(r: () => number, alphabet: readonly string[], max: number): string {
  let s = '';
  for (let n = Math.floor(r() * max); n > 0; n--) s += pick(r, alphabet);
  return s;
}

test('headings, overrides and {{vars}} read as the old (backtracking) patterns read them', async () => {
  const { parseDocument } = await import('../../src/core/format/parse.js');
  const { validateOverride } = await import('../../src/core/format/frontMatterSchema.js');
  const r = rng(31);
  for (let i = 0; i < 3000; i++) {
    const line = '#' + randomLine(r, [' ', '\t', 'a', 'b', '#', '\u2028', '\u00a0', ':'], 12);
    const doc = parseDocument(line);
    const old = OLD_HEADING.exec(line);
    const shot = doc.shots[0];
    if (!shot) continue; // whitespace-only after normalisation
    assert.equal(shot.segments.length === 0, Boolean(old), JSON.stringify(line));
    if (old) assert.equal(shot.name, (old[1] ?? '').trim(), JSON.stringify(line));
  }
  for (let i = 0; i < 3000; i++) {
    const line = '@duration' + randomLine(r, [' ', '\t', ':', '5', 'x', '\u2028', '-'], 10);
    const doc = parseDocument(`# s\n${line}`);
    const m = OLD_OVERRIDE.exec(line);
    const bad = doc.problems.filter((p) => p.code === 'format/bad-override');
    const o = doc.shots[0].overrides[0];
    if (!m || m[2] === undefined) {
      assert.match(bad[0]?.message ?? '', /looks like "@duration: 8"/, JSON.stringify(line));
      continue;
    }
    const valueStart = line.indexOf(m[2], 1 + m[1].length);
    const issue = validateOverride(m[1], m[2]);
    if (issue) {
      const at = issue.kind === 'unknown-key' ? 1 : valueStart;
      assert.equal(bad[0]?.range.start.character, at, JSON.stringify(line));
    } else {
      assert.deepEqual([o?.key, o?.valueRange.start.character, o?.valueRange.end.character], [m[1], valueStart, valueStart + m[2].length], JSON.stringify(line));
    }
  }
  for (let i = 0; i < 3000; i++) {
    const line = 'A ' + randomLine(r, ['{{', '}}', '{', '}', ' ', '\t', 'x', 'y'], 14);
    const doc = parseDocument(`---\nvars:\n  x: X\n---\n# s\n${line}`);
    const got = doc.shots[0].segments.flatMap((s) => s.expansions.map((e) => [e.srcStart, e.srcEnd, e.name]));
    const want = [...line.matchAll(OLD_VAR)].map((m) => [m.index!, m.index! + m[0].length, m[1]]);
    assert.deepEqual(got, want, JSON.stringify(line));
  }
});

test('dialogue in quotes is found as the old (backtracking) quote pattern found it', async () => {
  const { parseDocument } = await import('../../src/core/format/parse.js');
  const r = rng(37);
  for (let i = 0; i < 3000; i++) {
    const line = 'x ' + randomLine(r, ['says ', ': ', '"', '“', '”', 'a', ' ', 'b'], 16);
    const want: Array<[number, number]> = [];
    for (const q of line.matchAll(OLD_QUOTED)) {
      if (SPEECH_CUE_COPY.test(line.slice(Math.max(0, q.index! - 40), q.index!))) want.push([q.index! + 1, q.index! + q[0].length - 1]);
    }
    const got = parseDocument(`# s\n${line}`).shots[0].segments.filter((s) => s.channel === 'audio').map((s) => [s.sourceStart, s.sourceStart + s.sourceLength]);
    assert.deepEqual(got, want, JSON.stringify(line));
  }
});

test('long runs inside a heading, an override, a {{ or after “ lint in one pass', () => {
  // Each of these backtracked for minutes (quadratic; cubic for "{{"): a regression hangs here.
  const run = ' '.repeat(300_000);
  for (const line of [`# a${run}b`, `@duration: 5${run}x`, `{{${run}x`, `she says ${'“ '.repeat(150_000)}`, `x${' a gunshot'.repeat(30_000)}`]) {
    assert.ok(lintText(`# s\n${line}\n`).diagnostics.length > 0);
  }
});

test('a rewording fix takes in the article before the term exactly as before', () => {
  const r = rng(41);
  for (let i = 0; i < 1500; i++) {
    const line = 'x ' + randomLine(r, ['a', 'n', 't', 'h', 'e', 'x', ' ', '\t', '.'], 10) + ' gunshot';
    const at = line.length - 'gunshot'.length;
    const d = lintText(`# s\n${line}`).diagnostics.find((x) => x.rule === 'safety/visual' && x.range.end.character === line.length);
    assert.ok(d, JSON.stringify(line));
    const article = /\b(a|an|the)\s+$/i.exec(line.slice(0, at)); // the old pattern, on the whole prefix
    // The first suggestion ("a sharp percussive crack …") brings its own article.
    assert.equal(d.fixes?.[0].edits[0].range.start.character, at - (article?.[0].length ?? 0), JSON.stringify(line));
  }
});

test('work stays linear: shot lookup, stacked directives, reference lists, var suggestions', async () => {
  const { shotAt, suppressions, lintDocument } = await import('../../src/core/lint/engine.js');
  const { parseDocument } = await import('../../src/core/format/parse.js');

  // Every finding looks up its shot: a binary search, not a walk from the first shot.
  const shots = parseDocument('# h\nx\n'.repeat(4096)).shots;
  let reads = 0;
  const counted = shots.map((s) => new Proxy(s, { get: (t, k) => (k === 'startLine' && reads++, Reflect.get(t, k)) }));
  assert.equal(shotAt(counted, 2 * 4000 + 1)?.index, 4000);
  assert.ok(reads <= 14, `${reads} reads for one lookup`);

  // 2000 stacked directives: the comment run is scanned once, not once per directive.
  const stacked = parseDocument('# a\nx\n' + '// vprompt-disable-next-line\n'.repeat(2000) + 'y\n');
  let lineReads = 0;
  const lines = new Proxy(stacked.lines, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && lineReads++, Reflect.get(t, k)) });
  assert.deepEqual([...suppressions({ ...stacked, lines }).keys()], [2002]);
  assert.ok(lineReads <= 3 * 2000, `${lineReads} line reads`);

  // A 300-path front-matter list and 100 shots: each path found once, after the one before it.
  const paths = Array.from({ length: 300 }, (_, i) => `  - ref${i}.gif`);
  paths.splice(1, 0, '  - aref0.gif'); // "ref0.gif" is also inside this later entry
  const refDoc = parseDocument(`---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nreferences:\n${paths.join('\n')}\n---\n` + '# s\nA knight rides through fog at dawn, wide shot.\n'.repeat(100));
  let refReads = 0;
  const refLines = new Proxy(refDoc.lines, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && refReads++, Reflect.get(t, k)) });
  const found = lintDocument({ ...refDoc, lines: refLines }).filter((d) => d.rule === 'references/unsupported-format');
  assert.equal(found.length, 301);
  assert.deepEqual(new Set(found.map((d) => d.range.start.line)).size, 301, 'each path at its own line');
  assert.ok(refReads < 20 * refDoc.lines.length, `${refReads} line reads for ${refDoc.lines.length} lines`);

  // 2000 vars and 200 misspelt names: "did you mean" stops at its budget (100,000 comparisons).
  const vars = Array.from({ length: 2000 }, (_, i) => `  name${i}: v`).join('\n');
  const uses = Array.from({ length: 200 }, (_, i) => `{{nmae${i}}}`).join(' ');
  const unknown = parseDocument(`---\nvars:\n${vars}\n---\n# s\n${uses}\n`).problems.filter((p) => p.code === 'format/unknown-var');
  assert.equal(unknown.length, 200);
  assert.equal(unknown.filter((p) => p.data?.suggestion).length, 50);
  assert.equal(unknown[0].data?.suggestion, 'name0');
});

test('deep nesting is refused, not thrown or crashed on', async () => {
  const { parseDocument } = await import('../../src/core/format/parse.js');
  const { parseConfig } = await import('../../src/core/config/rc.js');
  // The second of these aborted the process (V8: "RegExpCompiler Allocation failed").
  for (const n of [1000, 10000, 50000]) {
    const doc = parseDocument(`---\nnegative: ${'['.repeat(n)}${']'.repeat(n)}\n---\n# a\nx\n`);
    assert.match(doc.problems[0].message, /nests more than 100 levels/);
    assert.equal(doc.problems[0].range.start.line, 1);
  }
  // yaml's parser threw RangeError on these (fuzz seed 1, inputs 19571 and 37616).
  for (const fm of [`vars:\n  heor: ${'? '.repeat(3000)}x`, `${'- '.repeat(5000)}x`, `a: ${'{a: '.repeat(5000)}${'}'.repeat(5000)}`]) {
    assert.ok(parseDocument(`---\n${fm}\n---\n# a\nx\n`).problems.some((p) => p.code === 'format/yaml'));
  }
  const override = parseDocument(`# a\n@references: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
  assert.equal(override.problems[0].code, 'format/bad-override');
  // .vpromptrc.json: JSON.parse accepts this; locating the schema error recursed past the stack.
  const rc = parseConfig(`{"rules": ${'['.repeat(100000)}${']'.repeat(100000)}}`, '.vpromptrc.json');
  assert.equal(rc.problems.length, 1);
  assert.match(rc.problems[0].message, /rules must be an object/);
});

test('front matter: duplicate keys still reported, no yaml warnings printed, stack limit restored', async () => {
  const { parseDocument } = await import('../../src/core/format/parse.js');
  const dup = parseDocument('---\nduration: 5\nvars:\n  a: x\n  a: y\nduration: 8\n---\n# a\nx\n');
  assert.deepEqual(dup.problems.map((p) => [p.range.start.line, p.message]), [
    [4, 'Front matter is not valid YAML: Map keys must be unique'],
    [5, 'Front matter is not valid YAML: Map keys must be unique'],
  ]);
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarning);
  const limit = Error.stackTraceLimit;
  try {
    parseDocument('---\n? [a, b]\n: c\nduration: 5\n---\n# a\nx\n'); // yaml warned about the collection key on stderr
    assert.ok(parseDocument(`---\nduration: ${'}'.repeat(3000)}\n---\n# a\nx\n`).problems.length >= 3000);
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', onWarning);
  }
  assert.deepEqual(warnings, []);
  assert.equal(Error.stackTraceLimit, limit);
  const vars = parseDocument('---\nvars:\n  a: "x    y"\n  b: |\n    one\n      two\n---\n# a\n{{a}} {{b}}\n').frontMatter!.vars;
  assert.deepEqual(vars, { a: 'x    y', b: 'one\n  two\n'.replace(/\s*\n\s*/g, ' ') });
});

test('an unknown front-matter model is reported once however many shots there are', () => {
  const text = '---\nmodel: bytedance/seedance-2.0-fast/text-to-vid\n---\n' + '# s\nA knight rides through fog at dawn, wide shot.\n'.repeat(500);
  const found = lintText(text).diagnostics.filter((d) => d.rule === 'params/unknown-model');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].suggestions, ['bytedance/seedance-2.0-fast/text-to-video']);
});
