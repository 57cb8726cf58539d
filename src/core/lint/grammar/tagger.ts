// Loads the tagger on first use. In the bundles, './nlp.js' is dist/nlp.js next to the bundle
// that asks (esbuild keeps it external); under tsx it is ./nlp.ts. If it cannot be loaded the
// structure analysis falls back to the lexicons alone rather than failing the lint.
import type { Tagger } from './types.js';

declare const require: (id: string) => unknown;

let loaded: Tagger | null | undefined;
let override: Tagger | null | undefined;

export function defaultTagger(): Tagger | undefined {
  if (override !== undefined) return override ?? undefined;
  if (loaded === undefined) {
    try {
      loaded = (require('./nlp.js') as typeof import('./nlp.js')).createTagger();
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

/** Tests and benchmarks: replace the tagger, `null` turns the analysis off, `undefined` restores it. */
export function setTagger(t: Tagger | null | undefined): void {
  override = t;
}
