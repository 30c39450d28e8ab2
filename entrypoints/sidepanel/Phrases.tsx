import { useEffect, useEffectEvent, useMemo } from 'react';
import { i18n } from '#i18n';
import { PhrasesSection } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';
import { askForValue } from '@/entrypoints/sidepanel/components/phrases/fill-fields';
import { resolvePhrase } from '@/entrypoints/sidepanel/components/phrases/resolve';
import { StatusNotice } from '@/entrypoints/sidepanel/components/StatusNotice';
import type { Conversation } from '@/lib/conversation';
import { variablesFor } from '@/lib/packs/variables';
import type { Guidance } from '@/lib/framework/guidance';
import { packsForLanguage, phrasesForStep, searchPhrases, type OfferedPhrase } from '@/lib/packs';
import { followPacks } from './follow-packs';
import { listenForPanelKeys } from './keys';
import { copyPhrase, insertPhrase } from './phrase-actions';
import { panelStore, usePanelStore } from './store';

interface Props {
  tabId: number;
  conversation: Conversation;
  guidance: Guidance;
}

/** The phrases section wired to the store, the packs, the tab's editor and the keyboard. */
export function Phrases({ tabId, conversation, guidance }: Props) {
  const packs = usePanelStore((state) => state.packs);
  const packsError = usePanelStore((state) => state.packsError);
  const browse = usePanelStore((state) => state.browse);
  const query = usePanelStore((state) => state.query);
  const fills = usePanelStore((state) => state.fills);
  const { setBrowse, setQuery, fill, setStatus } = panelStore.getState();

  const shownStep = browse ?? guidance.step;
  const kinds = useMemo(() => guidance.signals.map((signal) => signal.kind), [guidance.signals]);
  // The conversation's language; from an engine that did not say, the first pack's (what it read with).
  const language = guidance.language ?? packs?.[0]?.locale ?? 'en';
  const offered = useMemo(
    () =>
      !packs
        ? []
        : query.trim()
          ? searchPhrases(packs, query)
          : phrasesForStep(packsForLanguage(packs, language), shownStep, kinds),
    [packs, query, shownStep, kinds, language],
  );
  const followUpDate = usePanelStore((state) => state.draft.followUpDate);
  const values = useMemo(() => variablesFor(conversation, { followUpDate }), [conversation, followUpDate]);

  const insert = async (phrase: OfferedPhrase, text: string) =>
    setStatus(await insertPhrase(tabId, conversation, phrase, text));
  const copy = async (phrase: OfferedPhrase, text: string) => setStatus(await copyPhrase(conversation, phrase, text));

  // Reads the phrases shown at the moment of the key press; the listener itself is added once.
  const onNumberKey = useEffectEvent((index: number) => {
    const phrase = offered[index];
    if (!phrase) return;
    const resolved = resolvePhrase(phrase.text, values, fills, phrase.locale);
    if (resolved.missing.length === 0) void insert(phrase, resolved.text);
    else setStatus(askForValue(phrase.key, resolved.missing[0]!));
  });
  useEffect(() => listenForPanelKeys(onNumberKey), []);
  // The packs are read (and kept in step with the options page) while phrases are shown.
  useEffect(() => followPacks(panelStore), []);

  if (packsError) return <StatusNotice title={i18n.t('phrases.packsError', [packsError])} />;
  if (!packs) return <StatusNotice title={i18n.t('phrases.loading')} busy />;
  return (
    <PhrasesSection
      phrases={offered}
      step={{
        shown: shownStep,
        guided: guidance.step,
        onPick: (step) => setBrowse(step === guidance.step ? null : step),
      }}
      query={query}
      values={values}
      fills={fills}
      onQuery={setQuery}
      onFill={fill}
      onMissing={(phrase, name) => setStatus(askForValue(phrase.key, name))}
      onInsert={(phrase, text) => void insert(phrase, text)}
      onCopy={(phrase, text) => void copy(phrase, text)}
    />
  );
}
