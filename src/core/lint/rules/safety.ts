// safety/visual and safety/audio: wording likely to trip a provider's safety filter, judged
// per channel (dialogue and sound effects meet separate filter stacks), with safer technical
// rewordings as fixes. Benign phrases and camera language are matched in the same linear pass
// and shadow the risky words inside them ("wide shot", "blood orange", "naked eye").
// Negative-prompt text is not checked: it names what to keep out of the clip.
import { segmentRange, isFromVar } from '../../format/segments.js';
import type { Segment, Shot } from '../../format/types.js';
import { PhraseMatcher, longestNonOverlapping, type PhraseMatch } from '../../text/phraseMatcher.js';
import { normalizePhrase, tokenize, tokensOf, type Token } from '../../text/tokenize.js';
import { CAMERA_CLASSES, CAMERA_PHRASES, MM_CLASS } from '../lexicon/cinematography.js';
import { BENIGN_PHRASES, SAFETY_CLASSES, SAFETY_ENTRIES, type SafetyEntry } from '../lexicon/safety.js';
import type { Fix, LintConfig, LintDiagnostic, Rule, SafetyCategory, SafetyTier, Severity } from '../types.js';

type Hit = { kind: 'benign' } | { kind: 'risky'; entry: SafetyEntry };

const SEVERITY: Record<SafetyTier, Severity> = { block: 'error', warn: 'warning', info: 'info' };

const CATEGORY_TEXT: Record<SafetyCategory, string> = {
  violence: 'violence',
  sexual: 'sexual-content',
  minors: 'child-safety',
  'real-person': 'real-person',
  'third-party-ip': 'third-party IP',
  hate: 'hate',
  'self-harm': 'self-harm',
  dangerous: 'dangerous-content',
  vulgar: 'vulgarity',
};

const SHOOT = new Set(['shot', 'shoot', 'shoots', 'shooting']);

const cache = new WeakMap<LintConfig, PhraseMatcher<Hit>>();

/** One trie per configuration: built on first use, reused for every shot and document. */
export function safetyMatcher(config: LintConfig): PhraseMatcher<Hit> {
  const hit = cache.get(config);
  if (hit) return hit;
  const m = new PhraseMatcher<Hit>({ ...SAFETY_CLASSES, ...CAMERA_CLASSES, mm: MM_CLASS });
  const benign: Hit = { kind: 'benign' };
  for (const p of BENIGN_PHRASES) m.add(p, benign);
  for (const p of CAMERA_PHRASES) m.add(p, benign);
  for (const p of config.safety.accept) if (normalizePhrase(p)) m.add(normalizePhrase(p), benign);
  const extra = config.safety.rewordings;
  const normExtra = new Map(Object.entries(extra).map(([k, v]) => [normalizePhrase(k), v]));
  for (const entry of SAFETY_ENTRIES) {
    for (const pattern of entry.patterns) {
      // Project rewordings attach to the entry whose pattern is exactly that term.
      const more = normExtra.get(normalizePhrase(pattern)) ?? [];
      m.add(pattern, { kind: 'risky', entry: more.length ? { ...entry, suggestions: [...more, ...entry.suggestions] } : entry });
    }
  }
  for (const f of config.safety.flag) {
    const entry: SafetyEntry = {
      patterns: [f.term],
      category: f.category,
      tier: f.tier ?? 'warn',
      channel: f.channel ?? 'both',
      why: 'this term is flagged in the project configuration (.vpromptrc.json).',
      suggestions: f.suggestions ?? [],
    };
    const words = normalizePhrase(f.term);
    if (words) m.add(words, { kind: 'risky', entry });
  }
  cache.set(config, m);
  return m;
}

interface Finding {
  seg: Segment;
  match: PhraseMatch<Hit>;
  entry: SafetyEntry;
  category: SafetyCategory;
  tier: SafetyTier;
  note?: string;
}

function appliesTo(entry: SafetyEntry, seg: Segment): boolean {
  if (seg.channel === 'negative') return false;
  return entry.channel === 'both' || entry.channel === seg.channel;
}

function hasClass(tokens: readonly Token[], cls: ReadonlySet<string>): boolean {
  return tokens.some((t) => cls.has(t.norm));
}

function fill(suggestion: string, matched: string): string {
  const last = tokenize(matched).pop();
  return suggestion.replace(/\$last/g, last ? matched.slice(last.start, last.end) : 'subject');
}

export const safetyRule: Rule = {
  id: 'safety',
  checkShot(shot: Shot, ctx) {
    const matcher = safetyMatcher(ctx.config);
    const findings: Finding[] = [];
    const shotTokens: Token[] = [];
    for (const seg of shot.segments) {
      if (seg.channel === 'negative') continue;
      const tokens = tokensOf(seg);
      shotTokens.push(...tokens);
      for (const match of longestNonOverlapping(matcher.matchTokens(tokens))) {
        if (match.value.kind !== 'risky' || !appliesTo(match.value.entry, seg)) continue;
        // "shot: a cat", "shot, the guard turns": punctuation right after shot/shoot makes it the noun.
        if (SHOOT.has(tokens[match.startToken].norm) && match.endToken - match.startToken > 1 && /^\s*[:,.;]/.test(seg.text.slice(tokens[match.startToken].end))) continue;
        const e = match.value.entry;
        findings.push({ seg, match, entry: e, category: e.category, tier: e.tier });
      }
    }
    if (findings.length === 0) return;
    // Combinations escalate: anything sexual near a minor, a real person made photoreal or given a voice.
    const minor = hasClass(shotTokens, SAFETY_CLASSES.minor);
    const photoreal = hasClass(shotTokens, SAFETY_CLASSES.photoreal);
    for (const f of findings) {
      if (f.category === 'sexual' && minor) {
        f.category = 'minors';
        f.tier = 'block';
        f.note = 'Combined with a child or teenager in the same shot, this is blocked outright.';
      } else if (f.category === 'real-person' && photoreal) {
        f.tier = 'block';
        f.note = 'With photoreal or voice wording in the same shot, this is almost certain to be refused.';
      }
    }
    for (const f of findings) ctx.report(toDiagnostic(shot, f));
  },
};

function toDiagnostic(shot: Shot, f: Finding): LintDiagnostic {
  const { seg, match } = f;
  const words = seg.text.slice(match.start, match.end);
  const range = segmentRange(seg, match.start, match.end);
  const fromVar = isFromVar(seg, match.start, match.end);
  const varName = fromVar ? seg.expansions.find((x) => match.start < x.expEnd && match.end > x.expStart)?.name : undefined;
  const suggestions = f.entry.suggestions.map((s) => fill(s, words));
  const channel = seg.channel === 'audio' ? 'audio' : 'visual';
  const where = channel === 'audio' ? ' in the audio/dialogue' : '';
  const message =
    `"${words}"${where} is likely to trip the ${CATEGORY_TEXT[f.category]} filter (${f.tier}): ${f.entry.why}` +
    (f.note ? ` ${f.note}` : '') +
    (varName ? ` It comes from the variable {{${varName}}}: reword it under "vars:".` : '') +
    (suggestions.length ? ` Safer: "${suggestions[0]}".` : ' Reword it.');
  // Rewording a {{var}} usage in place would delete the variable: offer no edit there.
  // A suggestion that brings its own article replaces the one before the term ("a gunshot"
  // → "a sharp percussive crack", not "a a sharp …").
  const article = articleBefore(seg.text, match.start);
  const fixes: Fix[] | undefined = fromVar
    ? undefined
    : suggestions.map((s, i) => {
        const own = article && /^(a|an|the)\s/i.test(s);
        const r = own ? segmentRange(seg, match.start - article[0].length, match.end) : range;
        const old = own ? seg.text.slice(match.start - article[0].length, match.end) : words;
        return { title: `Replace "${old}" with "${s}"`, kind: 'rewording' as const, isPreferred: i === 0, edits: [{ range: r, newText: s }] };
      });
  return {
    rule: channel === 'audio' ? 'safety/audio' : 'safety/visual',
    severity: SEVERITY[f.tier],
    message,
    range,
    shot: shot.name,
    category: f.category,
    tier: f.tier,
    suggestions,
    fixes,
  };
}

/**
 * "a ", "an " or "the " (any case, any whitespace) right before `at`, as /\b(a|an|the)\s+$/i on
 * text.slice(0, at) would find it, but reading only the whitespace run and four characters
 * before it: running that pattern over the whole prefix for every finding is quadratic.
 */
function articleBefore(text: string, at: number): [string] | null {
  let k = at;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  if (k === at) return null;
  const m = /(?:^|\W)(a|an|the)$/i.exec(text.slice(Math.max(0, k - 4), k));
  return m ? [text.slice(k - m[1].length, at)] : null;
}

/** Every literal risky term (no word classes), for benchmarks and for cspell's flagWords. */
export function riskyTermList(): string[] {
  const out = new Set<string>();
  for (const e of SAFETY_ENTRIES) {
    for (const p of e.patterns) {
      if (p.includes('@') || p.includes('?')) continue;
      const parts = p.split(/\s+/).map((w) => w.split('|'));
      let variants = [''];
      for (const alts of parts) variants = variants.flatMap((v) => alts.map((a) => (v ? `${v} ${a}` : a)));
      for (const v of variants) out.add(v);
    }
  }
  return [...out];
}
