// Folding of word forms for themes, English and Spanish alike (a complaint's language is not known):
// "refunds", "refunded" → "refund"; "charge", "charges", "charged", "charging" → "charg";
// "reembolsos" → "reembolso"; "clientes" → "client"; "devoluciones" → "devolucion". Deliberately small:
// plurals and the commonest English endings, no gender ("cobrado"/"cobrada" stay two) and no irregulars.
// A stem is only ever a key; what themes show is a form someone wrote.

const MIN_STEM = 3;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** The stem of a folded word (lower case, no accents; see tokens.ts). */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  // One suffix: -ing, -ed or a plural -s ("access", "status", "crisis" are not plurals).
  if (w.endsWith('ing') && w.length - 3 >= MIN_STEM) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  // A final e, so that "charge" meets "charged" and Spanish "-es" plurals meet their singular.
  if (w.endsWith('e') && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  // "delay"/"delays" meet "replies" → "repli" the same way: final y as i.
  if (w.endsWith('y') && w.length > MIN_STEM) w = `${w.slice(0, -1)}i`;
  // "shipped" → "shipp" → "ship", "cancelled" → "cancel"; "bill" → "bil" too, so all its forms agree.
  const last = w[w.length - 1]!;
  if (w.length > MIN_STEM && last === w[w.length - 2] && !VOWELS.has(last)) w = w.slice(0, -1);
  return w;
}
