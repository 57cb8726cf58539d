import type { TextRange, VpDocument, Shot } from '../format/types.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SAFETY_CATEGORIES = [
  'violence',
  'sexual',
  'minors',
  'real-person',
  'third-party-ip',
  'hate',
  'self-harm',
  'dangerous',
  'vulgar',
] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** How likely a term is to be blocked: block → error, warn → warning, info → information. */
export type SafetyTier = 'block' | 'warn' | 'info';

export const RULE_IDS = [
  'structure/missing-subject',
  'structure/missing-action',
  'structure/missing-environment',
  'structure/missing-camera',
  'structure/vague',
  'safety/visual',
  'safety/audio',
  'params/unknown-model',
  'params/unpinned-model',
  'params/retired-model',
  'params/unsupported-duration',
  'params/unsupported-resolution',
  'params/unsupported-aspect-ratio',
  'params/unsupported-audio',
  'params/too-many-references',
  'params/prompt-too-long',
  'references/not-found',
  'references/too-large',
  'references/unsupported-format',
  'format/yaml',
  'format/unknown-key',
  'format/invalid-value',
  'format/unknown-var',
  'format/tab',
  'format/crlf',
  'format/bom',
  'format/empty',
  'format/too-large',
  'format/unclosed-front-matter',
  'format/bad-override',
  'format/empty-shot',
  'format/duplicate-shot',
  'format/var-boundary',
  'config/invalid',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface TextEdit {
  range: TextRange;
  newText: string;
  /** The same edit as a VS Code snippet (tab stops, choices) for editors that take one. */
  snippet?: string;
}

export type FixKind =
  | 'rewording'
  | 'insert-component'
  | 'snap-duration'
  | 'snap-value'
  | 'pin-model'
  | 'replace-model'
  | 'disable-line'
  | 'format';

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
  /** Safe to apply unattended in "fix all". */
  isPreferred?: boolean;
}

export interface LintDiagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: TextRange;
  /** Heading text of the shot, "" for the unnamed shot; undefined for file-level findings. */
  shot?: string;
  category?: SafetyCategory;
  tier?: SafetyTier;
  /** Safer rewordings / replacement values, in order of preference. */
  suggestions?: string[];
  fixes?: Fix[];
}

export type RuleLevel = 'off' | Severity;

/** Project configuration (.vpromptrc.json), already validated. */
export interface LintConfig {
  rules: Partial<Record<RuleId, RuleLevel>>;
  safety: {
    /** Extra terms to flag. */
    flag: Array<{
      term: string;
      category: SafetyCategory;
      channel?: 'visual' | 'audio' | 'both';
      tier?: SafetyTier;
      suggestions?: string[];
    }>;
    /** Terms/phrases never flagged in this project. */
    accept: string[];
    /** Extra rewordings for built-in terms: term → suggestions. */
    rewordings: Record<string, string[]>;
  };
}

export const DEFAULT_CONFIG: LintConfig = { rules: {}, safety: { flag: [], accept: [], rewordings: {} } };

/** Things a rule may need from outside the text; all optional so pure text linting works anywhere. */
export interface LintEnvironment {
  /** Stat a reference path relative to the document; undefined = don't check files. */
  statFile?: (relativePath: string) => { exists: boolean; size?: number; isFile?: boolean } | undefined;
  /**
   * The day (YYYY-MM-DD) model deprecations and retirements are judged by; undefined = don't
   * judge them. The CLI and the editor pass today's date (catalog `isoDay(Date.now())`), tests
   * a fixed one: rules never read the clock.
   */
  today?: string;
}

export interface RuleContext {
  doc: VpDocument;
  config: LintConfig;
  env: LintEnvironment;
  report(d: LintDiagnostic): void;
}

/** A rule looks at one shot at a time; file-level rules use `checkDocument`. */
export interface Rule {
  id: string;
  checkShot?(shot: Shot, ctx: RuleContext): void;
  checkDocument?(ctx: RuleContext): void;
}
