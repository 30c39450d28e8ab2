import type { InteractionRecord } from './model';
import { findEmails } from './redact/emails';
import { fold } from './redact/fold';
import { nameMatcher } from './redact/names';
import { findNumbers } from './redact/numbers';
import { type Kind, mergeSorted, PLACEHOLDER, replaceSpans, type Span } from './redact/spans';

export { luhn } from './redact/checksums';
export { PLACEHOLDER };

/** What an export blanks out (with `PLACEHOLDER`s). */
export interface Redaction {
  emails?: boolean;
  phones?: boolean;
  /**
   * Card numbers (13–19 digits that pass the Luhn check, so order and tracking numbers survive) and bank
   * accounts: IBANs (mod-97 checked), a UK sort code with its account number, a U.S. routing number with its.
   */
  cards?: boolean;
  /** The record's customer name, whole and each part of it ("Maria", "Garcia"), wherever it appears. */
  names?: boolean;
}

// Bank accounts are payment details like card numbers: they go with the same choice.
const OPTION: Record<Kind, keyof Redaction> = {
  email: 'emails',
  phone: 'phones',
  card: 'cards',
  account: 'cards',
  name: 'names',
};

export function hasRedaction(r: Redaction | undefined): boolean {
  return Boolean(r && (r.emails || r.phones || r.cards || r.names));
}

/**
 * A redactor for one record's texts (built once: the name matcher depends on the customer). The text is
 * folded for matching (NFKC, digits of any script, one space and one dash, no accents, lower case), and what
 * is found is replaced in the text as written, which is otherwise returned unchanged.
 */
export function redactor(options: Redaction, names: string[] = []): (text: string) => string {
  const matchNames = options.names ? nameMatcher(names) : null;
  const wanted = (kind: Kind) => Boolean(options[OPTION[kind]]);
  const numbers = options.phones || options.cards;
  if (!options.emails && !numbers && !matchNames) return (text) => text;
  return (text) => {
    const f = fold(text);
    const emails: Span[] = [];
    const others: Span[] = [];
    const people: Span[] = [];
    if (options.emails) findEmails(f, emails);
    if (numbers) findNumbers(f, wanted, others);
    matchNames?.(f, people);
    return replaceSpans(f, mergeSorted([emails, others, people]));
  };
}

/**
 * The record with every free text redacted: subject, link, opening words, notes, tags, the quoted evidence
 * and the words of each phrase used (their variables filled in with the customer's name, order number…).
 */
export function redactRecord(record: InteractionRecord, options: Redaction): InteractionRecord {
  const names = record.customerName ? [record.customerName] : [];
  const r = redactor(options, names);
  const maybe = (text: string | null) => (text === null ? null : r(text));
  const { notes } = record;
  return {
    ...record,
    subject: maybe(record.subject),
    // The ticket's own page, but its query can carry what the helpdesk put there ("?requester=maria%40…").
    url: maybe(record.url),
    customerName: options.names && record.customerName !== null ? PLACEHOLDER.name : maybe(record.customerName),
    opening: maybe(record.opening ?? null),
    steps: record.steps.map((s) => ({ ...s, evidence: maybe(s.evidence) })),
    signals: record.signals.map((s) => ({ ...s, evidence: maybe(s.evidence) })),
    phrases: record.phrases.map((p) => ({ ...p, text: maybe(p.text ?? null) })),
    notes: {
      ...notes,
      complaint: r(notes.complaint),
      solution: r(notes.solution),
      outcome: r(notes.outcome),
      tags: notes.tags.map(r),
      text: r(notes.text),
    },
  };
}
