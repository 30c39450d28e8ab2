// A record's story in time order: the steps the agent performed, the signals the customer showed and the
// phrases used, each with the words that showed it. Built from the record alone, so the notes view and the
// Markdown export tell the same story; what a record does not hold (older versions kept less) stays null, for
// the reader to say "not recorded" rather than leave a gap.
import type { SignalKind } from '../framework/guidance';
import type { GuidanceStep, StepId } from '../framework/steps';
import type { InteractionRecord, PhraseUse } from './model';

/**
 * Where a step's evidence came from: the agent's reply (quoted), an internal note the engine counted as
 * Document (decide.ts quotes no words for it), or the agent's notes written here (saveNotes).
 */
export type StepSource = 'reply' | 'internal-note' | 'notes';

export type TimelineEntry =
  | { kind: 'step'; at: string; step: StepId; source: StepSource; words: string | null }
  | { kind: 'signal'; at: string; signal: SignalKind; words: string | null }
  | {
      kind: 'phrase';
      at: string;
      step: GuidanceStep;
      action: PhraseUse['action'];
      packId: string;
      phraseId: string;
      text: string | null;
    };

/** What decide.ts's completedSteps records as evidence when an internal note performed Document. */
const INTERNAL_NOTE = 'internal note';

function stepSource(s: InteractionRecord['steps'][number]): StepSource {
  if (s.messageId === null) return 'notes';
  return s.step === 'document' && s.evidence === INTERNAL_NOTE ? 'internal-note' : 'reply';
}

// At the same instant the customer's words come first, then the phrase the agent picked, then the reply.
const ORDER: Record<TimelineEntry['kind'], number> = { signal: 0, phrase: 1, step: 2 };

/** Every step, signal and phrase use of the record, oldest first (the record keeps each list in time order). */
export function timeline(record: InteractionRecord): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...record.steps.map((s): TimelineEntry => {
      const source = stepSource(s);
      return { kind: 'step', at: s.at, step: s.step, source, words: source === 'reply' ? s.evidence : null };
    }),
    ...record.signals.map((s): TimelineEntry => ({ kind: 'signal', at: s.at, signal: s.kind, words: s.evidence })),
    ...record.phrases.map((p): TimelineEntry => ({
      kind: 'phrase',
      at: p.at,
      step: p.step,
      action: p.action,
      packId: p.packId,
      phraseId: p.phraseId,
      text: p.text ?? null,
    })),
  ];
  // Array#sort is stable: entries of one kind at one instant keep the record's order.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ORDER[a.kind] - ORDER[b.kind]));
}
