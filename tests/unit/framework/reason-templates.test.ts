import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { explain, fillTemplate, renderReason, type Because } from '@/lib/framework/reason';
import { ENGLISH_REASONS, ReasonKey } from '@/lib/framework/reason-templates';

const quote = (words: string) => ({ id: 'm1', quote: words });

/** One of every reason the decision can give, with every optional sentence present. */
const EVERY_BECAUSE: Because[] = [
  { step: 'listen', why: 'no-customer' },
  { step: 'listen', why: 'grievance', quote: quote('My order is late'), generic: 'Thanks for reaching out' },
  { step: 'boundary', why: 'first', quote: quote('you are useless') },
  { step: 'boundary', why: 'repeated', quote: quote('useless again') },
  {
    step: 'empathize',
    why: 'upset',
    quote: quote('Still angry'),
    ack: quote('I understand'),
    formulaic: quote('Sorry you feel that way'),
  },
  ...(['challenge', 'missing-details', 'first-report'] as const).map((why): Because => ({
    step: 'clarify',
    why,
    quote: quote('q'),
  })),
  ...(['unsolved', 'compensation', 'rejected', 'question', 'answered'] as const).map((why): Because => ({
    step: 'solve',
    why,
    quote: quote('q'),
  })),
  ...(['accepted', 'promised', 'waiting', 'request', 'details'] as const).map((why): Because => ({
    step: 'act',
    why,
    quote: quote('q'),
  })),
  { step: 'document', why: 'closing', quote: quote('Thanks, bye') },
];

const placeholders = (template: string) => new Set(template.match(/\$[1-9]/g) ?? []).size;

describe('reason templates', () => {
  it('are reasons.* of locales/en.yml word for word, so tools and the English panel say the same', async () => {
    const messages = await parseMessagesFile('locales/en.yml');
    const inFile = Object.fromEntries(
      messages
        .filter((m) => m.key[0] === 'reasons')
        .map((m) => [m.key.slice(1).join('.'), 'message' in m ? m.message : m.type]),
    );
    expect(inFile).toEqual(ENGLISH_REASONS);
  });

  it('cover every sentence a reason can hold, each given exactly the quotes its template takes', () => {
    const used = new Set<string>();
    for (const because of EVERY_BECAUSE) {
      for (const bot of ['only', 'last', null] as const) {
        for (const part of explain(because, { bot, abuseStopped: bot === null })) {
          used.add(part.key);
          expect(part.quotes, part.key).toHaveLength(placeholders(ENGLISH_REASONS[part.key]));
        }
      }
    }
    expect([...used].sort()).toEqual([...ReasonKey.options].sort());
  });

  it('quote the words as written, folded to one line and cut at 120 characters', () => {
    const long = `${'a'.repeat(200)}`;
    const [part] = explain(
      { step: 'document', why: 'closing', quote: quote(`Thanks,\n  bye ${long}`) },
      {
        bot: null,
        abuseStopped: false,
      },
    );
    expect(part!.quotes[0]).toHaveLength(120);
    expect(part!.quotes[0]).toMatch(/^Thanks, bye a+…$/);
  });

  it('render a reason sentence by sentence, the quotes in place', () => {
    const parts = explain(
      { step: 'listen', why: 'grievance', quote: quote('My order is late'), generic: 'Thanks for reaching out' },
      { bot: 'last', abuseStopped: false },
    );
    expect(renderReason(parts, ({ key, quotes }) => fillTemplate(ENGLISH_REASONS[key], quotes))).toBe(
      'The customer reported a problem ("My order is late") and no one has acknowledged it yet. ' +
        'A generic opener ("Thanks for reaching out") is not an acknowledgement. ' +
        'Acknowledge the problem and how they feel before anything else. ' +
        'A bot, not a person, sent the last reply.',
    );
  });
});
