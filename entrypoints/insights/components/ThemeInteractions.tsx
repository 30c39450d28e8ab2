import { i18n } from '#i18n';
import { useEffect, useId, useRef } from 'react';
import type { InsightRecord } from '@/lib/insights';
import { formatCount } from '@/components/format';
import { agentLabel, formatDay } from './labels';

/** Records listed at most: a theme in thousands of conversations is read in the notes page's search. */
const LISTED = 100;

interface Props {
  theme: string;
  records: InsightRecord[];
  onClose(): void;
}

/** The interactions a theme was found in: subject, customer, date, whose, and the ticket to open. */
export function ThemeInteractions({ theme, records, onClose }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The list opens away from the button that asked for it: focus follows, so a keyboard lands on it.
  useEffect(() => heading.current?.focus(), [theme]);
  const shown = records.slice(0, LISTED);
  return (
    <section className="card insights-interactions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {i18n.t('insights.themes.listTitle', [theme])}
      </h2>
      <ul className="insights-interactions__list">
        {shown.map((record) => (
          <li key={`${record.agent ?? ''}|${record.id}`}>
            <strong>{record.subject ?? record.opening ?? i18n.t('insights.themes.noSubject')}</strong>{' '}
            <span className="muted">
              {record.customerName && <>{i18n.t('insights.themes.customer', [record.customerName])} · </>}
              <time dateTime={record.startedAt}>{formatDay(record.startedAt)}</time> ·{' '}
              {i18n.t('insights.themes.agent', [agentLabel(record)])}
            </span>{' '}
            {record.url ? (
              <a
                href={record.url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={`${i18n.t('insights.themes.open')}: ${record.subject ?? record.ticketId}`}
              >
                {i18n.t('insights.themes.open')}
              </a>
            ) : (
              <span className="muted">{i18n.t('insights.themes.noLink')}</span>
            )}
          </li>
        ))}
      </ul>
      {records.length > shown.length && (
        <p className="muted">{i18n.t('insights.themes.more', [formatCount(records.length - shown.length)])}</p>
      )}
      <button type="button" className="button button--quiet" onClick={onClose}>
        {i18n.t('insights.themes.close')}
      </button>
    </section>
  );
}
