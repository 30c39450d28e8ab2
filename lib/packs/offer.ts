// Which phrases the side panel offers, and in what order. Pure: the panel and its tests share it.
import type { SignalKind } from '@/lib/framework/guidance';
import { BEHAVIOURS, phrasesOf, type Behaviour, type PackStep, type PhrasePack } from './schema';

export interface OfferedPhrase {
  /** Stable across renders: pack, phrase and the variant shown. */
  key: string;
  packId: string;
  packName: string;
  phraseId: string;
  step: PackStep;
  /** The behaviour whose variant is shown, or null for the phrase's own text. */
  variant: Behaviour | null;
  text: string;
  /** The pack's locale: the language the phrase is written in, and the one its values are written in. */
  locale: string;
}

const isBehaviour = (kind: SignalKind): kind is Behaviour => (BEHAVIOURS as readonly string[]).includes(kind);

function offer(
  pack: PhrasePack,
  step: PackStep,
  phraseId: string,
  variant: Behaviour | null,
  text: string,
): OfferedPhrase {
  return {
    key: `${pack.id}/${phraseId}/${variant ?? '-'}`,
    packId: pack.id,
    packName: pack.name,
    phraseId,
    step,
    variant,
    text,
    locale: pack.locale,
  };
}

const language = (pack: PhrasePack) => pack.locale.split('-')[0]!.toLowerCase();

/**
 * The packs whose phrases fit the conversation: those in its language (detected from its words), so a
 * Spanish customer is offered the Spanish pack's phrases and an English one the English pack's, whatever
 * language the agent's browser is in. When no enabled pack is in that language, every pack, in order:
 * words in another language beat none.
 */
export function packsForLanguage(packs: readonly PhrasePack[], conversationLanguage: string): PhrasePack[] {
  const wanted = conversationLanguage.split('-')[0]!.toLowerCase();
  const inLanguage = packs.filter((pack) => language(pack) === wanted);
  return inLanguage.length > 0 ? inLanguage : [...packs];
}

/**
 * The phrases for one step from the enabled packs, highest-priority pack first. When the customer shows a
 * behaviour a phrase has a variant for, that variant comes first, before any plain phrase; each phrase is
 * offered once, in the wording that fits best.
 */
export function phrasesForStep(
  packs: readonly PhrasePack[],
  step: PackStep,
  signals: readonly SignalKind[],
): OfferedPhrase[] {
  const behaviours = BEHAVIOURS.filter((behaviour) => signals.some((kind) => isBehaviour(kind) && kind === behaviour));
  const fitted: OfferedPhrase[] = [];
  const plain: OfferedPhrase[] = [];
  for (const pack of packs) {
    for (const phrase of pack.steps[step] ?? []) {
      const behaviour = behaviours.find((kind) => phrase.variants?.[kind]);
      if (behaviour) fitted.push(offer(pack, step, phrase.id, behaviour, phrase.variants![behaviour]!));
      else plain.push(offer(pack, step, phrase.id, null, phrase.text));
    }
  }
  return [...fitted, ...plain];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every phrase and variant of the enabled packs whose words (or tags) contain each word of the query. */
export function searchPhrases(packs: readonly PhrasePack[], query: string): OfferedPhrase[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found: OfferedPhrase[] = [];
  for (const pack of packs) {
    for (const { step, phrase } of phrasesOf(pack)) {
      const tags = (phrase.tags ?? []).join(' ');
      const wordings: Array<[Behaviour | null, string]> = [
        [null, phrase.text],
        ...BEHAVIOURS.flatMap((kind): Array<[Behaviour, string]> =>
          phrase.variants?.[kind] ? [[kind, phrase.variants[kind]]] : [],
        ),
      ];
      for (const [variant, text] of wordings) {
        const haystack = fold(`${text} ${tags}`);
        if (words.every((word) => haystack.includes(word))) found.push(offer(pack, step, phrase.id, variant, text));
      }
    }
  }
  return found;
}
