// Records and export files for the roll-up and insights page tests, built here (no fixtures to drift).
import type { SignalKind } from '@/lib/framework/guidance';
import type { StepId } from '@/lib/framework/steps';
import { EXPORT_FORMAT, EXPORT_VERSION, emptyRecord, type InteractionRecord } from '@/lib/notes/model';
import { RollupDb } from '@/lib/rollup/db';

export interface RecordSpec {
  ticketId: string;
  at: string;
  subject?: string;
  customer?: string;
  helpdesk?: 'zendesk' | 'intercom';
  tags?: string[];
  complaint?: string;
  signals?: SignalKind[];
  steps?: StepId[];
  resolved?: boolean;
  phrases?: number;
}

/** A Zendesk (acme) or Intercom (ws1) record with what the spec names, its link to its ticket's page. */
export function record(spec: RecordSpec): InteractionRecord {
  const helpdesk = spec.helpdesk ?? 'zendesk';
  const account = helpdesk === 'zendesk' ? 'acme' : 'ws1';
  const base = emptyRecord({ helpdesk, account, ticketId: spec.ticketId }, spec.at);
  const url =
    helpdesk === 'zendesk'
      ? `https://acme.zendesk.com/agent/tickets/${spec.ticketId}`
      : `https://app.intercom.com/a/inbox/ws1/inbox/conversation/${spec.ticketId}`;
  return {
    ...base,
    url,
    subject: spec.subject ?? `Ticket ${spec.ticketId}`,
    customerName: spec.customer ?? 'Maria Garcia',
    status: spec.resolved ? 'resolved' : 'open',
    steps: (spec.steps ?? []).map((step) => ({ step, at: spec.at, messageId: null, evidence: null })),
    signals: (spec.signals ?? []).map((kind) => ({ kind, at: spec.at, messageId: 'm1', evidence: 'words' })),
    // A second apart: two uses at one instant would be one use (merge.ts).
    phrases: Array.from({ length: spec.phrases ?? 0 }, (_, i) => ({
      packId: 'core',
      phraseId: 'acknowledge-wait',
      step: 'listen' as const,
      action: 'insert' as const,
      at: new Date(Date.parse(spec.at) + i * 1000).toISOString(),
      text: 'I understand the wait has been long.',
    })),
    notes: { ...base.notes, tags: spec.tags ?? [], complaint: spec.complaint ?? '' },
  };
}

/** A JSON export file's text, as the notes page writes it. */
export function exportText(
  records: InteractionRecord[],
  { agent, redacted = false }: { agent?: string | null; redacted?: boolean } = {},
): string {
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-03-20T10:00:00.000Z', redacted };
  return JSON.stringify(agent === undefined ? { ...head, records } : { ...head, agent, records });
}

let counter = 0;
const open: RollupDb[] = [];

export function freshRollupDb(): RollupDb {
  const db = new RollupDb(`rollup-test-${Date.now()}-${++counter}`);
  open.push(db);
  return db;
}

export async function closeRollups(): Promise<void> {
  for (const db of open.splice(0)) {
    db.close();
    await RollupDb.delete(db.name);
  }
}
