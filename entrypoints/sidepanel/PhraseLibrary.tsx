import { useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { PhrasesSection } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';
import { askForValue } from '@/entrypoints/sidepanel/components/phrases/fill-fields';
import { StatusNotice } from '@/entrypoints/sidepanel/components/StatusNotice';
import { searchPhrases, type VariableValues } from '@/lib/packs';
import { followPacks } from './follow-packs';
import { listenForPanelKeys } from './keys';
import { copyPhrase } from './phrase-actions';
import { panelStore, usePanelStore } from './store';

// Nothing is read from a page the panel cannot read: every value is asked for.
const NO_VALUES: VariableValues = Object.create(null) as VariableValues;

/**
 * What the panel keeps where it has no conversation to guide on (a page it cannot read, no ticket open):
 * every pack searchable, phrases to copy (there is no editor known to insert into), and the way to the
 * options and notes pages.
 */
export function PhraseLibrary() {
  const packs = usePanelStore((state) => state.packs);
  const packsError = usePanelStore((state) => state.packsError);
  const query = usePanelStore((state) => state.query);
  const fills = usePanelStore((state) => state.fills);
  const { setQuery, fill, setStatus } = panelStore.getState();
  const found = useMemo(() => (packs && query.trim() ? searchPhrases(packs, query) : []), [packs, query]);

  useEffect(() => listenForPanelKeys(null), []);
  useEffect(() => followPacks(panelStore), []);

  return (
    <>
      {packsError ? (
        <StatusNotice title={i18n.t('phrases.packsError', [packsError])} />
      ) : !packs ? (
        <StatusNotice title={i18n.t('phrases.loading')} busy />
      ) : (
        <PhrasesSection
          phrases={found}
          query={query}
          values={NO_VALUES}
          fills={fills}
          onQuery={setQuery}
          onFill={fill}
          onMissing={(phrase, name) => setStatus(askForValue(phrase.key, name))}
          onCopy={(phrase, text) => void copyPhrase(null, phrase, text).then(setStatus)}
        />
      )}
      <nav className="panel__links" aria-label={i18n.t('panel.links.label')}>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {i18n.t('panel.links.options')}
        </a>
        <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noopener">
          {i18n.t('panel.links.notes')}
        </a>
        <a href={browser.runtime.getURL('/insights.html')} target="_blank" rel="noopener">
          {i18n.t('insights.link')}
        </a>
      </nav>
    </>
  );
}
