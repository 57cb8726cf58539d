import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/format/parse.js';
import { segmentRange } from '../../src/core/format/segments.js';

const ISSUE_EXAMPLE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
aspect_ratio: "16:9"
audio: true
references: [refs/heroine.png, asset://abc123]
vars:
  heroine: a woman in her 30s in a long red wool coat, short black hair
---
# Arrival
A {{heroine}} walking briskly through a rain-slicked Tokyo street at night, neon
reflections on wet pavement, medium tracking shot, cinematic and tense.

# Close-up
@duration: 8
subject: {{heroine}}, rain on her face
action: she stops and looks up, slow push in
environment: under a flickering neon sign, cold blue light
camera: close-up, shallow depth of field, tense mood
audio: rain patter, distant traffic; she whispers: "Not again."
`;

test('parses the documented example: front matter, shots, overrides, labels, vars', () => {
  const doc = parseDocument(ISSUE_EXAMPLE);
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(doc.frontMatter?.params, {
    model: 'bytedance/seedance-2.0-fast/text-to-video',
    duration: 5,
    resolution: '720p',
    aspect_ratio: '16:9',
    audio: true,
    references: ['refs/heroine.png', 'asset://abc123'],
  });
  assert.deepEqual(
    doc.shots.map((s) => [s.name, s.line, s.params.duration]),
    [
      ['Arrival', 10, 5],
      ['Close-up', 14, 8],
    ],
  );
  const closeUp = doc.shots[1];
  assert.deepEqual(
    closeUp.segments.map((s) => [s.label, s.channel]),
    [
      ['subject', 'visual'],
      ['action', 'visual'],
      ['environment', 'visual'],
      ['camera', 'visual'],
      ['audio', 'audio'],
    ],
  );
  assert.match(closeUp.segments[0].text, /^a woman in her 30s in a long red wool coat, short black hair, rain on her face$/);
});

test('offsets inside a {{var}} expansion map back to the {{var}} itself; others to their exact column', () => {
  const doc = parseDocument(ISSUE_EXAMPLE);
  const seg = doc.shots[0].segments[0];
  const inVar = seg.text.indexOf('red wool');
  assert.deepEqual(segmentRange(seg, inVar, inVar + 3), {
    start: { line: 11, character: 2 },
    end: { line: 11, character: 13 },
  });
  const after = seg.text.indexOf('walking');
  const r = segmentRange(seg, after, after + 'walking'.length);
  assert.equal(doc.lines[11].slice(r.start.character, r.end.character), 'walking');
});

test('quoted speech after a speech cue in prose goes to the audio channel', () => {
  const doc = parseDocument('# A\nThe old captain turns and says "hold the line" as waves crash, wide shot.\n');
  const channels = doc.shots[0].segments.map((s) => [s.channel, s.text]);
  assert.deepEqual(channels, [
    ['visual', 'The old captain turns and says '],
    ['audio', 'hold the line'],
    ['visual', ' as waves crash, wide shot.'],
  ]);
  const plain = parseDocument('# B\nA neon sign reading "OPEN" flickers above the door.\n');
  assert.deepEqual(plain.shots[0].segments.map((s) => s.channel), ['visual']);
});

test('text before the first heading is one unnamed shot; comments are kept for directives', () => {
  const doc = parseDocument('A fox trots across a snowy field.\n// a note\n# Second\nwide shot of a lighthouse\n');
  assert.deepEqual(doc.shots.map((s) => s.name), ['', 'Second']);
  assert.deepEqual(doc.shots[0].comments, [{ line: 1, text: 'a note' }]);
});

test('malformed inputs produce precise problems and never throw', () => {
  const cases: Array<[string, string, number, number]> = [
    // [input, expected code, line, character]
    ['---\nmodel: [unclosed\n---\n# A\ntext\n', 'format/yaml', 1, 16],
    ['---\nmodle: x\n---\n', 'format/unknown-key', 1, 0],
    ['---\nduration: five\n---\n', 'format/invalid-value', 1, 10],
    ['---\nresolution: 720\n---\n', 'format/invalid-value', 1, 12],
    ['---\nvars:\n\ta: b\n---\n', 'format/tab', 2, 0],
    ['---\nmodel: x\n# A\n', 'format/unclosed-front-matter', 0, 0],
    ['# A\n@durtion: 5\nwide shot\n', 'format/bad-override', 1, 1],
    ['# A\n@duration: soon\nwide shot\n', 'format/bad-override', 1, 11],
    ['# A\n@duration\n', 'format/bad-override', 1, 0],
    ['# A\nhello {{nobody}}\n', 'format/unknown-var', 1, 6],
    ['', 'format/empty', 0, 0],
    ['  \n\n', 'format/empty', 0, 0],
    ['# Lonely\n\n# Next\ntext\n', 'format/empty-shot', 0, 2],
    ['\ufeff# A\ntext\n', 'format/bom', 0, 0],
    ['# A\r\ntext\r\n', 'format/crlf', 0, 3],
  ];
  for (const [input, code, line, character] of cases) {
    const doc = parseDocument(input);
    const p = doc.problems.find((x) => x.code === code);
    assert.ok(p, `${JSON.stringify(input)} should report ${code}; got ${JSON.stringify(doc.problems.map((x) => x.code))}`);
    assert.deepEqual([p.range.start.line, p.range.start.character], [line, character], `${code} position`);
    assert.ok(p.message.length > 20, 'message says what to do');
  }
});

test('unknown keys and vars come with a did-you-mean', () => {
  const doc = parseDocument('---\nresolutoin: 720p\nvars:\n  hero: a knight\n---\n# A\n{{heor}} rides\n');
  assert.match(doc.problems.find((p) => p.code === 'format/unknown-key')!.message, /Did you mean "resolution"/);
  assert.match(doc.problems.find((p) => p.code === 'format/unknown-var')!.message, /Did you mean "\{\{hero\}\}"/);
});

test('CRLF and BOM do not shift positions', () => {
  const doc = parseDocument('\ufeff# A\r\nwide shot of {{x}}\r\n');
  const p = doc.problems.find((x) => x.code === 'format/unknown-var')!;
  assert.deepEqual(p.range, { start: { line: 1, character: 13 }, end: { line: 1, character: 18 } });
});

test('a file over the size limit is refused with a diagnostic, not parsed', () => {
  const doc = parseDocument('# A\n' + 'x'.repeat(9 * 1024 * 1024));
  assert.deepEqual(doc.problems.map((p) => p.code), ['format/too-large']);
  assert.equal(doc.shots.length, 0);
});

test('invalid values stay out of params so rules never see the wrong type', () => {
  const doc = parseDocument('---\nduration: "5"\naudio: yes please\n---\n# A\nwide shot\n');
  assert.equal(doc.shots[0].params.duration, undefined);
  assert.equal(doc.shots[0].params.audio, undefined);
});

test('plain override values take a fast path that gives exactly what the YAML parser gives', async () => {
  const { plainScalar, parseScalarYaml } = await import('../../src/core/format/parse.js');
  const samples = [
    '8', '0', '-3', '10', '007', '1.5', '0.25', '-2.75', '1e3', '0x1F', '+5', '.5', '5.', '1_000',
    'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~', 'yes', 'no', 'on', 'off', 'y', 'n',
    '720p', '1080p', '4k', '16:9', '9:16', '1:1', '21:9', '12:30:45', '.inf', '-.inf', '.nan', '.NaN',
    'fast', 'standard', 'bytedance/seedance-2.0-fast/text-to-video', 'a-b_c.d', 'x', 'Null_ish', 'null-ish', 'tRUE',
    "'8'", '"720p"', '[a, b]', '{a: 1}', '*alias', '&anchor x', '!tag x', 'a: b', 'a #c', '- x', '? x', '%x', '@x', '`x',
    '99999999999999999999', '1234567890123456', '123456789012345', '0.1234567890123456',
  ];
  let fast = 0;
  for (const s of samples) {
    const p = plainScalar(s);
    if (!p) continue;
    fast++;
    assert.deepEqual(p.value, parseScalarYaml(s), `fast path for ${JSON.stringify(s)}`);
  }
  assert.ok(fast >= 30, `${fast} samples took the fast path`);
  // Random short strings over the characters that matter.
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const alphabet = '0123456789.:-_/pxeE+aAbtTfFnNuUlLrsS~ ';
  for (let i = 0; i < 20_000; i++) {
    let s = '';
    const len = 1 + Math.floor(rand() * 8);
    for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    const p = plainScalar(s);
    if (p) assert.deepEqual(p.value, parseScalarYaml(s), `fast path for ${JSON.stringify(s)}`);
  }
});

test('a line that starts with a word Object.prototype has ("constructor:") is prose, not a label', () => {
  const seg = parseDocument('# A\nconstructor: a tall figure in a grey coat\n').shots[0].segments[0];
  assert.equal(seg.label, undefined);
  assert.equal(seg.text, 'constructor: a tall figure in a grey coat');
});
