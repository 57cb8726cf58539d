// Parser for `.vprompt` files: optional YAML front matter, then shots that start at `# name`.
// It never throws: every malformed input becomes a ParseProblem on the exact range.
import { parseDocument as parseYaml, isMap, isScalar, type Node as YamlNode, LineCounter, visit, YAMLParseError } from 'yaml';
import { validateFrontMatter, validateOverride } from './frontMatterSchema.js';
import type {
  Channel,
  ComponentLabel,
  FrontMatter,
  ParseProblem,
  RenderParams,
  Segment,
  Shot,
  TextRange,
  VpDocument,
} from './types.js';
import { didYouMean } from '../text/didYouMean.js';
import { shotId } from './shotId.js';

/** Files beyond this many characters are refused with a diagnostic rather than linted slowly. */
export const MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

export const LABELS: Record<string, ComponentLabel> = {
  subject: 'subject',
  action: 'action',
  environment: 'environment',
  setting: 'environment',
  lighting: 'lighting',
  camera: 'camera',
  mood: 'mood',
  style: 'mood',
  audio: 'audio',
  dialogue: 'audio',
  sfx: 'audio',
  negative: 'negative',
};

// No lazy group before trailing [ \t]*$: that backtracks quadratically on a long run of spaces.
// The name or value is trimmed in code instead.
const HEADING = /^#(?:[ \t].*)?$/;
const OVERRIDE = /^@([A-Za-z_][\w-]*)[ \t]*(?::(.*))?$/;
const LABELED = /^([ \t]*)([A-Za-z]+)[ \t]*:[ \t]*/;
const COMMENT = /^[ \t]*\/\//;
// The name is trimmed in code: `[ \t]*([^{}]*?)[ \t]*` backtracks cubically on `{{` + spaces.
const VAR = /\{\{([^{}]*)\}\}/g;
const SPEECH_CUE =
  /(?:\b(?:says?|said|whispers?|whispered|shouts?|shouted|yells?|yelled|screams?|screamed|asks?|asked|replies|replied|mutters?|muttered|murmurs?|murmured|sings?|sang|calls?|called|cries|cried|exclaims?|exclaimed|announces?|announced|narrates?|narrator|voice-?over|speaks?|spoke)\b[^"“]{0,24}|:[ \t]*)$/i;

/** Without spaces and tabs at either end (what the patterns above used to strip). */
function trimSpaceTab(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

function range(line: number, start: number, endLine: number, end: number): TextRange {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** Keeps a range inside the document (YAML reports some errors one past the end of a line). */
function clamp(lines: string[], r: TextRange): TextRange {
  const line = (n: number) => Math.max(0, Math.min(n, lines.length - 1));
  const sl = line(r.start.line);
  const el = Math.max(sl, line(r.end.line));
  const sc = Math.min(r.start.character, lines[sl]?.length ?? 0);
  const ec = Math.min(r.end.character, lines[el]?.length ?? 0);
  return { start: { line: sl, character: sc }, end: { line: el, character: el === sl ? Math.max(sc, ec) : ec } };
}

export function lineRange(lines: string[], line: number): TextRange {
  return range(line, 0, line, lines[line]?.length ?? 0);
}

export function parseDocument(input: string): VpDocument {
  const problems: ParseProblem[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push({
      code: 'format/bom',
      severity: 'info',
      message: 'File starts with a byte-order mark; vprompt ignores it, but save as UTF-8 without BOM for other tools.',
      range: range(0, 0, 0, 0),
    });
  }
  if (text.includes('\r')) {
    const crlf = text.indexOf('\r');
    const line = text.slice(0, crlf).split('\n').length - 1;
    problems.push({
      code: 'format/crlf',
      severity: 'info',
      message: 'File uses CRLF (Windows) line endings; they are read as LF. Save with LF to keep diffs clean.',
      range: range(line, crlf - (text.lastIndexOf('\n', crlf) + 1), line, crlf - (text.lastIndexOf('\n', crlf) + 1)),
    });
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.length > MAX_DOCUMENT_CHARS) {
    problems.push({
      code: 'format/too-large',
      severity: 'error',
      message: `File is ${(text.length / 1048576).toFixed(1)} MB; vprompt lints files up to ${MAX_DOCUMENT_CHARS / 1048576} MB. Split it into several .vprompt files.`,
      range: range(0, 0, 0, 0),
    });
    return { text, lines: [], shots: [], problems };
  }
  const lines = text.split('\n');
  if (text.trim() === '') {
    problems.push({
      code: 'format/empty',
      severity: 'warning',
      message: 'File is empty. Write a shot: subject, action, environment and camera, e.g. type "shot" for a snippet.',
      range: range(0, 0, 0, 0),
    });
    return { text, lines, shots: [], problems };
  }

  let bodyStart = 0;
  let frontMatter: FrontMatter | undefined;
  if (lines[0].trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
    if (close < 0) {
      problems.push({
        code: 'format/unclosed-front-matter',
        severity: 'error',
        message: 'Front matter starts with "---" but is never closed. Add a line with "---" after the settings.',
        range: lineRange(lines, 0),
      });
      bodyStart = 1;
    } else {
      frontMatter = parseFrontMatter(lines, close, problems);
      bodyStart = close + 1;
    }
  }
  const shots = parseBody(lines, bodyStart, frontMatter, problems);
  for (const p of problems) p.range = clamp(lines, p.range);
  return { text, lines, frontMatter, shots, problems };
}

/** Nesting deeper than this is refused before it reaches the yaml package (see yamlTooDeep). */
export const MAX_YAML_DEPTH = 100;

/**
 * The 0-based line of `src` where YAML nesting could pass MAX_YAML_DEPTH, or undefined. The yaml
 * package composes nested collections recursively; near the stack limit it catches the
 * RangeError itself, but V8 can then abort the whole process (a fatal "RegExpCompiler
 * Allocation failed") when a regex is compiled in that state: a few KB of "[[[…]]]" could
 * take down the extension host, and "key: ? ? ? …" overflows its (uncaught) CST parser. The
 * bound over-counts on purpose: every unclosed [ or { (quotes and comments included), plus per
 * line the width of its indentation and every "-", "?" or ":" followed by a space or line end
 * (each block level takes at least one column or one indicator).
 */
function yamlTooDeep(src: string): number | undefined {
  let flow = 0;
  let block = 0;
  let indent = true;
  let line = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      line++;
      block = 0;
      indent = true;
      continue;
    }
    if (indent && (c === 32 || c === 9)) block++;
    else indent = false;
    if (c === 45 || c === 63 || c === 58) {
      // - ? : as an indicator
      const next = i + 1 < src.length ? src.charCodeAt(i + 1) : 10;
      if (next === 32 || next === 9 || next === 10) block++;
    } else if (c === 91 || c === 123) flow++; // [ {
    else if ((c === 93 || c === 125) && flow > 0) flow--; // ] }
    if (flow + block > MAX_YAML_DEPTH) return line;
  }
  return undefined;
}

/**
 * yaml makes an Error per problem it finds, and capturing their stack traces was most of the
 * time on a front matter full of stray characters (one error each: 50 KB of "}" took ~1 s,
 * 4× less without). Nothing reads those stacks, so they are off for the call, and restored.
 */
function withoutStacks<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** "Map keys must be unique" errors, as yaml's uniqueKeys reports them, with one Set per map. */
function duplicateKeys(ydoc: ReturnType<typeof parseYaml>): YAMLParseError[] {
  const out: YAMLParseError[] = [];
  visit(ydoc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // yaml's test: the same node, or two scalars whose values are ===.
        const id = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof id === 'number' && Number.isNaN(id)) continue; // NaN !== NaN
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        const at = (pair.key as YamlNode | null)?.range?.[0] ?? map.range?.[0] ?? 0;
        out.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  return out;
}

function parseFrontMatter(lines: string[], close: number, problems: ParseProblem[]): FrontMatter {
  const fm: FrontMatter = {
    range: range(0, 0, close, lines[close].length),
    params: {},
    vars: {},
    keyRanges: {},
    valueRanges: {},
  };
  // Tabs are illegal YAML indentation; say so where they are, before YAML's own terser message.
  for (let i = 1; i < close; i++) {
    const tab = lines[i].indexOf('\t');
    if (tab >= 0) {
      problems.push({
        code: 'format/tab',
        severity: 'error',
        message: 'Tab character in front matter; YAML allows only spaces here. Replace the tab with spaces.',
        range: range(i, tab, i, tab + 1),
        data: { fix: 'replace-tab' },
      });
    }
  }
  const src = lines.slice(1, close).join('\n');
  const deep = yamlTooDeep(src);
  if (deep !== undefined) {
    problems.push({
      code: 'format/yaml',
      severity: 'error',
      message: `Front matter nests more than ${MAX_YAML_DEPTH} levels deep, so vprompt does not read it. Settings are flat "key: value" lines.`,
      range: lineRange(lines, deep + 1),
    });
    return fm;
  }
  const counter = new LineCounter();
  let ydoc: ReturnType<typeof parseYaml>;
  try {
    // logLevel "error": yaml would otherwise print warnings (such as for collection keys) to stderr.
    // uniqueKeys off: yaml's check compares every key with every earlier one (6 s for 32,000
    // keys); duplicateKeys does the same check in linear time.
    ydoc = withoutStacks(() => {
      const d = parseYaml(src, { lineCounter: counter, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
      const dups = duplicateKeys(d);
      if (dups.length) d.errors = [...d.errors, ...dups].sort((a, b) => a.pos[0] - b.pos[0]);
      return d;
    });
  } catch (e) {
    // Not expected past yamlTooDeep, but a parser bug must become a finding, not a crash.
    problems.push({
      code: 'format/yaml',
      severity: 'error',
      message: `Front matter is not valid YAML: ${String((e as Error)?.message ?? e).split('\n')[0]}`,
      range: lineRange(lines, 1),
    });
    return fm;
  }
  // LineCounter lines are 1-based within `src`, and `src` starts on file line 1: the numbers coincide.
  const at = (offset: number) => {
    const p = counter.linePos(Math.max(0, Math.min(offset, src.length)));
    return { line: p.line, character: p.col - 1 };
  };
  const nodeRange = (node: YamlNode | null | undefined): TextRange | undefined => {
    if (!node?.range) return undefined;
    const s = at(node.range[0]);
    const e = at(node.range[1]);
    return range(s.line, s.character, e.line, e.character);
  };
  const tabLines = new Set(problems.filter((p) => p.code === 'format/tab').map((p) => p.range.start.line));
  for (const err of ydoc.errors) {
    const s = at(err.pos[0]);
    if (tabLines.has(s.line) && /tab/i.test(err.message)) continue; // already said precisely
    const e = at(Math.max(err.pos[1], err.pos[0] + 1));
    problems.push({
      code: 'format/yaml',
      severity: 'error',
      message: `Front matter is not valid YAML: ${err.message.split('\n')[0]}`,
      range: range(s.line, s.character, e.line, e.line === s.line ? Math.max(e.character, s.character + 1) : e.character),
    });
  }
  if (ydoc.errors.length) return fm;
  const contents = ydoc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return fm;
  if (!isMap(contents)) {
    problems.push({
      code: 'format/yaml',
      severity: 'error',
      message: 'Front matter must be "key: value" lines (model, duration, resolution, ...).',
      range: nodeRange(contents) ?? lineRange(lines, 1),
    });
    return fm;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const kr = nodeRange(pair.key as YamlNode);
    if (kr) fm.keyRanges[key] = kr;
    const vr = nodeRange(pair.value as YamlNode);
    if (vr) fm.valueRanges[key] = vr;
    if (key === 'vars' && isMap(pair.value)) {
      for (const vp of pair.value.items) {
        const name = isScalar(vp.key) ? String(vp.key.value) : String(vp.key);
        const r = nodeRange(vp.key as YamlNode);
        if (r) fm.keyRanges[`vars.${name}`] = r;
      }
    }
  }
  let data: Record<string, unknown>;
  try {
    // toJS can still fail after a clean parse (unresolved *alias, alias bombs past maxAliasCount).
    data = ydoc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (e) {
    problems.push({
      code: 'format/yaml',
      severity: 'error',
      message: `Front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}. Quote values that start with * or &.`,
      range: lineRange(lines, 1),
    });
    return fm;
  }
  const bad = new Set<string>();
  for (const issue of validateFrontMatter(data)) {
    bad.add(issue.key);
    const r = (issue.kind === 'unknown-key' ? fm.keyRanges[issue.key] : fm.valueRanges[issue.key]) ??
      fm.keyRanges[issue.key.split('.')[0]] ?? lineRange(lines, 1);
    problems.push({
      code: issue.kind === 'unknown-key' ? 'format/unknown-key' : 'format/invalid-value',
      severity: 'error',
      message: issue.message,
      range: r,
      data: issue.suggestion ? { key: issue.key, suggestion: issue.suggestion } : { key: issue.key },
    });
  }
  for (const [key, value] of Object.entries(data)) {
    if (bad.has(key) || key === 'vars') continue;
    (fm.params as Record<string, unknown>)[key] = value;
  }
  if (data.vars && typeof data.vars === 'object' && !bad.has('vars')) {
    for (const [name, value] of Object.entries(data.vars as Record<string, unknown>)) {
      // Whitespace runs that span lines become one space. (Not /\s*\n\s*/: quadratic on long runs of spaces.)
      if (!bad.has(`vars.${name}`)) fm.vars[name] = String(value).replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws));
    }
  }
  return fm;
}

interface ShotBuilder extends Shot {
  hasContent: boolean;
}

function parseBody(lines: string[], from: number, fm: FrontMatter | undefined, problems: ParseProblem[]): Shot[] {
  const shots: ShotBuilder[] = [];
  const defaults: RenderParams = fm?.params ?? {};
  const vars = fm?.vars ?? {};
  const suggest = varSuggester(vars);
  let current: ShotBuilder | undefined;
  const leading: Shot['comments'] = [];
  const seen = new Map<string, number>(); // heading text → shots so far with it
  const startShot = (name: string, line: number, nameRange: TextRange): ShotBuilder => {
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    const shot: ShotBuilder = {
      name,
      occurrence,
      id: shotId(name, occurrence),
      index: shots.length,
      line,
      nameRange,
      startLine: line,
      endLine: line,
      lastContentLine: line,
      overrides: [],
      params: { ...defaults },
      segments: [],
      comments: [],
      hasContent: false,
    };
    shot.comments.push(...leading.splice(0));
    shots.push(shot);
    return shot;
  };

  for (let i = from; i < lines.length; i++) {
    const raw = lines[i];
    if (HEADING.test(raw)) {
      const name = raw.slice(1).trim();
      const col = name ? raw.indexOf(name, 1) : 1;
      current = startShot(name, i, range(i, name ? col : 0, i, name ? col + name.length : raw.length));
      continue;
    }
    if (raw.trim() === '') {
      if (current) current.endLine = i;
      continue;
    }
    if (COMMENT.test(raw)) {
      // Comments before any shot wait for the shot they precede (directives apply to it).
      const comment = { line: i, text: raw.replace(COMMENT, '').trim() };
      if (current) {
        current.comments.push(comment);
        current.endLine = i;
      } else leading.push(comment);
      continue;
    }
    if (!current) current = startShot('', i, lineRange(lines, i));
    current.endLine = i;
    current.lastContentLine = i;
    const override = raw.startsWith('@') ? OVERRIDE.exec(raw) : null;
    if (override?.[2] !== undefined) override[2] = trimSpaceTab(override[2]);
    if (raw.startsWith('@')) {
      parseOverride(raw, i, override, current, problems);
      continue;
    }
    current.hasContent = true;
    const labeled = LABELED.exec(raw);
    const name = labeled?.[2].toLowerCase();
    // Own keys only: a line "constructor: …" is prose, not a label Object.prototype happens to have.
    const label = name !== undefined && Object.hasOwn(LABELS, name) ? LABELS[name] : undefined;
    if (labeled && label) {
      const start = labeled[0].length;
      const channel: Channel = label === 'audio' ? 'audio' : label === 'negative' ? 'negative' : 'visual';
      pushText(current, raw, i, start, raw.length, label, channel, vars, suggest, problems);
    } else {
      pushText(current, raw, i, raw.length - raw.trimStart().length, raw.length, undefined, 'visual', vars, suggest, problems);
    }
  }

  for (const shot of shots) {
    if (!shot.hasContent) {
      problems.push({
        code: 'format/empty-shot',
        severity: 'warning',
        message: `Shot "${shot.name || '(unnamed)'}" has no prompt text. Describe subject, action, environment and camera below the heading.`,
        range: shot.nameRange,
      });
    }
  }
  return shots.map(({ hasContent: _unused, ...shot }) => shot);
}

function parseOverride(raw: string, line: number, m: RegExpExecArray | null, shot: Shot, problems: ParseProblem[]): void {
  if (!m || m[2] === undefined) {
    problems.push({
      code: 'format/bad-override',
      severity: 'error',
      message: 'An override line looks like "@duration: 8" (a setting name, a colon, a value).',
      range: range(line, 0, line, raw.length),
    });
    return;
  }
  const key = m[1];
  const keyRange = range(line, 1, line, 1 + key.length);
  const valueStart = raw.indexOf(m[2], 1 + key.length);
  const valueRange = range(line, valueStart, line, valueStart + m[2].length);
  const issue = validateOverride(key, m[2]);
  if (issue) {
    problems.push({
      code: 'format/bad-override',
      severity: 'error',
      message: issue.message,
      range: issue.kind === 'unknown-key' ? keyRange : valueRange,
      data: issue.suggestion ? { key, suggestion: issue.suggestion } : { key },
    });
    return;
  }
  const value = parseScalar(m[2]);
  shot.overrides.push({ key, value, keyRange, valueRange });
  (shot.params as Record<string, unknown>)[key] = value;
}

/** YAML semantics for an override value, so `@duration: 8` and `@references: [a, b]` mean what they do in front matter. */
// Override values are nearly always one of a few plain forms ("8", "720p", "16:9", "true", a
// model id); these give the same value as YAML 1.2's core schema without running the YAML
// parser, which was a fifth of all lint time on override-heavy files.
const PLAIN_INT = /^-?(?:0|[1-9]\d{0,14})$/;
const PLAIN_FLOAT = /^-?(?:0|[1-9]\d{0,14})\.\d{1,15}$/;
const PLAIN_WORDS: Record<string, boolean | null> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false, null: null, Null: null, NULL: null };
// A letter first (so never a number, an anchor, a tag or an indicator), then word characters,
// dots, slashes and hyphens; or "<digits>p" and "<digits>:<digits>", which YAML 1.2 reads as strings.
const PLAIN_STRING = /^(?:[A-Za-z][\w./-]*|\d{1,5}p|\d{1,3}:\d{1,3})$/;

/** The fast path of parseScalar, or `undefined` when the YAML parser must decide. */
export function plainScalar(src: string): { value: unknown } | undefined {
  if (src in PLAIN_WORDS && Object.prototype.hasOwnProperty.call(PLAIN_WORDS, src)) return { value: PLAIN_WORDS[src] };
  if (PLAIN_INT.test(src) || PLAIN_FLOAT.test(src)) return { value: Number(src) };
  if (PLAIN_STRING.test(src)) return { value: src };
  return undefined;
}

export function parseScalar(src: string): unknown {
  const plain = plainScalar(src);
  if (plain) return plain.value;
  return parseScalarYaml(src);
}

/** parseScalar through the YAML parser (exported for the test that pins the fast path to it). */
export function parseScalarYaml(src: string): unknown {
  if (yamlTooDeep(src) !== undefined) return src; // reported as a bad value, like any unreadable one
  try {
    const d = withoutStacks(() => parseYaml(src, { prettyErrors: false, logLevel: 'error' }));
    if (d.errors.length) return src;
    return d.toJS({ maxAliasCount: 50 });
  } catch {
    return src; // e.g. "*alias": keep the raw text so validation reports it as a bad value
  }
}

/** Var-name comparisons per document for "did you mean" on unknown {{vars}}. */
const VAR_SUGGESTION_BUDGET = 100_000;

/**
 * "Did you mean" for unknown {{names}}, cached per name and within a budget: each search reads
 * every var, so unbudgeted the cost grew with vars × unknown names (quadratic in the file).
 */
function varSuggester(vars: Record<string, string>): (name: string) => string | undefined {
  const names = Object.keys(vars);
  const cache = new Map<string, string | undefined>();
  let spent = 0;
  return (name) => {
    if (cache.has(name)) return cache.get(name);
    if (spent + names.length > VAR_SUGGESTION_BUDGET) return undefined;
    spent += names.length;
    const suggestion = didYouMean(name, names);
    cache.set(name, suggestion);
    return suggestion;
  };
}

function pushText(
  shot: Shot,
  raw: string,
  line: number,
  start: number,
  end: number,
  label: ComponentLabel | undefined,
  channel: Channel,
  vars: Record<string, string>,
  suggest: (name: string) => string | undefined,
  problems: ParseProblem[],
): void {
  // In visual text, a quoted span after a speech cue ("she whispers: "Not again."") is dialogue:
  // it goes to the audio channel so audio rules judge it and visual rules don't.
  const pieces: Array<{ s: number; e: number; channel: Channel; label?: ComponentLabel }> = [];
  let cursor = start;
  if (channel === 'visual') {
    const quotes = quotedSpans(raw, start);
    for (let q = quotes(); q && q.index < end; q = quotes()) {
      if (!SPEECH_CUE.test(raw.slice(Math.max(start, q.index - 40), q.index))) continue;
      if (q.index > cursor) pieces.push({ s: cursor, e: q.index, channel, label });
      pieces.push({ s: q.index + 1, e: q.end - 1, channel: 'audio' });
      cursor = q.end;
    }
  }
  if (cursor < end || pieces.length === 0) pieces.push({ s: cursor, e: end, channel, label });
  for (const p of pieces) shot.segments.push(expand(raw, line, p.s, p.e, p.label, p.channel, vars, suggest, problems));
}

/**
 * Successive "…" and “…” spans of a line from `from`, left to right, as /"[^"]*"|“[^”]*”/g would
 * find them. Hand-written because that pattern rescans to the end of the line from every “
 * that has no ” after it, which is quadratic in the line's length.
 */
function quotedSpans(raw: string, from: number): () => { index: number; end: number } | undefined {
  let i = from;
  let curlyClose = -1; // where the next ” is, reused while it is still ahead of i
  return () => {
    for (; i < raw.length; i++) {
      const c = raw[i];
      if (c === '"') {
        const close = raw.indexOf('"', i + 1);
        if (close >= 0) {
          const span = { index: i, end: close + 1 };
          i = close + 1;
          return span;
        }
      } else if (c === '“') {
        if (curlyClose <= i) curlyClose = raw.indexOf('”', i + 1);
        if (curlyClose < 0) curlyClose = raw.length; // none left: no later “ can close either
        if (curlyClose < raw.length) {
          const span = { index: i, end: curlyClose + 1 };
          i = curlyClose + 1;
          return span;
        }
      }
    }
    return undefined;
  };
}

function expand(
  raw: string,
  line: number,
  start: number,
  end: number,
  label: ComponentLabel | undefined,
  channel: Channel,
  vars: Record<string, string>,
  suggest: (name: string) => string | undefined,
  problems: ParseProblem[],
): Segment {
  const src = raw.slice(start, end);
  const seg: Segment = { text: '', label, channel, line, sourceStart: start, expansions: [], sourceLength: end - start };
  let out = '';
  let last = 0;
  VAR.lastIndex = 0;
  for (let m = VAR.exec(src); m; m = VAR.exec(src)) {
    out += src.slice(last, m.index);
    const name = trimSpaceTab(m[1]);
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined) {
      const suggestion = suggest(name);
      problems.push({
        code: 'format/unknown-var',
        severity: 'error',
        message:
          `Unknown variable "{{${name}}}".` +
          (suggestion ? ` Did you mean "{{${suggestion}}}"?` : ' Define it under "vars:" in the front matter.'),
        range: range(line, start + m.index, line, start + m.index + m[0].length),
        data: suggestion ? { name, suggestion } : { name },
      });
    }
    const expStart = out.length;
    out += value ?? '';
    seg.expansions.push({
      expStart,
      expEnd: out.length,
      srcStart: start + m.index,
      srcEnd: start + m.index + m[0].length,
      name,
    });
    last = m.index + m[0].length;
  }
  seg.text = out + src.slice(last);
  return seg;
}
