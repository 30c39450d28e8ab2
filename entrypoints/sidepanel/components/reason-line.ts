import { clipText } from '@/lib/clip';
import type { ReasonSource } from './reason-text';

/** Characters of the quote the folded reason shows; the line is cut by CSS too, this keeps it short to read. */
const QUOTE_CHARACTERS = 70;

/**
 * The reason in one line: the customer's (or agent's) words it rests on, quoted, since those are what the
 * agent recognises at a glance, whatever the UI language. A reason without a quote gives its first sentence
 * of `text`, the reason in the UI language.
 */
export function reasonLine(guidance: ReasonSource, text: string): string {
  const quoted = (
    guidance.why ? guidance.why.find((part) => part.quotes[0])?.quotes[0] : /"([^"]+)"/.exec(text)?.[1]
  )?.trim();
  if (quoted) {
    return `“${clipText(quoted, QUOTE_CHARACTERS).replace(/…+$/, '…')}”`;
  }
  return /^.*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
}
