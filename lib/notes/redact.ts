import type { InteractionRecord } from './model';

/** What an export blanks out. Placeholders are fixed tokens, the same in every language. */
export interface Redaction {
  emails?: boolean;
  phones?: boolean;
  /** Card numbers: 13–19 digits that pass the Luhn check, so order and tracking numbers survive. */
  cards?: boolean;
  /** The record's customer name, whole and each part of it ("Maria", "Garcia"), wherever it appears. */
  names?: boolean;
}

export const PLACEHOLDER = { email: '[email]', phone: '[phone]', card: '[card]', name: '[name]' } as const;

export function hasRedaction(r: Redaction | undefined): boolean {
  return Boolean(r && (r.emails || r.phones || r.cards || r.names));
}

// Not glued to other letters or digits: "A1234567" and "1Z999AA10123456784" are ids, not numbers.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const CARD = /(?<![\p{L}\p{N}+])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;
// Digits with spaces, dashes or brackets between them, optionally after + or 00. Dots are left out on
// purpose: "1.234.567" is an amount far more often than a phone number.
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d ()-]{5,}\d(?![\p{L}\p{N}])/gu;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/;

/** The Luhn checksum every payment card number passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15 || DATE.test(match)) return false;
  // A bare run of digits is an order number unless it has a trunk prefix ("07700 900123" written together).
  const international = match.startsWith('+') || match.startsWith('00');
  const grouped = /[ ()-]/.test(match);
  return international || grouped || (digits.startsWith('0') && digits.length >= 10);
}

// Titles and name particles are ordinary words elsewhere in the text ("de", "la", "van", "Dr").
const NOT_NAMES = new Set(
  'mr mrs ms mx dr miss prof sir madam de da del della di du la le van von der den dos das bin al el y e ter ten'.split(
    ' ',
  ),
);

/** The whole name and its parts, longest first; particles ("de", "van") and titles ("Dr.") are not names. */
function nameParts(name: string): string[] {
  const parts = name
    .split(/[\s,]+/)
    .map((p) => p.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((p) => p.length >= 2 && !NOT_NAMES.has(p.toLowerCase()));
  return [...new Set([name.trim(), ...parts])].filter(Boolean).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namePattern(names: string[]): RegExp | null {
  const parts = [...new Set(names.flatMap(nameParts))].sort((a, b) => b.length - a.length);
  if (!parts.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A redactor for one record's texts (built once: the name pattern depends on the customer). */
export function redactor(options: Redaction, names: string[] = []): (text: string) => string {
  const name = options.names ? namePattern(names) : null;
  return (text) => {
    let out = text;
    if (options.emails) out = out.replace(EMAIL, PLACEHOLDER.email);
    if (options.cards) out = out.replace(CARD, (m) => (luhn(m.replace(/\D/g, '')) ? PLACEHOLDER.card : m));
    if (options.phones) out = out.replace(PHONE, (m) => (isPhone(m) ? PLACEHOLDER.phone : m));
    if (name) out = out.replace(name, PLACEHOLDER.name);
    return out;
  };
}

/** The record with every free text redacted: subject, notes, tags and the quoted evidence. */
export function redactRecord(record: InteractionRecord, options: Redaction): InteractionRecord {
  const names = record.customerName ? [record.customerName] : [];
  const r = redactor(options, names);
  const maybe = (text: string | null) => (text === null ? null : r(text));
  const { notes } = record;
  return {
    ...record,
    subject: maybe(record.subject),
    customerName: options.names && record.customerName !== null ? PLACEHOLDER.name : maybe(record.customerName),
    steps: record.steps.map((s) => ({ ...s, evidence: maybe(s.evidence) })),
    signals: record.signals.map((s) => ({ ...s, evidence: maybe(s.evidence) })),
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
