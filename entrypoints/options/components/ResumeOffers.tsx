import { i18n } from '#i18n';
import type { EditorSession } from '@/lib/packs/draft-store';
import { savedWhen } from '../saved-when';
import { RowButton } from './RowButton';

/** Work the editor kept from an earlier visit (a reload, a crash, a closed tab), to take up or throw away. */
export function ResumeOffers({
  sessions,
  onResume,
  onDiscard,
}: {
  sessions: readonly EditorSession[];
  onResume(session: EditorSession): void;
  onDiscard(session: EditorSession): void;
}) {
  if (!sessions.length) return null;
  return (
    <section className="card card--warning" aria-labelledby="resume-heading">
      <h2 id="resume-heading">{i18n.t('packs.resume.title')}</h2>
      <ul className="resume">
        {sessions.map((session) => {
          const name = session.pack.name.trim() || i18n.t('packs.draft.unnamed');
          return (
            <li key={session.key} className="resume__offer">
              <p>{i18n.t('packs.resume.offer', [name, savedWhen(session.savedAt)])}</p>
              <RowButton label={i18n.t('packs.resume.resume')} packName={name} onClick={() => onResume(session)} />
              <RowButton label={i18n.t('packs.resume.discard')} packName={name} onClick={() => onDiscard(session)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
