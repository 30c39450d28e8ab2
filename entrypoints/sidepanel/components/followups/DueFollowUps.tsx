import { i18n } from '#i18n';
import { promiseTime, type DueFollowUp } from '@/lib/followups';
import { uiLocale } from '@/components/ui-locale';

/** When it is due, as the agent reads it: a reminder's moment, or a follow-up date's day. */
function dueText(item: DueFollowUp): string {
  const at = item.due.length === 10 ? new Date(`${item.due}T00:00`) : new Date(item.due);
  const locale = uiLocale();
  const when =
    item.due.length === 10
      ? new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(at)
      : promiseTime(at, locale);
  return i18n.t(item.overdue ? 'followUps.overdue' : 'followUps.due', [when]);
}

/** The follow-ups due today or overdue, each opening its ticket; nothing at all when none is due. */
export function DueFollowUps({ items }: { items: DueFollowUp[] }) {
  if (items.length === 0) return null;
  return (
    <section className="follow-ups-due" aria-labelledby="follow-ups-due-title">
      <h3 id="follow-ups-due-title" className="quick-notes__title">
        {i18n.t('followUps.dueTitle')}
      </h3>
      <ul className="follow-ups-due__list">
        {items.map((item) => {
          const name = item.title ?? i18n.t('followUps.untitled', [item.ticketId]);
          return (
            <li key={item.recordId}>
              {item.url ? (
                <a className="quick-notes__link" href={item.url} target="_blank" rel="noreferrer">
                  {name}
                </a>
              ) : (
                name
              )}{' '}
              <span className={item.overdue ? 'follow-ups-due__overdue' : undefined}>{dueText(item)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
