import { type Folded, fold, OTHER, UNSPACED } from './fold';
import { PLACEHOLDER, type Span } from './spans';

// Titles and name particles are ordinary words elsewhere in the text ("de", "la", "van", "Dr").
const TITLES = new Set('mr mrs ms mx dr miss prof sir madam mme mlle sr sra srta herr frau'.split(' '));
const PARTICLES = new Set('de da del della di du la le van von der den dos das bin al el y e ter ten'.split(' '));
// A placeholder already in the text is not the customer's name, even for a customer called "Name".
const PLACEHOLDER_WORDS = new Set(Object.values(PLACEHOLDER).map((p) => p.slice(1, -1)));
// Between two words of one name: spaces however many, "Dr. ", "Cruz, ", "Garcia-Lopez", "O'Brien". Never a
// line break: two lines are two things.
const GAP = /^[ .,'-]*$/;
const MAX_GAP = 8;

interface Words {
  start: number[];
  end: number[];
}

/** The words of the folded text: runs of letters and digits, and each letter of a script written unspaced. */
function wordsOf(f: Folded): Words {
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < f.cls.length;) {
    const k = f.cls[i];
    if (k === OTHER) {
      i++;
      continue;
    }
    start.push(i);
    if (k === UNSPACED) i += f.text.codePointAt(i)! > 0xffff ? 2 : 1;
    else while (i < f.cls.length && f.cls[i] !== OTHER && f.cls[i] !== UNSPACED) i++;
    end.push(i);
  }
  return { start, end };
}

const isNameWord = (word: string) => !TITLES.has(word) && !PARTICLES.has(word);

/** A way the name is written: its folded words, and what the name itself has before each (none before the first). */
interface Form {
  words: string[];
  gaps: string[];
}

/**
 * The whole name, the name without its titles, each part between spaces or commas, and the words of a part
 * joined the way names are ("García-López", "O'Brien"), unlike those of "maria.garcia@example.com".
 */
function formsOf(name: string): Form[] {
  const f = fold(name);
  const w = wordsOf(f);
  const words = w.start.map((s, k) => f.text.slice(s, w.end[k]));
  const gaps = w.start.map((s, k) => (k ? f.text.slice(w.end[k - 1], s) : ''));
  const part = (from: number, to: number): Form => ({
    words: words.slice(from, to),
    gaps: ['', ...gaps.slice(from + 1, to)],
  });
  const forms = [part(0, words.length)];
  const firstName = words.findIndex((word) => !TITLES.has(word));
  if (firstName > 0) forms.push(part(firstName, words.length));
  for (let from = 0, k = 1; k <= words.length; k++) {
    if (k < words.length && !/[\s,]/.test(gaps[k]!)) continue;
    forms.push(part(from, k));
    const nameLike = gaps.slice(from + 1, k).every((gap) => /^[-']$/.test(gap));
    if (k - from > 1 && nameLike) for (let n = from; n < k; n++) forms.push(part(n, n + 1));
    from = k;
  }
  return forms.filter((form) => [...form.words.join('')].length >= 2 && form.words.some(isNameWord));
}

/**
 * A matcher for the customer names, whole and by part, in any case, with or without accents, however spaced.
 * Each word of the text is looked up once by itself, then compared with the names that start with it: linear
 * in the text for a given list of names.
 */
export function nameMatcher(names: readonly string[]): ((f: Folded, out: Span[]) => void) | null {
  const byFirst = new Map<string, Form[]>();
  const seen = new Set<string>();
  for (const form of names.flatMap(formsOf)) {
    const key = JSON.stringify(form);
    if (seen.has(key)) continue;
    seen.add(key);
    byFirst.set(form.words[0]!, [...(byFirst.get(form.words[0]!) ?? []), form]);
  }
  if (!byFirst.size) return null;
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  return (f, out) => {
    const w = wordsOf(f);
    const count = w.start.length;
    const isWordAt = (k: number, word: string) =>
      k < count && w.end[k]! - w.start[k]! === word.length && f.text.startsWith(word, w.start[k]);
    // Joined as names are, or exactly as this name is ("maria.garcia@example.com").
    const joined = (k: number, own: string) => {
      const from = w.end[k - 1]!;
      const to = w.start[k]!;
      if (to - from === own.length && f.text.startsWith(own, from)) return true;
      return to - from <= MAX_GAP && GAP.test(f.text.slice(from, to));
    };
    const matches = (k: number, form: Form) =>
      form.words.every((word, n) => n === 0 || (isWordAt(k + n, word) && joined(k + n, form.gaps[n]!)));
    const isPlaceholder = (k: number, word: string) =>
      PLACEHOLDER_WORDS.has(word) && f.text[w.start[k]! - 1] === '[' && f.text[w.end[k]!] === ']';

    for (let k = 0; k < count;) {
      const word = f.text.slice(w.start[k], w.end[k]);
      const form = isPlaceholder(k, word) ? undefined : byFirst.get(word)?.find((candidate) => matches(k, candidate));
      if (!form) {
        k++;
        continue;
      }
      const length = form.words.length;
      out.push({ start: w.start[k]!, end: w.end[k + length - 1]!, kind: 'name' });
      k += length;
    }
  };
}
