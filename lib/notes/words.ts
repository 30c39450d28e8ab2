import type { InteractionRecord } from './model';

// Search is by word prefix over a multiEntry index of these tokens ("refu" finds "Refund", "cafe" finds
// "Café"). Single letters would only bloat the index; very long runs (pasted ids, hashes) are cut.
const MIN_LENGTH = 2;
const MAX_LENGTH = 40;

/** Lower case without accents, so the index and the query meet whatever the agent typed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Distinct search tokens of `text`, in order of first appearance. */
export function tokens(text: string): string[] {
  const found = new Set<string>();
  for (const word of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= MIN_LENGTH) found.add(word.slice(0, MAX_LENGTH));
  }
  return [...found];
}

/** The fields search reads (every schema version since v2 has them; the opening words since v4). */
export type Searched = Pick<InteractionRecord, 'ticketId' | 'subject' | 'customerName' | 'notes'> &
  Partial<Pick<InteractionRecord, 'opening'>>;

/**
 * What the full-text search covers: the ticket, the customer, the opening words (what a record without a
 * subject is found by) and everything the agent wrote.
 */
export function searchWords(record: Searched): string[] {
  const { notes } = record;
  return tokens(
    [
      record.ticketId,
      record.subject ?? '',
      record.customerName ?? '',
      record.opening ?? '',
      notes.complaint,
      notes.solution,
      notes.outcome,
      notes.text,
      ...notes.tags,
    ].join('\n'),
  );
}

/** Search terms, each matched as a word prefix; single letters count here ("j" while typing "jane"). */
export function queryTerms(query: string): string[] {
  const terms = normalise(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_LENGTH));
  return [...new Set(terms)];
}
