// Outline symbols and folding ranges (src/language/text/outline.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/format/parse.js';
import { foldingRanges, outlineSymbols } from '../../src/language/text/outline.js';

const TEXT = [
  '---', // 0
  'model: bytedance/seedance-2.0-fast/text-to-video',
  'resolution: 720p',
  '---', // 3
  '# Arrival', // 4
  'A woman walks through rain at night,',
  'medium tracking shot.',
  '', // 7
  '# Close-up', // 8
  '@duration: 8',
  '@model: kwaivgi/kling-v3.0-std/text-to-video',
  'subject: her face',
  '',
].join('\n');

test('one symbol per shot with "5s · 720p", the model\'s default duration filled in', () => {
  const symbols = outlineSymbols(parseDocument(TEXT));
  assert.deepEqual(
    symbols.map((s) => [s.kind, s.name, s.detail]),
    [
      ['front-matter', 'Front matter', 'bytedance/seedance-2.0-fast/text-to-video'],
      ['shot', 'Arrival', '5s · 720p'],
      ['shot', 'Close-up', '8s · 720p · Kling 3.0 std'],
    ],
  );
  const arrival = symbols[1];
  assert.deepEqual(arrival.range, { start: { line: 4, character: 0 }, end: { line: 6, character: 21 } });
  assert.deepEqual(arrival.selectionRange, { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } });
});

test('a file without headings still has its unnamed shot in the outline', () => {
  const symbols = outlineSymbols(parseDocument('A lighthouse at dusk, wide shot.\n'));
  assert.deepEqual(symbols.map((s) => s.name), ['(unnamed shot)']);
});

test('the front matter and each multi-line shot fold', () => {
  assert.deepEqual(foldingRanges(parseDocument(TEXT)), [
    { start: 0, end: 3 },
    { start: 4, end: 6 },
    { start: 8, end: 11 },
  ]);
});
