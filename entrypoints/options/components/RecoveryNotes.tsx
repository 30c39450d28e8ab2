import { i18n } from '#i18n';
import type { RecoveryNote } from '@/lib/packs/recover';
import { formatCount } from '@/components/format';

function noteText(note: RecoveryNote): string {
  switch (note.kind) {
    case 'renamed':
      return i18n.t('packs.recovery.renamed', [note.from, note.to]);
    case 'moved':
      return i18n.t('packs.recovery.moved', note.count, [
        formatCount(note.count),
        note.from,
        i18n.t(`steps.${note.to}.name`),
      ]);
    case 'dropped':
      return i18n.t('packs.recovery.dropped', [note.path, note.value]);
    case 'format':
      return i18n.t('packs.recovery.format', [note.found]);
    case 'date':
      return note.found ? i18n.t('packs.recovery.date', [note.found]) : i18n.t('packs.recovery.dateMissing');
    case 'cues':
      return i18n.t('packs.recovery.cues');
    case 'ids':
      return i18n.t('packs.recovery.ids', note.count, [formatCount(note.count)]);
  }
}

/** What was changed to open a pack that failed to import, so nothing it held is lost without a word. */
export function RecoveryNotes({ notes }: { notes: readonly RecoveryNote[] }) {
  if (!notes.length) return null;
  return (
    <section className="notice-line notice-line--warning recovery" aria-labelledby="recovery-heading">
      <p id="recovery-heading">{i18n.t('packs.editor.recovered')}</p>
      <ul className="recovery__notes">
        {notes.map((note, i) => (
          <li key={i}>{noteText(note)}</li>
        ))}
      </ul>
    </section>
  );
}
