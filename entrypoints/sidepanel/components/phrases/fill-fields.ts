import { i18n } from '#i18n';
import { isKnownVariable, type VariableName } from '@/lib/packs';

// Locale keys cannot hold the dots of a variable name.
const LABEL_KEYS: Record<VariableName, string> = {
  'customer.firstName': 'phrases.variableNames.customerFirstName',
  'customer.name': 'phrases.variableNames.customerName',
  'agent.firstName': 'phrases.variableNames.agentFirstName',
  'ticket.id': 'phrases.variableNames.ticketId',
  'ticket.subject': 'phrases.variableNames.ticketSubject',
  'followUp.date': 'phrases.variableNames.followUpDate',
};

/** What the agent is asked for: "Follow-up date", not "followUp.date". A name no pack may use any more keeps its own. */
export function variableLabel(name: string): string {
  return isKnownVariable(name)
    ? i18n.t(LABEL_KEYS[name] as 'phrases.variableNames.followUpDate')
    : i18n.t('phrases.fillLabel', [name]);
}

/** The id of the field that asks for `name` on the phrase card `phraseKey` (any string is a valid id). */
export function fillFieldId(phraseKey: string, name: string): string {
  return `fill:${phraseKey}:${name}`;
}

/**
 * A placeholder must never reach the customer: instead of inserting or copying, move to the first missing
 * value's field and say what to fill in. Returns the status to show.
 */
export function askForValue(phraseKey: string, name: string, doc: Document = document) {
  doc.getElementById(fillFieldId(phraseKey, name))?.focus();
  return { tone: 'error' as const, message: i18n.t('phrases.fillIn', [variableLabel(name)]) };
}
