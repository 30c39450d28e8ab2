import { type Folded, isWord, LETTER, UNSPACED } from './fold';
import type { Span } from './spans';

// '=', '&', '?', '/' and ':' are left out so that "?email=maria@x.com" and "mailto:maria@x.com" keep their key.
const LOCAL_PUNCTUATION = "._%+-'";
// RFC 5321: a local part has 64 characters at most, so a quoted one is looked for that far back and no further.
const MAX_QUOTED = 64;

const isLocal = (f: Folded, i: number) => isWord(f, i) || LOCAL_PUNCTUATION.includes(f.text[i]!);
const isDomain = (f: Folded, i: number) => isWord(f, i) || f.text[i] === '-' || f.text[i] === '.';

/** An "@" as typed, or URL-encoded in a stored link ("maria%40example.com"): its length, or 0. */
function atSign(text: string, i: number): number {
  if (text[i] === '@') return 1;
  return text.startsWith('%40', i) ? 3 : 0;
}

/** Where the local part before the "@" at `at` starts (or `at` when there is none). */
function localStart(f: Folded, runStart: number, at: number): number {
  if (f.text[at - 1] === '"') {
    for (let i = at - 2; i >= Math.max(0, at - 2 - MAX_QUOTED) && f.text[i] !== '\n'; i--) {
      if (f.text[i] === '"') return i;
    }
    return at;
  }
  let start = runStart;
  // A sentence's full stop or a quote before the address is not part of it.
  while (start < at && (f.text[start] === '.' || f.text[start] === "'")) start++;
  return start;
}

const isTld = (f: Folded, start: number, end: number) => {
  if (f.text.startsWith('xn--', start)) return end - start > 4;
  for (let i = start; i < end; i++) if (f.cls[i] !== LETTER && f.cls[i] !== UNSPACED) return false;
  return end - start >= 2;
};

/**
 * The end of the domain that starts at `start` and runs to `end` at most: labels separated by dots, the last
 * one a top-level domain (letters). A trailing full stop or a number after it ("x.com.5") is left out.
 * Returns -1 when there is no such domain.
 */
function domainEnd(f: Folded, start: number, end: number): number {
  const dots: number[] = [];
  for (let i = start; i < end; i++) {
    if (f.text[i] !== '.') continue;
    if (i === start || f.text[i - 1] === '.') break;
    dots.push(i);
  }
  let labelEnd = end;
  for (let d = dots.length - 1; d >= 0; d--) {
    const tldStart = dots[d]! + 1;
    let tldEnd = labelEnd;
    while (tldEnd > tldStart && f.text[tldEnd - 1] === '-') tldEnd--;
    if (isTld(f, tldStart, tldEnd)) return tldEnd;
    labelEnd = dots[d]!;
  }
  return -1;
}

/**
 * E-mail addresses, in one pass: each "@" reads the run of local-part characters before it (tracked as the
 * pass goes) and the run of domain characters after it. Neither run can contain an "@" or a "%", so no
 * character is read for more than two addresses, however many "@" the text holds.
 */
export function findEmails(f: Folded, out: Span[]): void {
  const { text } = f;
  let runStart = 0;
  for (let i = 0; i < text.length;) {
    const at = atSign(text, i);
    if (!at) {
      if (!isLocal(f, i)) runStart = i + 1;
      i++;
      continue;
    }
    const start = localStart(f, runStart, i);
    let scanned = i + at;
    while (scanned < text.length && isDomain(f, scanned)) scanned++;
    const end = start < i ? domainEnd(f, i + at, scanned) : -1;
    if (end > 0) out.push({ start, end, kind: 'email' });
    i = end > 0 ? end : i + at;
    runStart = i;
  }
}
