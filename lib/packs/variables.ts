// {{variables}} in phrase text: the names the side panel fills from the conversation, shared by the pack
// linter and the panel so a pack and the panel never disagree about what a name means.

export const KNOWN_VARIABLES = [
  'customer.firstName',
  'customer.name',
  'agent.firstName',
  'ticket.id',
  'ticket.subject',
  'followUp.date',
] as const;
export type VariableName = (typeof KNOWN_VARIABLES)[number];
export type VariableValues = Partial<Record<VariableName, string>>;

export const isKnownVariable = (name: string): name is VariableName =>
  (KNOWN_VARIABLES as readonly string[]).includes(name);

// A well-formed placeholder: {{name}} or {{ name.part }}. Anything else with braces is left as text.
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*)\s*\}\}/g;

export type Segment = { kind: 'text'; text: string } | { kind: 'variable'; name: string; text: string; known: boolean };

/** The text cut into plain runs and placeholders, each placeholder filled from `values` when it has a value. */
export function segmentsOf(text: string, values: VariableValues = {}): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const name = match[1]!;
    const known = isKnownVariable(name);
    segments.push({ kind: 'variable', name, known, text: (known ? values[name] : undefined) ?? match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The text with every known variable that has a value filled in; the rest stay as written. */
export function fillVariables(text: string, values: VariableValues): string {
  return segmentsOf(text, values)
    .map((segment) => segment.text)
    .join('');
}

/** The variable names a text uses, in order of first use. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** Brace runs that look meant as a variable but are not one, like "{{customer name}}" or "{{ticket.id}". */
export function malformedPlaceholders(text: string): string[] {
  const rest = text.replace(PLACEHOLDER, '');
  return [...rest.matchAll(/\{\{[^{}]{0,40}\}?\}?|\{[^{}\s]{1,40}\}\}/g)].map((match) => match[0]);
}
