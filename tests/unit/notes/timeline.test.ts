import { describe, expect, it } from 'vitest';
import { emptyRecord, type InteractionRecord } from '@/lib/notes/model';
import { timeline } from '@/lib/notes/timeline';

const at = (minute: number) => `2025-03-10T09:${String(minute).padStart(2, '0')}:00.000Z`;
const base = emptyRecord({ helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, at(0));

const record: InteractionRecord = {
  ...base,
  steps: [
    { step: 'listen', at: at(2), messageId: 'a1', evidence: 'I understand this has been really frustrating.' },
    { step: 'act', at: at(9), messageId: 'a3', evidence: null },
    { step: 'document', at: at(12), messageId: null, evidence: null },
  ],
  signals: [{ kind: 'angry', at: at(1), messageId: 'c1', evidence: 'This is the third time I am writing!' }],
  phrases: [
    { packId: 'builtin', phraseId: 'ack-1', step: 'listen', action: 'insert', at: at(2), text: 'Maria, I hear you.' },
    { packId: 'builtin', phraseId: 'act-1', step: 'act', action: 'copy', at: at(8) },
  ],
};

describe('timeline', () => {
  it('tells the record in time order, each entry with the words that showed it', () => {
    expect(timeline(record)).toEqual([
      { kind: 'signal', at: at(1), signal: 'angry', words: 'This is the third time I am writing!' },
      {
        kind: 'phrase',
        at: at(2),
        step: 'listen',
        action: 'insert',
        packId: 'builtin',
        phraseId: 'ack-1',
        text: 'Maria, I hear you.',
      },
      {
        kind: 'step',
        at: at(2),
        step: 'listen',
        source: 'reply',
        words: 'I understand this has been really frustrating.',
      },
      { kind: 'phrase', at: at(8), step: 'act', action: 'copy', packId: 'builtin', phraseId: 'act-1', text: null },
      { kind: 'step', at: at(9), step: 'act', source: 'reply', words: null },
      { kind: 'step', at: at(12), step: 'document', source: 'notes', words: null },
    ]);
  });

  it('says where a step without the agent’s words came from: notes written here, or an internal note', () => {
    const noted = {
      ...base,
      steps: [{ step: 'document' as const, at: at(5), messageId: 'n1', evidence: 'internal note' }],
    };
    expect(timeline(noted)).toEqual([
      { kind: 'step', at: at(5), step: 'document', source: 'internal-note', words: null },
    ]);
  });

  it('is empty for a record with nothing recorded yet', () => {
    expect(timeline(base)).toEqual([]);
  });
});
