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
