import { customerDate, DATE_VARIABLES, ownValue, segmentsOf, type VariableValues } from '@/lib/packs';

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; text: string }
  | { kind: 'missing'; name: string; text: string };

export interface Resolved {
  pieces: Piece[];
  /** Variables with no value yet, in order of first use. */
  missing: string[];
  /** Variables the agent gives a value for (filled or not): their fields stay while they type. */
  asked: string[];
  /** The text to insert, complete only when nothing is missing. */
  text: string;
}

/** A value as the customer reads it: dates in words, in the phrase's language; everything else as given. */
function written(name: string, value: string, locale: string): string {
  return DATE_VARIABLES.has(name) ? (customerDate(value, locale) ?? value) : value;
}

/**
 * A phrase with its variables filled from the conversation, then from what the agent typed, each value
 * written in the phrase's `locale`.
 */
export function resolvePhrase(
  text: string,
  values: VariableValues,
  fills: Readonly<Record<string, string>>,
  locale: string,
): Resolved {
  const pieces = segmentsOf(text).map((segment): Piece => {
    if (segment.kind === 'text') return segment;
    // Own values only: a name like {{constructor}} would otherwise find Object.prototype's.
    const known = segment.known ? ownValue(values, segment.name) : undefined;
    const filled = ownValue(fills, segment.name)?.trim();
    const value = known || filled;
    if (value) return { kind: 'value', name: segment.name, text: written(segment.name, value, locale) };
    return { kind: 'missing', name: segment.name, text: segment.text };
  });
  const missing = [...new Set(pieces.flatMap((piece) => (piece.kind === 'missing' ? [piece.name] : [])))];
  const asked = [
    ...new Set(
      segmentsOf(text).flatMap((s) =>
        s.kind === 'variable' && !(s.known && ownValue(values, s.name)) ? [s.name] : [],
      ),
    ),
  ];
  return { pieces, missing, asked, text: pieces.map((piece) => piece.text).join('') };
}
