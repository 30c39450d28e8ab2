// {{variables}} in phrase text: the names the side panel fills from the conversation, shared by the pack
// checks and the panel so a pack and the panel never disagree about what a name means.
import type { Conversation } from '@/lib/conversation';
import { conversationHeader } from '@/lib/notes/subject';

export const KNOWN_VARIABLES = [
  'customer.firstName',
  'customer.name',
  'agent.firstName',
  'ticket.id',
  'ticket.subject',
  'followUp.date',
] as const;
export type VariableName = (typeof KNOWN_VARIABLES)[number];

/** Variables that hold a date (YYYY-MM-DD): the panel asks for them with a date picker and writes them out in words. */
export const DATE_VARIABLES: ReadonlySet<string> = new Set<VariableName>(['followUp.date']);
export type VariableValues = Partial<Record<VariableName, string>>;

export const isKnownVariable = (name: string): name is VariableName =>
  (KNOWN_VARIABLES as readonly string[]).includes(name);

/**
 * The value a record holds for a name, from its own properties only: pack text is a stranger's, and a
 * name like "constructor" or "__proto__" must never reach Object.prototype.
 */
export const ownValue = (record: Readonly<Record<string, string | undefined>>, name: string): string | undefined =>
  Object.hasOwn(record, name) ? record[name] : undefined;

const NAME = String.raw`[A-Za-z]\w*(?:\.[A-Za-z]\w*)*`;
// A well-formed placeholder: {{name}} or {{ name.part }}. Anything else with braces is left as text.
const PLACEHOLDER = new RegExp(String.raw`\{\{\s*(${NAME})\s*\}\}`, 'g');

/**
 * Text none of whose placeholders names an unknown variable. It is the pack schema's check, so the JSON
 * Schema carries it as a pattern: no flags, and `[\s\S]` where `.` would stop at a line break.
 */
export const ONLY_KNOWN_VARIABLES = new RegExp(
  String.raw`^(?![\s\S]*\{\{\s*(?!(?:${KNOWN_VARIABLES.join('|').replaceAll('.', '\\.')})\s*\}\})${NAME}\s*\}\})`,
);

export type Segment = { kind: 'text'; text: string } | { kind: 'variable'; name: string; text: string; known: boolean };

/** The text cut into plain runs and placeholders, each placeholder filled from `values` when it has a value. */
export function segmentsOf(text: string, values: VariableValues = {}): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const name = match[1]!;
    const known = isKnownVariable(name);
    segments.push({ kind: 'variable', name, known, text: (known ? ownValue(values, name) : undefined) ?? match[0] });
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

const firstName = (name: string | null | undefined): string | undefined => name?.trim().split(/\s+/)[0] || undefined;

export interface VariableContext {
  /** The agent's own name, from the options page; else the last person who replied in the conversation. */
  agentName?: string | null;
  /** The follow-up date from the interaction's quick notes (YYYY-MM-DD). */
  followUpDate?: string | null;
}

/**
 * What a phrase's {{variables}} are filled with for this conversation. Missing values are left out, so
 * the panel can show the placeholder and ask the agent for it before inserting. The result has no
 * prototype: looking up any other name, "constructor" included, finds nothing.
 */
export function variablesFor(conversation: Conversation, context: VariableContext = {}): VariableValues {
  const lastAgent = conversation.messages.findLast((message) => message.role === 'agent' && message.author);
  // Intercom's header is the conversation's title or the customer's name: conversationHeader tells them
  // apart, so "Hi {{customer.firstName}}" never greets a customer by their conversation's title.
  const header = conversationHeader(conversation);
  const values: VariableValues = {
    'customer.firstName': firstName(header.customerName),
    'customer.name': header.customerName?.trim() || undefined,
    'agent.firstName': firstName(context.agentName) ?? firstName(lastAgent?.author),
    'ticket.id': conversation.id,
    'ticket.subject': header.subject?.trim() || undefined,
    'followUp.date': context.followUpDate || undefined,
  };
  const known = Object.entries(values).filter(([, value]) => value !== undefined);
  return Object.assign(Object.create(null) as VariableValues, Object.fromEntries(known));
}
