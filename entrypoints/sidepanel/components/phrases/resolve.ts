import { ownValue, segmentsOf, type VariableValues } from '@/lib/packs';

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

/** A phrase with its variables filled from the conversation, then from what the agent typed. */
export function resolvePhrase(text: string, values: VariableValues, fills: Readonly<Record<string, string>>): Resolved {
  const pieces = segmentsOf(text, values).map((segment): Piece => {
    if (segment.kind === 'text') return segment;
    // Own values only: a name like {{constructor}} would otherwise find Object.prototype's.
    const filled = ownValue(fills, segment.name)?.trim();
    const known = segment.known && values[segment.name as keyof VariableValues];
    if (known) return { kind: 'value', name: segment.name, text: segment.text };
    if (filled) return { kind: 'value', name: segment.name, text: filled };
    return { kind: 'missing', name: segment.name, text: segment.text };
  });
  const missing = [...new Set(pieces.flatMap((piece) => (piece.kind === 'missing' ? [piece.name] : [])))];
  const asked = [
    ...new Set(
      segmentsOf(text).flatMap((s) =>
        s.kind === 'variable' && !(s.known && values[s.name as keyof VariableValues]) ? [s.name] : [],
      ),
    ),
  ];
  return { pieces, missing, asked, text: pieces.map((piece) => piece.text).join('') };
}
