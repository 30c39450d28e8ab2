import { en } from './cues/en';
import { es } from './cues/es';
import { CueSet } from './cues/schema';
import { compileLexicon, matchCues, textOptionsOf, type Hits, type Lexicon } from './lexicon';
import { createProfanityCheck, type ProfanityCheck } from './profanity';
import { readText, type TextInfo, type TextOptions } from './text';

export const BUILT_IN_CUES: readonly CueSet[] = [en, es];

/** The compiled cue words of one language (built-in plus a pack's), and what reads text with them. */
export interface CueReader {
  lexicon: Lexicon;
  profanity: ProfanityCheck;
  text: TextOptions;
}

// Compiling cue sets takes milliseconds; keep one reader per (cue sets, locale) so analyze() stays cheap.
const readers = new WeakMap<readonly CueSet[], Map<string, CueReader>>();
const NO_EXTRA: readonly CueSet[] = [];

export function cueReaderFor(extra: readonly CueSet[] = NO_EXTRA, locale = 'en'): CueReader {
  let byLocale = readers.get(extra);
  if (!byLocale) readers.set(extra, (byLocale = new Map()));
  let reader = byLocale.get(locale);
  if (!reader) {
    const lexicon = compileLexicon([...BUILT_IN_CUES, ...extra.map((set) => CueSet.parse(set))], locale);
    reader = { lexicon, profanity: createProfanityCheck(lexicon), text: textOptionsOf(lexicon) };
    byLocale.set(locale, reader);
  }
  return reader;
}

export interface TextRead {
  info: TextInfo;
  hits: Hits;
}

export function readWith(reader: CueReader, text: string): TextRead {
  const info = readText(text, reader.text);
  return { info, hits: matchCues(reader.lexicon, info) };
}
