// Inputs for `npm run fuzz`: grammar-generated .vprompt documents, mutations of the corpus and
// example files, and .vpromptrc.json texts. Input i of seed s depends on (s, i) only, so any
// failing input is reproduced from its index without replaying the ones before it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rng, pick } from '../../test/support/random.js';
import { GROWTH_MODES, grow } from './grow.js';

export type Kind = 'generated' | 'mutated' | 'rc';

export interface FuzzInput {
  kind: Kind;
  text: string;
}

type R = () => number;

const REPO = join(__dirname, '..', '..'); // .ts files here are CommonJS (package.json has no "type")

function loadSeeds(dir: string, suffix: string): string[] {
  try {
    return readdirSync(join(REPO, dir))
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => readFileSync(join(REPO, dir, f), 'utf8'));
  } catch {
    return []; // folder not there: the other seeds still run
  }
}

export const CORPUS = [...loadSeeds('test/corpus', '.vprompt'), ...loadSeeds('examples', '.vprompt')];
const RC_SEEDS = [
  ...loadSeeds('examples', '.vpromptrc.json'),
  '{}',
  '{"rules": {"structure/vague": "off", "safety/visual": "error", "format/crlf": "hint"}}',
  '{"safety": {"flag": [{"term": "explosion", "category": "violence", "tier": "block", "channel": "visual", "suggestions": ["a burst of light"]}], "accept": ["stage blood", "killer whale"], "rewordings": {"gun": ["prop pistol"]}}}',
  '{"$schema": "../schemas/vpromptrc.schema.json", "rules": {"params/prompt-too-long": "warning"}, "safety": {"accept": []}}',
  '\ufeff{"rules": {}}\n',
];

/** Deterministic per-index seed: a 32-bit mix of the run seed and the index. */
function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: R, p: number) => r() < p;

// ---- vocabulary -----------------------------------------------------------------------------

const MODELS = [
  'bytedance/seedance-2.0-fast/text-to-video',
  'google/veo3.1-fast/text-to-video',
  'kwaivgi/kling-v3.0-std/text-to-video',
  'kwaivgi/kling-latest/text-to-video',
  'openai/sora-2/text-to-video',
  'bytedance/seedance-2.0-fast/image-to-video',
  'bytedanse/seedance-2.0-fst/text-to-video',
  'veo',
  '',
];
const KEYS = ['model', 'tier', 'duration', 'resolution', 'aspect_ratio', 'audio', 'seed', 'negative', 'references', 'vars'];
const BAD_KEYS = ['modle', 'durration', 'resolutoin', 'aspect-ratio', 'Audio', 'var', 'refs', 'x', '0', 'ratio', 'seeds', 'négatif', '"quoted key"', '? complex'];
const VAR_NAMES = ['hero', 'heroine', 'keeper', 'place', 'cam', 'x', 'a_b', 'long-name', 'v1'];
const VAR_TYPOS = ['heor', 'heroin', 'keepr', 'plac', 'Cam', '', ' ', 'hero ', '1bad', 'x.y', '{', 'ünï'];
const LABELS = ['subject', 'action', 'environment', 'setting', 'lighting', 'camera', 'mood', 'style', 'audio', 'dialogue', 'sfx', 'negative', 'Subject', 'CAMERA', 'notes', 'scene', 'http'];
const SUBJECTS = ['a woman in her 30s in a long red wool coat', 'an elderly fisherman with a grey beard', 'a golden retriever puppy', 'a vintage red convertible', 'two teenagers on skateboards', 'a lone astronaut', 'someone', 'a person', 'it'];
const ACTIONS = ['walking briskly', 'turns slowly toward camera', 'pours steaming milk', 'drifts past in slow motion', 'leaps over a puddle', 'shimmying', 'stands still'];
const PLACES = ['through a rain-slicked Tokyo street at night', 'on a foggy pier at dawn', 'in a sunlit kitchen', 'inside a neon-lit arcade', 'under the Milky Way'];
const CAMERAS = ['medium tracking shot, cinematic', 'slow push in, shallow depth of field', 'wide establishing shot', 'handheld close-up, 35mm film grain', 'extreme close medium wide', 'shot reverse shot'];
const RISKY = ['blood pours from the wound', 'he shoots the guard', 'a naked figure', 'Mickey Mouse waves', 'a bomb explodes', 'fuck this', 'a teenage girl in lingerie', 'Taylor Swift, photorealistic', 'kill kill kill'];
const TRAPS = ['shot on 35mm', 'a blood orange sunset', 'a killer whale breaches', 'an explosion of colour', 'visible to the naked eye', 'photo shoot backstage'];
const VAGUE = ['something cool happens', 'a beautiful scene', 'chaotic energy', 'some kind of thing', 'nice'];
const CUES = ['she whispers: ', 'he says ', 'narrator: ', 'they shout, ', 'voice-over ', 'sings '];
const UNICODE = ['é', 'ß', 'ñ', '’', '“', '”', '—', '…', '🎬', '👩‍🚀', '東京', 'مرحبا', '\u0301', '\u200b', '\u200d', '\u202e', '\u00a0', '\u2028', '\u2029', '\ufffd', '\ud800', '\udfff', '\ufeff'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\r', '\t'];
const RULE_IDS = ['structure/vague', 'safety/visual', 'safety/audio', 'params/unknown-model', 'format/unknown-var', 'nonsense/rule', '*'];

// Tokens that mean something to the parser, YAML or JSON; inserted by the mutator.
const TOKENS = [
  '{{', '}}', '{{hero}}', '{{ }}', '{{{', '}}}', '---', '\n---\n', '...', '#', '# ', '\n# ', '##', '@', '@duration:', '@model: ', '@references: [',
  ':', ': ', '"', "'", '“', '”', '[', ']', '{', '}', '(', ')', '\t', '\r', '\r\n', '\n', '\n\n', '\ufeff', '\u0000', '//', '// vprompt-disable-next-line ',
  '&a ', '*a', '<<: ', '!!str ', '!!binary ', '|', '>-', '- ', '? ', '%YAML 1.2', ',', '\\', '\\u', '~', 'null', 'true', '0x1F', '.inf', '-1', '1e999',
  'shot', 'audio: ', 'negative: ', 'subject: ', 'says "', 'kill', 'wide shot', 'é', '🎬', '\ud800',
];
const RC_TOKENS = ['{', '}', '[', ']', '"', ',', ':', '\\', '\\u00', '\\"', 'null', 'true', '1e999', '-0', '"rules"', '"safety"', '"flag"', '"off"', '"error"', '"structure/vague"', '\ufeff', '\u0000', ' ', '\n', '/*', '//'];

// ---- grammar-based documents ----------------------------------------------------------------

function yamlValue(r: R, key: string): string {
  const valid: Record<string, () => string> = {
    model: () => pick(r, MODELS),
    tier: () => pick(r, ['fast', 'standard', 'pro']),
    duration: () => String(pick(r, [4, 5, 8, 10, 12])),
    resolution: () => pick(r, ['480p', '720p', '1080p', '4k', '2k']),
    aspect_ratio: () => `"${pick(r, ['16:9', '9:16', '1:1', '21:9', '4:3'])}"`,
    audio: () => pick(r, ['true', 'false']),
    seed: () => String(int(r, 0, 99999)),
    negative: () => pick(r, ['text overlays, blur', 'watermarks', '"blood"']),
    references: () => `[${Array.from({ length: int(r, 0, 4) }, () => pick(r, ['refs/a.png', 'asset://abc', 'https://x.test/a.jpg', 'b.gif', 'c', 'd.MP4'])).join(', ')}]`,
  };
  if (chance(r, 0.7) && valid[key]) return valid[key]();
  // Invalid values and YAML edge cases.
  return pick(r, [
    '', '~', 'null', '-3', '0', '61', '5.5', '1e3', '0x1F', '.inf', '.nan', 'yes', 'on', '2024-01-01', '"16:9', "'unclosed", '"a\\qb"', '[1, 2', '{a: 1',
    '&anc value', '*anc', '*nope', '!!str 5', '!!int x', '!!binary AAAA', '!custom x', '|\n  block\n  scalar', '>-\n  folded\n\n  text', '[[[]]]', '{a: [b, {c: d}]}',
    '- a\n- b', 'a: b: c', '"\\u0000\\x41\\U0001F600"', "'it''s'", '#not a comment', 'x # comment', '@at', '`tick`', '%pct', '\t5', '5\t', ' '.repeat(int(r, 1, 8)),
    'ünïcödé', '🎬', 'x'.repeat(int(r, 1, 200)),
  ]);
}

function frontMatter(r: R, vars: string[]): string {
  const lines: string[] = [];
  const n = int(r, 0, 8);
  for (let i = 0; i < n; i++) {
    const key = chance(r, 0.85) ? pick(r, KEYS) : pick(r, BAD_KEYS);
    if (key === 'vars') {
      lines.push(chance(r, 0.1) ? 'vars: ' + pick(r, ['[]', 'x', '{a: 1}', '']) : 'vars:');
      const nv = int(r, 0, 4);
      for (let j = 0; j < nv; j++) {
        const name = chance(r, 0.85) ? pick(r, VAR_NAMES) : pick(r, VAR_TYPOS);
        vars.push(name);
        const indent = chance(r, 0.9) ? '  ' : pick(r, ['', ' ', '\t', '    ', '  \t']);
        lines.push(`${indent}${name}: ${chance(r, 0.8) ? pick(r, [...SUBJECTS, ...RISKY]) : yamlValue(r, 'x')}`);
      }
    } else if (key === 'references' && chance(r, 0.3)) {
      lines.push('references:');
      for (let j = int(r, 0, 3); j > 0; j--) lines.push(`  - ${pick(r, ['refs/a.png', 'x.webp', 'asset://q', '', '[nested]'])}`);
    } else {
      lines.push(`${key}:${chance(r, 0.95) ? ' ' : ''}${yamlValue(r, key)}`);
    }
    if (chance(r, 0.05)) lines.push(pick(r, ['# a comment', '', '  ', '\t', '%YAML 1.2', '--- ', '... ', '<<: *anc', '? [a, b]\n: c']));
  }
  const close = chance(r, 0.93) ? pick(r, ['---', '---', '---', '...', '--- ', '---\t']) : pick(r, ['', '--', '----', '# not closed']);
  return `---\n${lines.join('\n')}\n${close}\n`;
}

function prose(r: R, vars: string[]): string {
  const parts: string[] = [];
  const n = int(r, 1, 5);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.2) parts.push(pick(r, SUBJECTS));
    else if (x < 0.35) parts.push(pick(r, ACTIONS));
    else if (x < 0.5) parts.push(pick(r, PLACES));
    else if (x < 0.65) parts.push(pick(r, CAMERAS));
    else if (x < 0.72) parts.push(pick(r, RISKY));
    else if (x < 0.78) parts.push(pick(r, TRAPS));
    else if (x < 0.82) parts.push(pick(r, VAGUE));
    else if (x < 0.9) parts.push(`{{${chance(r, 0.6) && vars.length ? pick(r, vars) : pick(r, [...VAR_NAMES, ...VAR_TYPOS])}}}`);
    else if (x < 0.95) parts.push(`${pick(r, CUES)}${pick(r, ['"', '“'])}${pick(r, ['Not again.', 'I will kill you', 'come with me', ''])}${pick(r, ['"', '”', ''])}`);
    else parts.push(pick(r, UNICODE) + pick(r, CONTROL));
  }
  return parts.join(pick(r, [', ', ' ', '; ', '. ', ',', '\t']));
}

function body(r: R, vars: string[]): string {
  const out: string[] = [];
  const shots = int(r, 0, 5);
  if (chance(r, 0.15)) out.push(prose(r, vars)); // text before any heading
  for (let s = 0; s < shots; s++) {
    if (chance(r, 0.1)) out.push('// vprompt-disable-next-line ' + (chance(r, 0.5) ? pick(r, RULE_IDS) : ''));
    out.push(pick(r, ['# ', '# ', '# ', '#', '#\t', '## ', '#x ', ' # ']) + (chance(r, 0.9) ? `Shot ${s} ${chance(r, 0.1) ? pick(r, UNICODE) : ''}` : ''));
    const lines = int(r, 0, 6);
    for (let l = 0; l < lines; l++) {
      const x = r();
      if (x < 0.12) {
        const key = chance(r, 0.8) ? pick(r, KEYS) : pick(r, BAD_KEYS);
        out.push(pick(r, [`@${key}: ${yamlValue(r, key)}`, `@${key}:`, `@${key}`, `@ ${key}: 5`, `@${key}:${yamlValue(r, key)}`]));
      } else if (x < 0.2) {
        out.push(pick(r, ['// ', '//', '  // ', '// vprompt-disable-next-line ']) + pick(r, [...RULE_IDS, 'note', '']));
      } else if (x < 0.5) {
        out.push(`${chance(r, 0.1) ? pick(r, [' ', '\t', '  ']) : ''}${pick(r, LABELS)}${pick(r, [':', ': ', ' : ', ':\t'])}${prose(r, vars)}`);
      } else if (x < 0.55) {
        out.push(pick(r, ['', ' ', '\t', '   ']));
      } else {
        out.push(prose(r, vars));
      }
    }
    if (chance(r, 0.5)) out.push('');
  }
  return out.join('\n') + (chance(r, 0.8) ? '\n' : '');
}

function generated(r: R): string {
  const vars: string[] = [];
  let text = (chance(r, 0.6) ? frontMatter(r, vars) : '') + body(r, vars);
  if (chance(r, 0.02)) text = '\ufeff' + text;
  if (chance(r, 0.05)) text = text.replace(/\n/g, '\r\n');
  else if (chance(r, 0.02)) text = text.replace(/\n/g, () => pick(r, ['\n', '\r\n', '\r']));
  return text;
}

// ---- mutations ------------------------------------------------------------------------------

/** A window of a seed file (a few shots), usually with that file's front matter kept on top. */
function window(r: R, src: string): string {
  if (chance(r, 0.05)) return src;
  const fmEnd = src.startsWith('---\n') ? src.indexOf('\n---\n', 3) + 5 : 0;
  const fm = fmEnd > 4 ? src.slice(0, fmEnd) : '';
  const start = src.lastIndexOf('\n', Math.floor(r() * src.length)) + 1;
  const text = src.slice(start, start + int(r, 40, 600));
  return (chance(r, 0.7) && start >= fmEnd ? fm : '') + text;
}

export function mutate(r: R, s: string, tokens: readonly string[], donors: readonly string[]): string {
  const ops = int(r, 1, 8);
  for (let i = 0; i < ops; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const x = r();
    if (x < 0.3) s = s.slice(0, at) + pick(r, tokens) + s.slice(at); // token insertion
    else if (x < 0.42) {
      const c = s.charCodeAt(at); // flip one bit of a UTF-16 unit (can make lone surrogates)
      if (at < s.length) s = s.slice(0, at) + String.fromCharCode(c ^ (1 << int(r, 0, 15))) + s.slice(at + 1);
    } else if (x < 0.55) s = s.slice(0, at) + s.slice(at + int(r, 1, 40)); // deletion
    else if (x < 0.67) {
      const d = pick(r, donors); // splice in a piece of another file
      const from = Math.floor(r() * d.length);
      s = s.slice(0, at) + d.slice(from, from + int(r, 1, 200)) + s.slice(at);
    } else if (x < 0.8) s = s.slice(0, at) + s.slice(at, at + int(r, 1, 60)).repeat(int(r, 2, 10)) + s.slice(at); // duplication
    else if (x < 0.86) s = s.slice(0, at); // truncation
    else if (x < 0.92) {
      const lines = s.split('\n'); // swap two lines
      const a = Math.floor(r() * lines.length);
      const b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      s = lines.join('\n');
    } else s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + s.slice(at); // any UTF-16 unit
  }
  return s;
}

// ---- .vpromptrc.json ------------------------------------------------------------------------

function jsonValue(r: R, depth: number): unknown {
  const x = r();
  if (depth > 3 || x < 0.3) return pick(r, ['off', 'error', 'warning', 'info', 'hint', 'Error', '', 'violence', 'block', 'both', 1, -0, 1e308, true, null]);
  if (x < 0.5) return Array.from({ length: int(r, 0, 3) }, () => jsonValue(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = int(r, 0, 4); i > 0; i--) {
    o[pick(r, ['rules', 'safety', 'flag', 'accept', 'rewordings', 'term', 'category', 'tier', 'channel', 'suggestions', '$schema', 'x', ...RULE_IDS, 'structure/vauge'])] = jsonValue(r, depth + 1);
  }
  return o;
}

function rcText(r: R): string {
  if (chance(r, 0.35)) return JSON.stringify(jsonValue(r, 0), null, chance(r, 0.5) ? 2 : undefined) ?? 'null';
  return mutate(r, pick(r, RC_SEEDS), RC_TOKENS, RC_SEEDS);
}

// ---- the rare large inputs ------------------------------------------------------------------

// Where a long run does damage: right after the markers the parser and rules key on.
const MARKERS = ['\n# ', '# ', '\n@', '@duration: ', '{{', '“', '"', ': ', '---\n', '\n//', '\n', 'says ', '[', '- ', 'vars:\n'];
const RUN_UNITS = [' ', '\t', ' \t', 'a', 'a ', '“ ', '" ', '{{ ', '{{', '}}', '[', ']', '{a: ', '- ', '? ', 'blood ', 'says "', 'shot ', 'kill ', '# ', '\n', '\n# h', '\n# h\n{{x}}', '\n// vprompt-disable-next-line', '\n@seed: 1', '{{x}}', 'é', '🎬', '\r\n', '::'];

/** Blows an input up to kilobytes (log-uniform 1–64 KB): long lines, long runs, deep nesting, many repeats. */
function enlarge(r: R, s: string, rc: boolean): string {
  const budget = Math.floor(1024 * 2 ** (r() * 6));
  const x = r();
  const unit = (t: string) => t.repeat(Math.max(1, Math.floor(budget / Math.max(1, t.length))));
  if (x < 0.2) {
    const at = Math.floor(r() * (s.length + 1)); // a slice repeated in place
    const piece = s.slice(at, at + int(r, 1, 80)) || pick(r, rc ? RC_TOKENS : TOKENS);
    return s.slice(0, at) + unit(piece) + s.slice(at);
  }
  if (x < 0.35) {
    // Balanced nesting, which parsers that recurse may not survive.
    const at = Math.min(s.length, Math.max(0, s.indexOf(pick(r, rc ? [':', '[', '{'] : [': ', '@references: ', '- ']))) + 2);
    const [open, close] = pick(r, [['[', ']'], ['{', '}'], ['{"a": ', '}'], ['{a: ', '}'], ['[{', '}]'], ['- ', ''], ['? ', '']]);
    const n = Math.max(1, Math.floor(budget / (open.length + close.length)));
    return s.slice(0, at) + open.repeat(n) + (rc ? '1' : 'x') + close.repeat(n) + s.slice(at);
  }
  if (x < 0.6) {
    // A run of one short unit, usually right after a marker: one very long line, a long
    // whitespace run in a heading, unclosed {{ or quotes, deep nesting.
    let at = Math.floor(r() * (s.length + 1));
    const marker = pick(r, rc ? RC_TOKENS : MARKERS);
    const found = s.indexOf(marker, Math.floor(r() * s.length));
    if (found >= 0 && chance(r, 0.8)) at = found + marker.length;
    const t = pick(r, rc ? RC_TOKENS : r() < 0.7 ? RUN_UNITS : TOKENS);
    return s.slice(0, at) + unit(t) + s.slice(at);
  }
  if (x < 0.8 && !rc) {
    // Grown the ways the linearity phase grows inputs: the whole input again and again, one
    // line longer, runs longer, or more front-matter entries (distinct vars, references).
    // Front matter gets the "fm" mode half the time: it is the only way to many distinct entries.
    const mode = s.startsWith('---') && chance(r, 0.5) ? 'fm' : pick(r, GROWTH_MODES);
    return grow(s, mode, Math.max(budget, 8192), 0) ?? unit(s + '\n');
  }
  const lines = s.split('\n'); // one line repeated as many lines
  const i = Math.floor(r() * lines.length);
  lines.splice(i, 0, ...Array(Math.max(1, Math.floor(budget / (lines[i].length + 1)))).fill(lines[i]));
  return lines.join('\n');
}

/** Input `index` of the run seeded with `seed`. About 1% are large; the rest a few hundred bytes. */
export function inputAt(seed: number, index: number): FuzzInput {
  const r = rng(mix(seed, index));
  const x = r();
  const kind: Kind = x < 0.05 ? 'rc' : x < 0.5 ? 'generated' : 'mutated';
  let text =
    kind === 'rc'
      ? rcText(r)
      : kind === 'generated'
        ? generated(r)
        : mutate(r, window(r, pick(r, CORPUS)), TOKENS, CORPUS);
  if (chance(r, 0.01)) text = enlarge(r, text, kind === 'rc');
  return { kind, text };
}
