import { i18n } from '#i18n';
import { Fragment } from 'react';
import { segmentsOf, type VariableName, type VariableValues } from '@/lib/packs';

/** The sample conversation a preview fills variables from (display text: locales, packs.sample). */
export function sampleValues(): VariableValues {
  const values: Record<VariableName, string> = {
    'customer.firstName': i18n.t('packs.sample.customerFirstName'),
    'customer.name': i18n.t('packs.sample.customerName'),
    'agent.firstName': i18n.t('packs.sample.agentFirstName'),
    'ticket.id': i18n.t('packs.sample.ticketId'),
    'ticket.subject': i18n.t('packs.sample.ticketSubject'),
    'followUp.date': i18n.t('packs.sample.followUpDate'),
  };
  return values;
}

/** A phrase as an agent would insert it, with sample values marked; unknown variables stand out. */
export function PhrasePreview({ text, label }: { text: string; label: string }) {
  return (
    <p className="preview" aria-label={label}>
      {segmentsOf(text, sampleValues()).map((segment, i) =>
        segment.kind === 'text' ? (
          <Fragment key={i}>{segment.text}</Fragment>
        ) : (
          <mark
            key={i}
            className={segment.known ? 'preview__var' : 'preview__var preview__var--unknown'}
            title={segment.name}
          >
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
