/**
 * `text` in at most `max` characters: whole when it fits, else cut and ended with "…". The one way to
 * shorten text for showing (a convention test keeps it so). The cut falls after the last whole word when one
 * ends in the last third of the room, so a quote never stops mid-word ("I was charg…"); a single long word
 * (a link, a code) is cut where the room ends. It never splits a character made of two UTF-16 code units
 * (an emoji), which would show as a broken glyph.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  const wordEnd = lastWordEnd(text, end);
  if (wordEnd >= Math.ceil((end * 2) / 3)) end = wordEnd;
  return `${text.slice(0, end).trimEnd()}…`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where the last word that ends within `text.slice(0, end)` ends (at a space, or at `end` itself). */
function lastWordEnd(text: string, end: number): number {
  if (/\s/.test(text[end] ?? '')) return end;
  const space = text.slice(0, end).search(/\s\S*$/);
  return space < 0 ? 0 : space;
}
