// The English tagger behind the Tagger port: wink-nlp with its small English model (MIT), a
// part-of-speech tagger and lemmatiser that runs at about 2 MB/s here. Bundled on its own
// (dist/nlp.js) and required by ./tagger.ts only when a shot needs it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WORDNET_PLACE, WORDNET_TIME, WORDNET_VEHICLE, WORDNET_VERB, WORDNET_WEATHER } from './places.generated.js';
import type { Pos, Tagger, TaggedToken } from './types.js';

export function createTagger(): Tagger {
  // Only the tagger: sentence splitting, negation, sentiment and entities are not needed.
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return {
    words: { place: WORDNET_PLACE, time: WORDNET_TIME, weather: WORDNET_WEATHER, vehicle: WORDNET_VEHICLE, verb: WORDNET_VERB },
    tag(text: string): TaggedToken[] {
      // Prompts capitalise their first word ("Dancing barefoot…", "Fireflies blink…"), which the
      // model reads as a name. Lower-case a capitalised opening word (not an all-caps one) of
      // each sentence; offsets do not change.
      const input = text.replace(/(^|[.!?]\s+)([A-Z])([a-z]+)/g, (_m, pre: string, c: string, rest: string) => `${pre}${c.toLowerCase()}${rest}`);
      const tokens = nlp.readDoc(input).tokens();
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as Pos[];
      // its.lemma is typed for add-on models; the English model provides it.
      const lemmas = tokens.out(its.lemma as never) as unknown as string[];
      const out: TaggedToken[] = [];
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        // The model keeps surface text; find it from where the last token ended.
        const at = input.indexOf(v, cursor);
        if (at < 0) continue;
        cursor = at + v.length;
        const first = text.charCodeAt(at);
        out.push({ norm: v.toLowerCase(), start: at, end: cursor, pos: pos[i], lemma: (lemmas[i] ?? v).toLowerCase(), capital: first >= 65 && first <= 90 });
      }
      return out;
    },
  };
}
