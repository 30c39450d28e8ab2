import { i18n } from '#i18n';
import type { GuidanceStep } from '@/lib/framework/steps';
import type { OfferedPhrase, VariableValues } from '@/lib/packs';
import { PhraseCard } from './PhraseCard';
import { resolvePhrase } from './resolve';
import { StepPicker } from './StepPicker';

export const SEARCH_ID = 'phrase-search';

export interface PhraseStatus {
  tone: 'ok' | 'error';
  message: string;
}

interface Props {
  phrases: readonly OfferedPhrase[];
  shownStep: GuidanceStep;
  guidedStep: GuidanceStep;
  query: string;
  values: VariableValues;
  fills: Readonly<Record<string, string>>;
  status: PhraseStatus | null;
  onPick(step: GuidanceStep): void;
  onQuery(query: string): void;
  onFill(name: string, value: string): void;
  /** Insert or Copy was asked for with `name` still missing on `phrase`. */
  onMissing(phrase: OfferedPhrase, name: string): void;
  onInsert(phrase: OfferedPhrase, text: string): void;
  onCopy(phrase: OfferedPhrase, text: string): void;
}

/** Phrases for the step (or matching a search), ready to insert with the conversation's values. */
export function PhrasesSection(props: Props) {
  const { phrases, shownStep, guidedStep, query, values, fills, status } = props;
  const searching = query.trim() !== '';
  const listLabel = searching
    ? i18n.t('phrases.results', [query.trim()])
    : i18n.t('phrases.listFor', [i18n.t(`steps.${shownStep}.name`)]);
  return (
    <section className="phrases" aria-labelledby="phrases-title">
      <div className="phrases__head">
        <h2 id="phrases-title" className="phrases__title">
          {i18n.t('phrases.title')}
        </h2>
        <input
          id={SEARCH_ID}
          type="search"
          className="phrases__search"
          aria-label={i18n.t('phrases.search')}
          placeholder={i18n.t('phrases.searchPlaceholder')}
          value={query}
          onChange={(event) => props.onQuery(event.target.value)}
        />
      </div>
      {!searching && <StepPicker shown={shownStep} guided={guidedStep} onPick={props.onPick} />}
      {phrases.length === 0 ? (
        <p className="phrases__empty">
          {searching ? i18n.t('phrases.noResults', [query.trim()]) : i18n.t('phrases.none')}
        </p>
      ) : (
        <ol className="phrases__list" aria-label={listLabel}>
          {phrases.map((phrase, index) => {
            const resolved = resolvePhrase(phrase.text, values, fills, phrase.locale);
            return (
              <PhraseCard
                key={phrase.key}
                phrase={phrase}
                resolved={resolved}
                number={index < 9 ? index + 1 : null}
                fills={fills}
                onFill={props.onFill}
                onMissing={(name) => props.onMissing(phrase, name)}
                onInsert={() => props.onInsert(phrase, resolved.text)}
                onCopy={() => props.onCopy(phrase, resolved.text)}
              />
            );
          })}
        </ol>
      )}
      <p role="status" className={`phrases__status${status?.tone === 'error' ? ' phrases__status--error' : ''}`}>
        {status?.message ?? ''}
      </p>
      <p className="phrases__keys">{i18n.t('phrases.keysHint')}</p>
    </section>
  );
}
