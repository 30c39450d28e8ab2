import type { SignalKind } from '@/lib/framework/guidance';
import type { StepId } from '@/lib/framework/steps';
import type { InsightRecord } from '@/lib/insights';
import { recordId } from '@/lib/notes/key';
import { emptyRecord, type PhraseUse, type Status } from '@/lib/notes/model';

let ticket = 0;

export interface Spec {
  startedAt?: string;
  helpdesk?: 'zendesk' | 'intercom';
  status?: Status;
  /** Each step with minutes after the start. */
  steps?: [StepId, number][];
  signals?: SignalKind[];
  phrases?: Pick<PhraseUse, 'packId' | 'phraseId' | 'action'>[];
  complaint?: string;
  tags?: string[];
  followUpDate?: string | null;
  agent?: string | null;
  ticketId?: string;
}

const later = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString();

/** A valid record (it passes `InteractionRecord`), with a new ticket id unless one is given. */
export function record(spec: Spec = {}): InsightRecord {
  const startedAt = spec.startedAt ?? '2025-03-10T09:00:00.000Z';
  const key = { helpdesk: spec.helpdesk ?? 'zendesk', account: 'acme', ticketId: spec.ticketId ?? String(++ticket) };
  const base = emptyRecord(key, startedAt);
  return {
    ...base,
    id: recordId(key),
    status: spec.status ?? 'open',
    steps: (spec.steps ?? []).map(([step, minutes]) => ({
      step,
      at: later(startedAt, minutes),
      messageId: null,
      evidence: null,
    })),
    signals: (spec.signals ?? []).map((kind) => ({ kind, at: startedAt, messageId: null, evidence: null })),
    phrases: (spec.phrases ?? []).map((use) => ({ ...use, step: 'listen', at: startedAt, text: null })),
    notes: {
      ...base.notes,
      complaint: spec.complaint ?? '',
      tags: spec.tags ?? [],
      followUpDate: spec.followUpDate ?? null,
    },
    ...(spec.agent === undefined ? {} : { agent: spec.agent }),
  };
}

/** A `now` for the tests that do not look at follow-ups. */
export const NOW = new Date('2025-06-01T12:00:00.000Z');
