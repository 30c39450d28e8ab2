import { i18n } from '#i18n';
import { useId } from 'react';
import type { GuidanceStep } from '@/lib/framework/steps';
import { timeline, type InteractionRecord, type TimelineEntry } from '@/lib/notes';
import { signalName } from '@/components/labels';
import { formatTime } from './labels';

const stepName = (step: GuidanceStep): string => i18n.t(`steps.${step}.name`);

/** One entry for people: what happened, the words that showed it, or plainly that they were not recorded. */
interface Told {
  what: string;
  words: string | null;
  missing: string | null;
}

function explain(entry: TimelineEntry): Told {
  switch (entry.kind) {
    case 'step': {
      const what = i18n.t('notes.timeline.step', [stepName(entry.step)]);
      if (entry.source === 'notes') return { what, words: null, missing: i18n.t('notes.timeline.byNotes') };
      if (entry.source === 'internal-note') {
        return { what, words: null, missing: i18n.t('notes.timeline.byInternalNote') };
      }
      return entry.words
        ? { what, words: i18n.t('notes.timeline.agentSaid', [entry.words]), missing: null }
        : { what, words: null, missing: i18n.t('notes.timeline.agentNotRecorded') };
    }
    case 'signal': {
      const what = i18n.t('notes.timeline.signal', [signalName(entry.signal)]);
      return entry.words
        ? { what, words: i18n.t('notes.timeline.customerSaid', [entry.words]), missing: null }
        : { what, words: null, missing: i18n.t('notes.timeline.customerNotRecorded') };
    }
    case 'phrase': {
      const key = entry.action === 'insert' ? 'notes.timeline.inserted' : 'notes.timeline.copied';
      const what = i18n.t(key, [stepName(entry.step)]);
      return entry.text
        ? { what, words: i18n.t('notes.timeline.phraseSaid', [entry.text]), missing: null }
        : { what, words: null, missing: i18n.t('notes.timeline.phraseNotRecorded') };
    }
  }
}

/** The record's steps, signals and phrases in time order, each with its time and its words. */
export function Timeline({ record }: { record: InteractionRecord }) {
  const titleId = useId();
  const entries = timeline(record);
  return (
    <section className="notes-timeline" aria-labelledby={titleId}>
      <h4 id={titleId}>{i18n.t('notes.timeline.title')}</h4>
      {entries.length === 0 ? (
        <p className="muted">{i18n.t('notes.timeline.empty')}</p>
      ) : (
        <ol className="notes-timeline__list" aria-labelledby={titleId}>
          {entries.map((entry, i) => {
            const { what, words, missing } = explain(entry);
            return (
              <li key={i} className={`notes-timeline__entry notes-timeline__entry--${entry.kind}`}>
                <time dateTime={entry.at} className="muted">
                  {formatTime(entry.at)}
                </time>
                <span className="notes-timeline__what">{what}</span>
                {words && <span className="notes-timeline__words">{words}</span>}
                {missing && <span className="notes-timeline__missing muted">{missing}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
