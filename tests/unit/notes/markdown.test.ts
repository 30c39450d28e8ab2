import { describe, expect, it } from 'vitest';
import { markdownExport, recordMarkdown } from '@/lib/notes/export/markdown';
import { emptyRecord, type InteractionRecord } from '@/lib/notes/model';
import { englishMarkdown } from './helpers';

const base = emptyRecord({ helpdesk: 'zendesk', ticketId: '4521' }, '2025-03-10T09:00:00.000Z');
const record: InteractionRecord = {
  ...base,
  url: 'https://acme.zendesk.com/agent/tickets/4521',
  subject: 'Refund not received',
  customerName: 'Maria Garcia',
  updatedAt: '2025-03-10T09:30:00.000Z',
  status: 'follow-up',
  steps: [
    { step: 'listen', at: '2025-03-10T09:02:00.000Z', messageId: 'a1', evidence: 'I understand this is frustrating' },
    { step: 'act', at: '2025-03-10T09:20:00.000Z', messageId: 'a4', evidence: null },
  ],
  signals: [{ kind: 'angry', at: '2025-03-10T09:01:00.000Z', messageId: 'c1', evidence: 'This is ridiculous!!' }],
  phrases: [
    {
      packId: 'builtin',
      phraseId: 'ack-1',
      step: 'listen',
      action: 'insert',
      at: '2025-03-10T09:02:00.000Z',
      text: 'Maria, I understand how *frustrating* this is.',
    },
    // Recorded before the words were kept.
    { packId: 'builtin', phraseId: 'act-2', step: 'act', action: 'copy', at: '2025-03-10T09:19:00.000Z', text: null },
  ],
  notes: {
    complaint: 'Refund of order 1234 not received after 3 weeks.',
    solution: 'Offered:\n- a re-issued refund\n- a 10% voucher',
    outcome: 'Customer chose the refund.',
    followUpDate: '2025-03-12',
    tags: ['billing', 'refund'],
    text: '',
  },
};

describe('Markdown export', () => {
  it('reads as case notes: heading, facts, the agent’s notes, then what Steadyhand recorded', () => {
    expect(recordMarkdown(record, englishMarkdown)).toBe(
      [
        '## Zendesk ticket 4521 — Refund not received',
        '',
        '- **Customer:** Maria Garcia',
        '- **Status:** Follow-up',
        '- **Started:** 10 Mar 2025, 10:00 (Europe/Madrid, UTC+01:00) · **Updated:** 10 Mar 2025, 10:30 (Europe/Madrid, UTC+01:00)',
        '- **Follow-up:** 12 Mar 2025',
        '- **Tags:** billing, refund',
        '- **Link:** <https://acme.zendesk.com/agent/tickets/4521>',
        '',
        '### Complaint',
        '',
        'Refund of order 1234 not received after 3 weeks.',
        '',
        '### Solution offered',
        '',
        'Offered:  ',
        '\\- a re-issued refund  ',
        '\\- a 10% voucher',
        '',
        '### Outcome',
        '',
        'Customer chose the refund.',
        '',
        '### Framework steps',
        '',
        '- Listen & Acknowledge — 10 Mar 2025, 10:02 (Europe/Madrid, UTC+01:00) — “I understand this is frustrating”',
        '- Take Action & Follow Up — 10 Mar 2025, 10:20 (Europe/Madrid, UTC+01:00)',
        '',
        '### Customer signals',
        '',
        '- angry — 10 Mar 2025, 10:01 (Europe/Madrid, UTC+01:00) — “This is ridiculous!!”',
        '',
        '### Phrases used',
        '',
        '- “Maria, I understand how \\*frustrating\\* this is.” (inserted: builtin / ack-1) — 10 Mar 2025, 10:02 (Europe/Madrid, UTC+01:00)',
        '- (copied: builtin / act-2; text not recorded) — 10 Mar 2025, 10:19 (Europe/Madrid, UTC+01:00)',
        '',
      ].join('\n'),
    );
  });

  it('writes every time in one zone, named with its offset at that instant (summer time included)', () => {
    const summer = { ...base, startedAt: '2025-07-01T08:00:00.000Z', updatedAt: '2025-07-01T08:00:00.000Z' };
    expect(recordMarkdown(summer, englishMarkdown)).toContain(
      '**Started:** 1 Jul 2025, 10:00 (Europe/Madrid, UTC+02:00) · **Updated:** 1 Jul 2025, 10:00 (Europe/Madrid, UTC+02:00)',
    );
    const tokyo = recordMarkdown(record, { ...englishMarkdown, timeZone: 'Asia/Tokyo' });
    expect(tokyo).toContain('- angry — 10 Mar 2025, 18:01 (Asia/Tokyo, UTC+09:00) — “This is ridiculous!!”');
  });

  it('writes dates and times as the UI’s locale does', () => {
    const spain = recordMarkdown(record, { ...englishMarkdown, locale: 'es-ES' });
    expect(spain).toMatch(/\*\*Started:\*\* 10 mar 2025, 10:00 \(Europe\/Madrid, UTC\+01:00\)/);
    expect(spain).toContain('- **Follow-up:** 12 mar 2025');
    const us = recordMarkdown(record, { ...englishMarkdown, locale: 'en-US' });
    expect(us).toMatch(/\*\*Started:\*\* Mar 10, 2025, 10:00\sAM \(Europe\/Madrid, UTC\+01:00\)/);
  });

  it('heads a record without a subject with the customer’s opening words, labelled as such', () => {
    const untitled = { ...base, helpdesk: 'intercom' as const, opening: 'Hi, my order #48213 was supposed to arrive…' };
    expect(recordMarkdown(untitled, englishMarkdown).split('\n')[0]).toBe(
      '## Intercom ticket 4521 — First message: “Hi, my order #48213 was supposed to arrive…”',
    );
    expect(recordMarkdown({ ...untitled, opening: null }, englishMarkdown).split('\n')[0]).toBe(
      '## Intercom ticket 4521',
    );
  });

  it('keeps what people typed from turning into headings, links, HTML or code', () => {
    const tricky = {
      ...base,
      subject: '# <b>Urgent</b> [click](javascript:x)',
      notes: { ...base.notes, text: '# not a heading\n1. not a list\n    not code\n> not a quote\n\n*second* _para_' },
    };
    const md = recordMarkdown(tricky, englishMarkdown);
    expect(md).toContain('## Zendesk ticket 4521 — # \\<b\\>Urgent\\</b\\> \\[click\\](javascript:x)');
    expect(md).toContain(
      '\\# not a heading  \n1\\. not a list  \nnot code  \n\\> not a quote\n\n\\*second\\* \\_para\\_',
    );
  });

  it('leaves out empty sections and separates records with a rule', async () => {
    async function* chunks() {
      yield [base, { ...base, id: 'zendesk::2', ticketId: '2' }];
    }
    let out = '';
    for await (const part of markdownExport(chunks(), englishMarkdown)) out += part;
    expect(out.split('\n---\n')).toHaveLength(2);
    expect(out).not.toContain('###');
    expect(out).not.toContain('Customer:');
  });
});
