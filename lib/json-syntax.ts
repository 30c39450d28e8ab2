// Where a text stops being JSON, and what is there, so that the pages can say it in the UI's language:
// JSON.parse's own message is English and differs between engines. Read only after JSON.parse has refused
// the text, the way JSON.parse reads it (RFC 8259), without recursion: a hostile file may nest a million deep.

/** The first place a text is not JSON: 1-based line and column, and the character there (null: it ended). */
export interface JsonSyntaxError {
  line: number;
  column: number;
  found: string | null;
}

/** The value, or where the text is not JSON (null if that could not be told) and the parser's own words. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; at: JsonSyntaxError | null; detail: string };

/** JSON.parse, with the place of the error when it refuses: the one way to read JSON someone wrote. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // JSON.parse throws nothing but a SyntaxError (ECMA-262, JSON.parse step 3).
    return { ok: false, at: jsonSyntaxError(text), detail: (error as SyntaxError).message };
  }
}

/** A character as a message can show it: itself if it can be seen, else its code ("U+000A"). */
export function visibleCharacter(character: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)
    ? character
    : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;
const DIGIT = /^[0-9]$/;
const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };

/** What the reader expects next. */
type Want = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value';

/** The first syntax error of `text`, or null when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let at = 0;
  /** The containers open around `at`, innermost last. */
  const open: Array<'{' | '['> = [];
  let want: Want = 'value';
  for (;;) {
    while (WHITESPACE.has(text[at]!)) at++;
    const c = text[at];
    if (want === 'after-value') {
      const inside = open.at(-1);
      if (inside === undefined) return c === undefined ? null : place(text, at);
      if (c === ',') want = inside === '{' ? 'key' : 'value';
      else if (c === (inside === '{' ? '}' : ']')) open.pop();
      else return place(text, at);
      at++;
    } else if ((want === 'value-or-close' && c === ']') || (want === 'key-or-close' && c === '}')) {
      open.pop();
      at++;
      want = 'after-value';
    } else if (want === 'key' || want === 'key-or-close') {
      if (c !== '"') return place(text, at);
      const end = stringEnd(text, at);
      if (end.error) return place(text, end.at);
      at = end.at;
      while (WHITESPACE.has(text[at]!)) at++;
      if (text[at] !== ':') return place(text, at);
      at++;
      want = 'value';
    } else if (c === '{' || c === '[') {
      open.push(c);
      at++;
      want = c === '{' ? 'key-or-close' : 'value-or-close';
    } else if (c === '"') {
      const end = stringEnd(text, at);
      if (end.error) return place(text, end.at);
      at = end.at;
      want = 'after-value';
    } else if (c !== undefined && c in LITERALS) {
      const word = LITERALS[c]!;
      for (let k = 0; k < word.length; k++, at++) if (text[at] !== word[k]) return place(text, at);
      want = 'after-value';
    } else {
      const end = numberEnd(text, at);
      if (end.error) return place(text, end.at);
      at = end.at;
      want = 'after-value';
    }
  }
}

/** Where the string opening at `at` ends (just after its closing quote), or the place of its error. */
function stringEnd(text: string, at: number): { at: number; error: boolean } {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return { at: i + 1, error: false };
    if (c < ' ') return { at: i, error: true }; // a line break or another control character, raw in a string
    if (c !== '\\') continue;
    const next = text[i + 1];
    if (next === 'u') {
      for (let k = i + 2; k < i + 6; k++) if (!HEX.test(text[k] ?? '')) return { at: k, error: true };
      i += 5;
    } else if (next !== undefined && ESCAPES.has(next)) i++;
    else return { at: i + 1, error: true };
  }
  return { at: text.length, error: true };
}

/** Where the number starting at `at` ends, or the place where a digit was needed (after "-", "." or "e"). */
function numberEnd(text: string, at: number): { at: number; error: boolean } {
  const digit = (i: number) => DIGIT.test(text[i] ?? '');
  let i = at;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (digit(i)) while (digit(i)) i++;
  else return { at: i, error: true };
  if (text[i] === '.') {
    if (!digit(++i)) return { at: i, error: true };
    while (digit(i)) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!digit(i)) return { at: i, error: true };
    while (digit(i)) i++;
  }
  return { at: i, error: false };
}

/** The place `at` as a line and a column, and the character there (a whole emoji, not half of one). */
function place(text: string, at: number): JsonSyntaxError {
  const before = text.slice(0, at);
  const codePoint = text.codePointAt(at);
  return {
    line: before.split('\n').length,
    column: at - before.lastIndexOf('\n'),
    found: codePoint === undefined ? null : String.fromCodePoint(codePoint),
  };
}
