// The render panel's side of comparing takes: the word diff and parameter diff the page shows
// (src/panel/compare.ts), the DTOs the host maps from journal records and job views
// (src/panel/dto.ts), and the checks on the messages a webview sends (src/panel/protocol.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Journal } from '../../src/core/render/journal.js';
import { viewOfRecord } from '../../src/core/render/session.js';
import { baselineIndex, diffStats, paramDiff, tokenize, wordDiff, type DiffPart } from '../../src/panel/compare.js';
import { compareDto, jobDto, paramsOf, takeDto, takeRefOf, takeRefs } from '../../src/panel/dto.js';
import { parsePanelMessage } from '../../src/panel/protocol.js';
import { MemoryLines } from '../support/memoryStore.js';

/** The diff as one string: [-removed-] and {+added+}. */
function show(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}

/** What each side reads once the marks are dropped. */
function sides(parts: DiffPart[]): { before: string; after: string } {
  return {
    before: parts.filter((p) => p.op !== 'ins').map((p) => p.text).join(''),
    after: parts.filter((p) => p.op !== 'del').map((p) => p.text).join(''),
  };
}

test('word diff: a replaced word is one deletion then one insertion, whitespace kept as written', () => {
  const a = 'A courier cycles through a neon-lit alley at night, low-angle tracking shot.';
  const b = 'A courier cycles through a neon-lit alley at dawn, low-angle tracking shot.';
  const d = wordDiff(a, b);
  assert.equal(show(d), 'A courier cycles through a neon-lit alley at[- night-]{+ dawn+}, low-angle tracking shot.');
  assert.deepEqual(diffStats(d), { inserted: 1, deleted: 1 });
});

test('word diff: insertions and deletions in several places; each side reads back exactly', () => {
  const a = 'A red fox trotting across a snowy meadow at dawn, soft golden backlight, calm mood.';
  const b = 'A young red fox trotting slowly across a meadow at dawn, soft backlight, wide tracking shot, calm mood.';
  const d = wordDiff(a, b);
  assert.equal(show(d), 'A{+ young+} red fox trotting{+ slowly+} across a[- snowy-] meadow at dawn, soft[- golden-] backlight,{+ wide tracking shot,+} calm mood.');
  assert.deepEqual(sides(d), { before: a, after: b });
  assert.deepEqual(diffStats(d), { inserted: 6, deleted: 2 });
});

test('word diff: identical, empty and whole-text changes', () => {
  assert.deepEqual(wordDiff('same words here', 'same words here'), [{ op: 'same', text: 'same words here' }]);
  assert.deepEqual(wordDiff('', ''), []);
  assert.deepEqual(wordDiff('', 'new text'), [{ op: 'ins', text: 'new text' }]);
  assert.deepEqual(wordDiff('old text', ''), [{ op: 'del', text: 'old text' }]);
  assert.equal(show(wordDiff('one two', 'three four')), '[-one two-]{+three four+}');
  // Only whitespace changed: no word differs.
  assert.deepEqual(diffStats(wordDiff('a  b\nc', 'a b c')), { inserted: 0, deleted: 0 });
});

test('word diff: punctuation is its own token; hyphenated words and apostrophes stay whole', () => {
  assert.deepEqual(
    tokenize("she's on a rain-slicked street, at night.").map((t) => t.word),
    ["she's", 'on', 'a', 'rain-slicked', 'street', ',', 'at', 'night', '.'],
  );
  assert.equal(show(wordDiff('at night.', 'at night!')), 'at night[-.-]{+!+}');
  assert.equal(show(wordDiff('Nachts in Köln, 35mm.', 'Nachts in Köln, 50mm.')), 'Nachts in Köln,[- 35mm-]{+ 50mm+}.');
});

test('word diff: a long prompt (2,000 words) diffs quickly and reads back exactly', () => {
  const words = Array.from({ length: 2000 }, (_, i) => `w${i % 97}`);
  const a = words.join(' ');
  const changed = [...words];
  changed.splice(500, 3, 'alpha', 'beta');
  changed.splice(1500, 0, 'gamma');
  const b = changed.join(' ');
  const t0 = performance.now();
  const d = wordDiff(a, b);
  assert.ok(performance.now() - t0 < 2000, 'well under two seconds');
  assert.deepEqual(sides(d), { before: a, after: b });
  assert.deepEqual(diffStats(d), { inserted: 3, deleted: 3 });
});

test('parameter diff: changed, added and dropped parameters, in the newer take\'s order', () => {
  const before = [
    { name: 'model', value: 'm' },
    { name: 'duration', value: '5 s' },
    { name: 'seed', value: '1' },
    { name: 'negative', value: 'text' },
  ];
  const after = [
    { name: 'model', value: 'm' },
    { name: 'duration', value: '8 s' },
    { name: 'audio', value: 'on' },
    { name: 'seed', value: '2' },
  ];
  assert.deepEqual(paramDiff(before, after), [
    { name: 'duration', before: '5 s', after: '8 s' },
    { name: 'audio', before: undefined, after: 'on' },
    { name: 'seed', before: '1', after: '2' },
    { name: 'negative', before: 'text', after: undefined },
  ]);
  assert.deepEqual(paramDiff(after, after), []);
});

test('the baseline a take is compared with: the previous take, or the picked one', () => {
  const takes = [{ picked: false }, { picked: true }, { picked: false }];
  assert.deepEqual([0, 1, 2].map((i) => baselineIndex(takes, i, 'previous')), [undefined, 0, 1]);
  assert.deepEqual([0, 1, 2].map((i) => baselineIndex(takes, i, 'picked')), [1, undefined, 1]);
  const none = [{ picked: false }, { picked: false }];
  assert.deepEqual([0, 1].map((i) => baselineIndex(none, i, 'picked')), [undefined, 0], 'no pick: the previous take');
});

// ---------------------------------------------------------------------------------------------
// DTOs from journal records and views

const FILE = 'shots/city.vprompt';
const MODEL = 'bytedance/seedance-2.0-fast/text-to-video';

function journalWithTakes(): Journal {
  const j = new Journal(new MemoryLines());
  const take = (key: string, at: number, shotId: string, body: Record<string, unknown>) => {
    j.write({ type: 'intent', key, at, file: FILE, shot: shotId.split('\n')[0], shotId, model: MODEL, tier: 'fast', kind: 'draft', body, promptHash: 'h', requestHash: `r-${key}`, bodyHash: `b-${key}`, owner: 'owner-secret', estimatedCostUsd: 0.25 });
  };
  const done = (key: string, at: number) => {
    j.write({ type: 'submitted', key, at: at + 1, predictionId: `pred-${key}`, requestId: 'req-secret' });
    j.write({ type: 'finished', key, at: at + 2, status: 'completed', outputs: [`https://cdn/${key}.mp4`], predictTime: 3.5 });
    j.write({ type: 'downloaded', key, at: at + 3, files: [`/w/renders/city/Arrival/${key}.mp4`], warnings: [] });
  };
  take('t1', 1000, 'Arrival', { model: MODEL, prompt: 'A courier at night.', duration: 5, resolution: '720p', aspect_ratio: '16:9', generate_audio: true, seed: 11 });
  done('t1', 1000);
  take('t2', 2000, 'Arrival', { model: MODEL, prompt: 'A courier at dawn.', duration: 8, resolution: '720p', aspect_ratio: '16:9', generate_audio: true, seed: 22 });
  done('t2', 2000);
  take('o1', 1500, 'Arrival\n2', { model: MODEL, prompt: 'Another shot with the same heading.', duration: 5, seed: 33 });
  take('t3', 3000, 'Arrival', { model: MODEL, prompt: '<img src=x onerror=alert(1)> at dawn.', duration: 8, negative_prompt: 'text, logos', images: ['asset://a', 'asset://b'], seed: 44 });
  j.write({ type: 'submit-failed', key: 't3', at: 3001, error: { category: 'content-policy', action: 'fix-prompt', retry: 'never', code: 1039, message: 'Blocked', apiError: '<b>nope</b>' } });
  j.write({ type: 'picked', key: 't2', at: 4000, picked: true });
  return j;
}

const src = (p: string) => `https://webview.test/file${p}`;

test('jobDto copies only the fields the page shows; clips become webview sources', () => {
  const j = journalWithTakes();
  const view = viewOfRecord(j.jobs.get('t2')!, false);
  const dto = jobDto(view, src, { number: 2, of: 3 });
  assert.deepEqual(dto, {
    key: 't2',
    file: FILE,
    shot: 'Arrival',
    shotId: 'Arrival',
    model: MODEL,
    tier: 'fast',
    kind: 'draft',
    status: 'completed',
    phase: undefined,
    predictionId: 'pred-t2',
    createdAt: 2000,
    submittedAt: 2001,
    updatedAt: 4000,
    predictTime: 3.5,
    estimatedCostUsd: 0.25,
    seed: 22,
    picked: true,
    retrySafe: false,
    warnings: [],
    error: undefined,
    clips: [{ src: 'https://webview.test/file/w/renders/city/Arrival/t2.mp4', name: 't2.mp4', index: 0 }],
    take: { number: 2, of: 3 },
  });
  const text = JSON.stringify(dto);
  for (const secret of ['owner-secret', 'req-secret', 'r-t2', 'b-t2', 'https://cdn/']) assert.ok(!text.includes(secret), `${secret} stays out of the page`);
});

test('jobDto: the error card\'s fields, the code as text, the API text verbatim', () => {
  const j = journalWithTakes();
  const dto = jobDto(viewOfRecord(j.jobs.get('t3')!, false), src);
  assert.equal(dto.status, 'failed');
  assert.equal(dto.picked, false);
  assert.equal(dto.take, undefined);
  assert.deepEqual(dto.error, { category: 'content-policy', action: 'fix-prompt', actionText: dto.error!.actionText, retry: 'never', message: 'Blocked', code: '1039', apiError: '<b>nope</b>' });
  assert.match(dto.error!.actionText, /prompt/i);
});

test('take numbers per shot (file and shot id), oldest first; a repeated heading is another shot', () => {
  const j = journalWithTakes();
  const refs = takeRefs(j.jobs.values());
  assert.deepEqual(Object.fromEntries(refs), { t1: { number: 1, of: 3 }, t2: { number: 2, of: 3 }, t3: { number: 3, of: 3 }, o1: { number: 1, of: 1 } });
  const arrival = [...j.jobs.values()].filter((r) => r.intent.shotId === 'Arrival').sort((a, b) => a.intent.at - b.intent.at);
  assert.deepEqual(takeRefOf('t3', arrival), { number: 3, of: 3 });
  assert.equal(takeRefOf('o1', arrival), undefined);
});

test('request parameters: labelled, in a fixed order, values as text; the prompt is not one', () => {
  assert.deepEqual(paramsOf({ seed: 7, prompt: 'p', sound: false, size: '1280*720', model: 'm', duration: 5, negative_prompt: 'blur', reference_images: ['a', 'b'], extra: { x: 1 } }), [
    { name: 'model', value: 'm' },
    { name: 'duration', value: '5 s' },
    { name: 'size', value: '1280*720' },
    { name: 'audio', value: 'off' },
    { name: 'seed', value: '7' },
    { name: 'negative', value: 'blur' },
    { name: 'references', value: 'a, b' },
    { name: 'extra', value: '{"x":1}' },
  ]);
});

test('compareDto: the shot\'s takes oldest first, each with its exact prompt, parameters, status and pick', () => {
  const j = journalWithTakes();
  const takes = [...j.jobs.values()].filter((r) => r.intent.shotId === 'Arrival').sort((a, b) => a.intent.at - b.intent.at);
  const c = compareDto(takes, (k) => viewOfRecord(j.jobs.get(k)!, false), src)!;
  assert.deepEqual([c.file, c.shot, c.shotId], [FILE, 'Arrival', 'Arrival']);
  assert.deepEqual(
    c.takes.map((t) => [t.key, t.number, t.status, t.seed, t.picked, t.clips.length]),
    [
      ['t1', 1, 'completed', 11, false, 1],
      ['t2', 2, 'completed', 22, true, 1],
      ['t3', 3, 'failed', 44, false, 0],
    ],
  );
  const [t1, t2, t3] = c.takes;
  assert.equal(t1.prompt, 'A courier at night.');
  assert.equal(t3.prompt, '<img src=x onerror=alert(1)> at dawn.', 'sent as data; the page renders it as text');
  assert.equal(t3.error, 'Blocked');
  assert.deepEqual(paramDiff(t1.params, t2.params), [
    { name: 'duration', before: '5 s', after: '8 s' },
    { name: 'seed', before: '11', after: '22' },
  ]);
  assert.deepEqual(
    paramDiff(t2.params, t3.params).map((p) => p.name),
    ['seed', 'negative', 'references', 'resolution', 'aspect_ratio', 'audio'],
  );
  assert.equal(compareDto([], () => undefined, src), undefined);
  // A take whose view is gone is left out rather than shown half.
  assert.deepEqual(compareDto(takes, (k) => (k === 't2' ? undefined : viewOfRecord(j.jobs.get(k)!, false)), src)!.takes.map((t) => t.number), [1, 3]);
  const one = takeDto(takes[0], viewOfRecord(takes[0], false), 1, src);
  assert.deepEqual(Object.keys(one).sort(), ['clips', 'createdAt', 'error', 'key', 'kind', 'model', 'number', 'params', 'picked', 'predictionId', 'prompt', 'seed', 'status', 'tier']);
});

// ---------------------------------------------------------------------------------------------
// Messages from the webview

test('panel messages: pick, compare and close-compare are checked like the rest', () => {
  assert.deepEqual(parsePanelMessage({ type: 'pick', key: 'job-1', picked: true }), { type: 'pick', key: 'job-1', picked: true });
  assert.deepEqual(parsePanelMessage({ type: 'pick', key: 'job-1', picked: false }), { type: 'pick', key: 'job-1', picked: false });
  assert.deepEqual(parsePanelMessage({ type: 'job-action', action: 'compare', key: 'job-1' }), { type: 'job-action', action: 'compare', key: 'job-1' });
  assert.deepEqual(parsePanelMessage({ type: 'close-compare', extra: 'ignored' }), { type: 'close-compare' });
  for (const bad of [
    { type: 'pick', key: 'job-1' },
    { type: 'pick', key: 'job-1', picked: 'yes' },
    { type: 'pick', key: 7, picked: true },
    { type: 'pick', key: '', picked: true },
    { type: 'pick', key: 'x'.repeat(201), picked: true },
    { type: 'job-action', action: 'compare' },
    { type: 'job-action', action: 'pick', key: 'job-1' },
    { type: 'clip-action', action: 'reveal', key: 'k', index: -1 },
    { type: 'compare', key: 'k' },
  ]) {
    assert.equal(parsePanelMessage(bad), undefined, JSON.stringify(bad));
  }
  // What parsing returns is a fresh object with only the known fields.
  const m = parsePanelMessage({ type: 'pick', key: 'k', picked: true, __proto__: { evil: 1 }, more: 'x' });
  assert.deepEqual(Object.keys(m!), ['type', 'key', 'picked']);
});

test('the protocol and the page import nothing from src/core: they know only the panel\'s DTOs', () => {
  const root = 'src/panel';
  const files = ['protocol.ts', 'dto.ts', 'compare.ts', ...readdirSync(join(root, 'webview')).map((f) => `webview/${f}`)];
  for (const f of files) {
    const text = readFileSync(join(root, f), 'utf8');
    const imports = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    const core = imports.filter((i) => i.includes('/core/'));
    if (f === 'dto.ts') {
      // The mapping layer reads core types (type-only) and hands the page none of them.
      assert.ok(/^import type \{[^}]*\} from '\.\.\/core\//m.test(text));
      assert.ok(!/^import \{/m.test(text.replace(/^import type .*$/gm, '')), 'dto.ts imports core types only');
      continue;
    }
    assert.deepEqual(core, [], `${f} imports ${core.join(', ')}`);
  }
});

test('word diff: an insertion or deletion starting with punctuation slides past the same mark', () => {
  assert.equal(show(wordDiff('soft backlight, calm mood.', 'soft backlight, wide shot, calm mood.')), 'soft backlight,{+ wide shot,+} calm mood.');
  const d = wordDiff('soft backlight, wide shot, calm mood.', 'soft backlight, calm mood.');
  assert.equal(show(d), 'soft backlight,[- wide shot,-] calm mood.');
  assert.deepEqual(sides(d), { before: 'soft backlight, wide shot, calm mood.', after: 'soft backlight, calm mood.' });
});
