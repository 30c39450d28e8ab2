// The insights contract (issue 14): what `computeInsights` takes and gives. Pure data, no browser.
import type { HelpdeskId } from '../conversation/model';
import type { SignalKind } from '../framework/guidance';
import type { StepId } from '../framework/steps';
import type { InteractionRecord } from '../notes/model';

/** Which records to look at. Dates are `YYYY-MM-DD`, inclusive, compared with the record's `startedAt`. */
export interface InsightOptions {
  /** "Today" for follow-ups (due: today's local date; overdue: before it). */
  now: Date;
  from?: string;
  to?: string;
  helpdesk?: HelpdeskId;
  tag?: string;
  /** An agent's name, as a roll-up labels the records of their export. */
  agent?: string;
}

/** A record as insights read it: the lead's own (no agent), or one from an imported export, labelled. */
export type InsightRecord = InteractionRecord & { agent?: string | null };

/** One signal kind in one ISO week: conversations started that week that showed it, and their share. */
export interface SignalWeek {
  /** The week's Monday, `YYYY-MM-DD`. */
  week: string;
  kind: SignalKind;
  /** Conversations started that week that showed the signal (each once, however often it showed). */
  conversations: number;
  /** Conversations started that week, in the filter. */
  started: number;
  /** conversations ÷ started. */
  rate: number;
}

/** One framework step across the resolved conversations in the filter. */
export interface StepRow {
  step: StepId;
  performed: number;
  skipped: number;
}

export interface StepInsights {
  /** Resolved conversations in the filter: what `performed + skipped` adds up to for each step. */
  resolved: number;
  rows: StepRow[];
  /** Median minutes from the conversation's start (its first message) to the first acknowledgement; null without one. */
  medianMinutesToAcknowledge: number | null;
}

/** A recurring complaint theme: a tag, a term or a two-word phrase from the complaint notes. */
export interface Theme {
  kind: 'tag' | 'term' | 'phrase';
  /** As shown: the tag as written, the term or phrase in its most frequent written form. */
  label: string;
  /** Conversations it appears in. */
  conversations: number;
  recordIds: string[];
}

/** Uses of one phrase (inserts plus copies), for trainers. */
export interface PhraseRow {
  packId: string;
  phraseId: string;
  inserts: number;
  copies: number;
  uses: number;
}

export interface FollowUps {
  /** Not resolved, follow-up date is `now`'s local date. */
  due: string[];
  /** Not resolved, follow-up date before it. */
  overdue: string[];
}

export interface Insights {
  /** Records in the filter. */
  total: number;
  signals: SignalWeek[];
  steps: StepInsights;
  themes: Theme[];
  phrases: PhraseRow[];
  followUps: FollowUps;
}
