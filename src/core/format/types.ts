// The parsed shape of a `.vprompt` file. Positions are 0-based (line, character) like VS Code's;
// adapters that speak 1-based (CLI, SARIF) convert at their edge.

export interface Pos {
  line: number;
  character: number;
}

export interface TextRange {
  start: Pos;
  end: Pos;
}

export type Tier = 'fast' | 'standard' | 'pro';

/** Settings a file or a shot can set. All optional: the catalog supplies defaults. */
export interface RenderParams {
  model?: string;
  tier?: Tier;
  duration?: number;
  resolution?: string;
  aspect_ratio?: string;
  audio?: boolean;
  seed?: number;
  negative?: string;
  references?: string[];
}

export const PARAM_KEYS = [
  'model',
  'tier',
  'duration',
  'resolution',
  'aspect_ratio',
  'audio',
  'seed',
  'negative',
  'references',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

export interface FrontMatter {
  /** Range of the whole block including both `---` fences. */
  range: TextRange;
  params: RenderParams;
  vars: Record<string, string>;
  /** Where each top-level key (and each `vars.<name>`) was written, for diagnostics on the exact words. */
  keyRanges: Record<string, TextRange>;
  valueRanges: Record<string, TextRange>;
}

/** The component a labeled line declares. Free prose has label `undefined`. */
export type ComponentLabel =
  | 'subject'
  | 'action'
  | 'environment'
  | 'lighting'
  | 'camera'
  | 'mood'
  | 'audio'
  | 'negative';

/** Which safety rule set applies to a piece of text. */
export type Channel = 'visual' | 'audio' | 'negative';

/**
 * One contiguous piece of shot text after `{{var}}` expansion, with a map back to the source
 * so findings in expanded text land on the exact words (or on the `{{var}}` that produced them).
 */
export interface Segment {
  /** Expanded text of this piece. */
  text: string;
  label?: ComponentLabel;
  channel: Channel;
  /** Source line (0-based). Segments never span lines. */
  line: number;
  /** Column where `text` starts in the source line when there are no expansions. */
  sourceStart: number;
  /** Pieces of `text` that came from a var: [expStart, expEnd) in text ↔ [srcStart, srcEnd) on the line. */
  expansions: Array<{ expStart: number; expEnd: number; srcStart: number; srcEnd: number; name: string }>;
  /** Length of the source text this segment covers on its line. */
  sourceLength: number;
}

export interface ParamOverride {
  key: string;
  value: unknown;
  keyRange: TextRange;
  valueRange: TextRange;
}

export interface Shot {
  /** Heading text; "" for the unnamed shot before the first heading. Not unique: see `id`. */
  name: string;
  /**
   * 1-based: how many shots so far in the file, this one included, have exactly this heading
   * text (1 for the first `# A`, 2 for the second).
   */
  occurrence: number;
  /**
   * Stable identity within the file: `shotId(name, occurrence)` (shotId.ts) — the name itself
   * for its first occurrence, "name\noccurrence" after that. Unique per file.
   */
  id: string;
  index: number;
  /** Heading line, or the first body line for the unnamed shot. */
  line: number;
  /** Range of the heading text (or first body line) — where shot-level findings point. */
  nameRange: TextRange;
  /** Lines the shot spans, heading included, [startLine, endLine]. */
  startLine: number;
  endLine: number;
  /** Last line that has content (for inserting text at the end of the body). */
  lastContentLine: number;
  overrides: ParamOverride[];
  /** File defaults merged with `@key` overrides. */
  params: RenderParams;
  segments: Segment[];
  /** `//` comment lines, by line number, for suppression directives. */
  comments: Array<{ line: number; text: string }>;
}

export interface ParseProblem {
  code:
    | 'format/yaml'
    | 'format/unknown-key'
    | 'format/invalid-value'
    | 'format/unknown-var'
    | 'format/tab'
    | 'format/crlf'
    | 'format/bom'
    | 'format/empty'
    | 'format/too-large'
    | 'format/unclosed-front-matter'
    | 'format/bad-override'
    | 'format/empty-shot';
  severity: 'error' | 'warning' | 'info';
  message: string;
  range: TextRange;
  /** Machine-readable extras for quick fixes (e.g. { key, suggestion }). */
  data?: Record<string, unknown>;
}

export interface VpDocument {
  /** Text after BOM removal and CRLF normalisation (positions refer to this). */
  text: string;
  lines: string[];
  frontMatter?: FrontMatter;
  shots: Shot[];
  problems: ParseProblem[];
}
