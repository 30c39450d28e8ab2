/** Characters of the quote the folded reason shows; the line is cut by CSS too, this keeps it short to read. */
const QUOTE_CHARACTERS = 70;

/**
 * The reason in one line: the customer's (or agent's) words it rests on, quoted, since those are what the
 * agent recognises at a glance. A reason without a quote gives its first sentence.
 */
export function reasonLine(reason: string): string {
  const quoted = /"([^"]+)"/.exec(reason)?.[1]?.trim();
  if (quoted) {
    const short = quoted.length > QUOTE_CHARACTERS ? `${quoted.slice(0, QUOTE_CHARACTERS - 1).trimEnd()}…` : quoted;
    return `“${short.replace(/…+$/, '…')}”`;
  }
  return /^.*?[.!?](?=\s|$)/.exec(reason.trim())?.[0] ?? reason.trim();
}
