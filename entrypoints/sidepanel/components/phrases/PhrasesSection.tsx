import { useRef, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import type { GuidanceStep } from '@/lib/framework/steps';
import type { OfferedPhrase, VariableValues } from '@/lib/packs';
import { PhraseCard } from './PhraseCard';
import { resolvePhrase } from './resolve';
import { StepPicker } from './StepPicker';

export const SEARCH_ID = 'phrase-search';

/** The step whose phrases are shown, and the one the guidance suggests: absent where there is no guidance. */
export interface StepChoice {
  shown: GuidanceStep;
  guided: GuidanceStep;
  onPick(step: GuidanceStep): void;
}

interface Props {
  phrases: readonly OfferedPhrase[];
  /** Without it (a page the panel cannot read) the section searches every pack and nothing else. */
  step?: StepChoice;
  query: string;
  values: VariableValues;
  fills: Readonly<Record<string, string>>;
  onQuery(query: string): void;
  onFill(name: string, value: string): void;
  /** Insert or Copy was asked for with `name` still missing on `phrase`. */
  onMissing(phrase: OfferedPhrase, name: string): void;
  /** Absent where there is no reply editor to insert into: Copy only. */
  onInsert?: (phrase: OfferedPhrase, text: string) => void;
  onCopy(phrase: OfferedPhrase, text: string): void;
}

/** Each card's first button (Insert, or Copy where nothing can be inserted), in order: what ↑ and ↓ move through. */
const CARD_BUTTONS = '.phrase__actions .button:first-child';

/**
 * Phrases for the step (or matching a search), ready to insert with the conversation's values. From the
 * keyboard: ↓ from the search (or a card) moves to the next card's Insert, ↑ back, Enter inserts, Esc
 * clears the search and returns to the step's phrases.
 */
export function PhrasesSection(props: Props) {
  const { phrases, step, query, values, fills, onInsert } = props;
  const section = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // The pack's name helps only when phrases come from more than one pack.
  const manyPacks = new Set(phrases.map((phrase) => phrase.packId)).size > 1;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      props.onQuery('');
      search.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(section.current?.querySelectorAll<HTMLElement>(CARD_BUTTONS) ?? [])];
    const at = event.target === search.current ? -1 : buttons.indexOf(event.target as HTMLElement);
    if (at < 0 && event.target !== search.current) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) search.current?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  };
  const searching = query.trim() !== '';
  const listLabel = searching
    ? i18n.t('phrases.results', [query.trim()])
    : step && i18n.t('phrases.listFor', [i18n.t(`steps.${step.shown}.name`)]);
  return (
    <section className="phrases" aria-labelledby="phrases-title" ref={section} onKeyDown={onKeyDown}>
      <div className="phrases__head">
        <h2 id="phrases-title" className="phrases__title">
          {i18n.t('phrases.title')}
        </h2>
        <input
          ref={search}
          id={SEARCH_ID}
          type="search"
          className="phrases__search"
          aria-label={i18n.t('phrases.search')}
          placeholder={i18n.t('phrases.searchPlaceholder')}
          value={query}
          onChange={(event) => props.onQuery(event.target.value)}
        />
      </div>
      {!searching && step && <StepPicker shown={step.shown} guided={step.guided} onPick={step.onPick} />}
      {!listLabel ? (
        <p className="phrases__empty">{i18n.t('phrases.searchOnly')}</p>
      ) : phrases.length === 0 ? (
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
                showPack={manyPacks}
                fills={fills}
                onFill={props.onFill}
                onMissing={(name) => props.onMissing(phrase, name)}
                onInsert={onInsert && (() => onInsert(phrase, resolved.text))}
                onCopy={() => props.onCopy(phrase, resolved.text)}
              />
            );
          })}
        </ol>
      )}
      <p className="phrases__keys">{i18n.t(onInsert ? 'phrases.keysHint' : 'phrases.keysHintCopy')}</p>
    </section>
  );
}
