// A token trie: finds every lexicon phrase in a token stream in time linear in the stream
// (each start walks at most `maxDepth` tokens), so no input can cause backtracking blow-ups.
//
// Pattern syntax (one phrase per string):
//   word            a literal token (normalised like the text: lower case, no apostrophes)
//   a|b             either token
//   @name           any token of the word class `name`
//   token?          the token may be absent
//   lemma~          every inflection of the word, expanded when the pattern is added: `stab~`
//                   is stab|stabs|stabbed|stabbing, `beat~` adds beaten, `man~` men. In a word
//                   that tokenises into several ("pistol-whip~") the last one inflects.
// Hyphens and punctuation in patterns split tokens exactly as in text ("close-up" = "close up").
// So an alternative of several words is written with underscores: `cook~ meth|crystal_meth`;
// a lemma inside one inflects as well: `rip~_through` is "rip through", "rips through", …
// A word class is a set of normalised words, or a TokenTest that looks at the token in its text
// (capitalisation, say); a TokenTest may not begin a pattern, so it never makes a token a start.

import { inflections } from './inflect.js';
import { tokenize, type Token } from './tokenize.js';

/** A word class that needs more than the normalised word: called with the token and its text. */
export interface TokenTest {
  test(token: Token, text: string): boolean;
}

export type WordClasses = Record<string, ReadonlySet<string> | TokenTest>;

interface Node<T> {
  next: Map<string, Node<T>>;
  classes: Array<{ words: ReadonlySet<string>; node: Node<T> }>;
  /** `id` numbers the matcher's distinct tests, so each token is tested once per test and match. */
  tests: Array<{ test: TokenTest; id: number; node: Node<T> }>;
  /** Edges over an alternation of single words ("bullet|bullets|rounds"). */
  sets: Array<{ words: ReadonlySet<string>; node: Node<T> }>;
  /** The set edges indexed by word, built before matching: one lookup per token, not one per edge (a node, or several). */
  alt?: Map<string, Node<T> | Node<T>[]>;
  values: T[];
}

function isTest(c: ReadonlySet<string> | TokenTest): c is TokenTest {
  return typeof (c as TokenTest).test === 'function';
}

export interface PhraseMatch<T> {
  /** Token indices, [startToken, endToken). */
  startToken: number;
  endToken: number;
  /** Character offsets into the tokenised text. */
  start: number;
  end: number;
  value: T;
  /** Order in which the value was first added: among equally long matches the earliest wins. */
  rank?: number;
}

// Most nodes are leaves or have one kind of edge: they share these empty containers until their
// first edge of a kind is added (a lexicon's trie has tens of thousands of nodes).
const NO_NEXT: Map<string, never> = new Map<string, never>();
const NONE: never[] = [];

function newNode<T>(): Node<T> {
  return { next: NO_NEXT, classes: NONE, tests: NONE, sets: NONE, values: NONE };
}

// Lexicons name the same lemma in many patterns: inflect each once.
const inflected = new Map<string, string[]>();
function inflectionsOf(lemma: string): string[] {
  let forms = inflected.get(lemma);
  if (!forms) inflected.set(lemma, (forms = inflections(lemma)));
  return forms;
}

type Step = { kind: 'word'; words: string[] } | { kind: 'class'; name: string } | { kind: 'set'; words: ReadonlySet<string> };

export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode();
  private maxDepth = 0;
  /** Words that can begin a phrase (built on first match, reset by add): most tokens start none. */
  private starts?: Set<string>;
  /** For each start word, the root's edges it takes: its word edge, then the class and set edges it is in. */
  private rootClasses?: Map<string, Node<T>[]>;

  /** Each value's first-added order, so ties between equally long matches do not depend on trie shape. */
  private readonly ranks = new Map<T, number>();
  /** The distinct TokenTests on edges, numbered. */
  private readonly testIds = new Map<TokenTest, number>();
  /** Reused per-call answers of the tests, by token and test (see matchTokens). */
  private stamps = new Int32Array(0);
  private answers = new Uint8Array(0);
  private calls = 0;
  /** One shared set per distinct alternation of single words, so equal alternations share an edge. */
  private readonly alternations = new Map<string, ReadonlySet<string>>();

  constructor(private readonly classes: WordClasses = {}) {}

  add(pattern: string, value: T): this {
    this.starts = undefined;
    this.rootClasses = undefined;
    const parts = pattern.trim().split(/\s+/).filter(Boolean);
    // Walk the trie with the set of nodes the pattern so far can end at: an alternative or a
    // lemma's inflections branch, an optional part keeps the nodes before it. Patterns with a
    // few optional parts and many alternatives ("@det? @mod? @mod? @person", "stab~") would
    // otherwise expand into the product of their variants, inserted one by one.
    let at = new Set<Node<T>>([this.root]);
    let depth = 0;
    for (const raw of parts) {
      const optional = raw.endsWith('?') && raw.length > 1;
      const body = optional ? raw.slice(0, -1) : raw;
      const alternatives = this.parseStep(body, pattern);
      const next = new Set<Node<T>>(optional ? at : []);
      for (const node of at) for (const steps of alternatives) next.add(this.walk(node, steps));
      depth += Math.max(0, ...alternatives.map((a) => a.length));
      at = next;
    }
    this.maxDepth = Math.max(this.maxDepth, depth);
    if (!this.ranks.has(value)) this.ranks.set(value, this.ranks.size);
    for (const node of at) {
      if (node === this.root || node.values.includes(value)) continue;
      if (node.values === NONE) node.values = [];
      node.values.push(value);
    }
    return this;
  }

  private parseStep(body: string, pattern: string): Step[][] {
    const alternatives = this.alternativesOf(body, pattern);
    // Single-word alternatives ("bullet|bullets|rounds", a lemma's inflections) become one edge
    // over a set of words, as a word class is: one step, not one branch per word.
    const single = alternatives.filter((a) => a.length === 1 && a[0].kind === 'word').map((a) => (a[0] as { words: string[] }).words[0]);
    if (single.length < 2) return alternatives;
    const key = [...new Set(single)].sort().join('|');
    let words = this.alternations.get(key);
    if (!words) this.alternations.set(key, (words = new Set(single)));
    const rest = alternatives.filter((a) => !(a.length === 1 && a[0].kind === 'word'));
    return [[{ kind: 'set', words }], ...rest];
  }

  private alternativesOf(body: string, pattern: string): Step[][] {
    // Each alternative is a class (`@name`) or words; a word alternative may itself tokenise
    // into several tokens ("close-up|closeup"); a lemma (`stab~`) stands for all its inflections.
    return body.split('|').flatMap((alt): Step[][] => {
      if (alt.startsWith('@')) {
        const name = alt.slice(1);
        if (!this.classes[name]) throw new Error(`unknown word class @${name} in pattern "${pattern}"`);
        return [[{ kind: 'class', name }]];
      }
      // A lemma inside a several-word alternative ("tear~_through", "saw~_up") inflects too.
      if (/~_/.test(alt)) {
        let variants: Step[][] = [[]];
        for (const part of alt.split('_').filter(Boolean)) {
          const forms = part.length > 1 && part.endsWith('~') ? this.alternativesOf(part, pattern) : [tokenize(part).map((t) => ({ kind: 'word' as const, words: [t.norm] }))];
          variants = variants.flatMap((v) => forms.map((f) => [...v, ...f]));
        }
        return variants;
      }
      const lemma = alt.length > 1 && alt.endsWith('~');
      const steps: Step[] = tokenize(lemma ? alt.slice(0, -1) : alt).map((t) => ({ kind: 'word' as const, words: [t.norm] }));
      if (!lemma || steps.length === 0) return [steps];
      const head = steps.slice(0, -1);
      const last = steps[steps.length - 1] as { words: string[] };
      return inflectionsOf(last.words[0]).map((w) => [...head, { kind: 'word' as const, words: [w] }]);
    });
  }

  /** The node reached from `from` through `steps`, creating what is missing. */
  private walk(from: Node<T>, steps: Step[]): Node<T> {
    let node = from;
    for (const step of steps) {
      if (step.kind === 'word') {
        const w = step.words[0];
        let child = node.next.get(w);
        if (!child) {
          if (node.next === NO_NEXT) node.next = new Map();
          node.next.set(w, (child = newNode()));
        }
        node = child;
      } else if (step.kind === 'set') {
        let edge = node.sets.find((c) => c.words === step.words);
        if (!edge) {
          if (node.sets === NONE) node.sets = [];
          node.sets.push((edge = { words: step.words, node: newNode() }));
        }
        node = edge.node;
      } else {
        const cls = this.classes[step.name];
        if (isTest(cls)) {
          if (node === this.root) throw new Error(`word class @${step.name} tests tokens and cannot begin a pattern`);
          let edge = node.tests.find((c) => c.test === cls);
          if (!edge) {
            let id = this.testIds.get(cls);
            if (id === undefined) this.testIds.set(cls, (id = this.testIds.size));
            if (node.tests === NONE) node.tests = [];
            node.tests.push((edge = { test: cls, id, node: newNode() }));
          }
          node = edge.node;
        } else {
          let edge = node.classes.find((c) => c.words === cls);
          if (!edge) {
            if (node.classes === NONE) node.classes = [];
            node.classes.push((edge = { words: cls, node: newNode() }));
          }
          node = edge.node;
        }
      }
    }
    return node;
  }

  /**
   * Every match at every start, unfiltered. Callers choose how overlaps resolve. `text` is what
   * the tokens index into, for TokenTest classes (without it those never match).
   */
  matchTokens(tokens: readonly Token[], text?: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const stack: Array<Node<T> | number> = [];
    if (!this.starts) {
      this.indexSets();
      this.starts = this.startWords();
    }
    const rootClasses = this.rootClasses!;
    const rootValues = this.root.values.length > 0;
    const root = this.root;
    const maxDepth = this.maxDepth;
    const ranks = this.ranks;
    const n = tokens.length;
    // A token's answer to each test, found once per call: a slot holds the call's stamp and the
    // answer (1 yes, 2 no); a slot with an older stamp is unasked. The buffers are reused.
    const nTests = this.testIds.size;
    if (nTests && this.stamps.length < n * nTests) {
      this.stamps = new Int32Array(Math.max(n * nTests, this.stamps.length * 2));
      this.answers = new Uint8Array(this.stamps.length);
    }
    if (this.calls > 1_000_000_000) {
      this.stamps.fill(0);
      this.calls = 0;
    }
    const stamp = ++this.calls;
    const stamps = this.stamps;
    const answers = this.answers;
    for (let i = 0; i < n; i++) {
      const first = tokens[i].norm;
      if (rootValues) for (const value of root.values) out.push({ startToken: i, endToken: i, start: tokens[i].start, end: tokens[i].start, value, rank: ranks.get(value) });
      // The root step, unrolled: one lookup gives the word edge and the class and set edges this
      // word is in (indexed together); most tokens start nothing.
      const via = rootClasses.get(first);
      if (via === undefined) continue;
      for (let k = 0; k < via.length; k++) stack.push(via[k], i + 1);
      // Then depth-first over (node, position) pairs; most starts end at the first lookup.
      while (stack.length) {
        const at = stack.pop() as number;
        const node = stack.pop() as Node<T>;
        const values = node.values;
        for (let k = 0; k < values.length; k++) out.push({ startToken: i, endToken: at, start: tokens[i].start, end: tokens[at - 1].end, value: values[k], rank: ranks.get(values[k]) });
        if (at >= n || at - i >= maxDepth) continue;
        const word = tokens[at].norm;
        const child = node.next.get(word);
        if (child) stack.push(child, at + 1);
        const alt = node.alt?.get(word);
        if (alt !== undefined) {
          if (Array.isArray(alt)) for (let k = 0; k < alt.length; k++) stack.push(alt[k], at + 1);
          else stack.push(alt, at + 1);
        }
        const classes = node.classes;
        for (let k = 0; k < classes.length; k++) if (classes[k].words.has(word)) stack.push(classes[k].node, at + 1);
        const tests = node.tests;
        if (tests.length && text !== undefined) {
          for (let k = 0; k < tests.length; k++) {
            const slot = at * nTests + tests[k].id;
            if (stamps[slot] !== stamp) {
              stamps[slot] = stamp;
              answers[slot] = tests[k].test.test(tokens[at], text) ? 1 : 2;
            }
            if (answers[slot] === 1) stack.push(tests[k].node, at + 1);
          }
        }
      }
    }
    return out;
  }

  /** Builds every node's word index of its set edges (after adds, before the next match). */
  private indexSets(): void {
    const seen = new Set<Node<T>>();
    const stack: Node<T>[] = [this.root];
    while (stack.length) {
      const node = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      node.alt = undefined;
      if (node.sets.length) {
        const alt = new Map<string, Node<T> | Node<T>[]>();
        for (const edge of node.sets) {
          for (const w of edge.words) {
            const had = alt.get(w);
            if (had === undefined) alt.set(w, edge.node);
            else if (Array.isArray(had)) had.push(edge.node);
            else alt.set(w, [had, edge.node]);
          }
        }
        node.alt = alt;
      }
      for (const c of node.next.values()) stack.push(c);
      for (const e of node.classes) stack.push(e.node);
      for (const e of node.tests) stack.push(e.node);
      for (const e of node.sets) stack.push(e.node);
    }
  }

  private startWords(): Set<string> {
    const words = new Set(this.root.next.keys());
    const via = new Map<string, Node<T>[]>();
    for (const [w, child] of this.root.next) via.set(w, [child]);
    for (const edge of [...this.root.classes, ...this.root.sets]) {
      for (const w of edge.words) {
        words.add(w);
        let list = via.get(w);
        if (!list) via.set(w, (list = []));
        list.push(edge.node);
      }
    }
    this.rootClasses = via;
    return words;
  }

  match(text: string): PhraseMatch<T>[] {
    return this.matchTokens(tokenize(text), text);
  }
}

/**
 * Keep the longest match at each position, left to right, dropping any that overlap a kept one.
 * Matches arrive grouped by start token in ascending order (as matchTokens emits them), so
 * one pass suffices; among equally long matches the one whose value was added first wins.
 */
export function longestNonOverlapping<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const kept: PhraseMatch<T>[] = [];
  let frontier = 0;
  let i = 0;
  while (i < matches.length) {
    const start = matches[i].startToken;
    let best = matches[i];
    for (i++; i < matches.length && matches[i].startToken === start; i++) {
      const m = matches[i];
      if (m.endToken > best.endToken || (m.endToken === best.endToken && (m.rank ?? 0) < (best.rank ?? 0))) best = m;
    }
    if (start < frontier) continue;
    kept.push(best);
    frontier = best.endToken;
  }
  return kept;
}
