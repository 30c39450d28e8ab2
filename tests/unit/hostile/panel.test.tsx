// Issue 11: what the readers hand over is shown in the side panel. Every hostile text of the corpus, class
// by class, as the subject, the customer, an author, every message and an attachment, with the guidance
// the engine really gives for it; then as the words the guidance quotes. The panel must show each as text,
// create nothing from it, run nothing, and keep showing its step card.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { GuidanceView } from '@/entrypoints/sidepanel/components/GuidanceView';
import { PanelView } from '@/entrypoints/sidepanel/components/PanelView';
import type { Conversation } from '@/lib/conversation';
import { analyze } from '@/lib/framework';
import type { Guidance } from '@/lib/framework/guidance';
import { HOSTILE_NAMES, HOSTILE_TEXTS, hugeTexts, type HostileClass } from '../../support/hostile';
import { getMessage } from '../support/i18n';
import { injected, sectionErrors, tamperedAnywhere } from './checks';

const CLASSES = [...new Set(HOSTILE_TEXTS.map((entry) => entry.kind))] as HostileClass[];
const textsOf = (kind: HostileClass) => HOSTILE_TEXTS.filter((entry) => entry.kind === kind);

/** A conversation where everything a stranger wrote is `text` (the agent's reply quotes it too). */
function conversationOf(text: string, name = text): Conversation {
  const message = (id: string, role: 'customer' | 'agent', body: string, minute: number) => ({
    id,
    role,
    author: role === 'customer' ? name : 'Sam',
    internal: false,
    text: body,
    at: `2026-11-22T09:0${minute}:00Z`,
    channel: 'email',
    attachments: role === 'customer' ? [text] : [],
  });
  return {
    helpdesk: 'zendesk',
    account: 'acme',
    id: '4711',
    subject: text,
    customer: { name, email: null },
    channel: 'email',
    messages: [
      message('m1', 'customer', text, 0),
      message('m2', 'agent', `I understand how frustrating that is. You wrote: ${text}`, 1),
      message('m3', 'customer', text, 2),
    ],
  };
}

// Sections are found by their labels, and role queries run inside small subtrees or pass `hidden: true`:
// a role query over the whole panel costs milliseconds in happy-dom, and these tests make thousands.
const stepName = (step: Guidance['step']) => getMessage(`steps_${step}_name`);

/** The step card (or the boundary banner that replaces it): the panel's reason to exist, still there. */
function expectStepCard(guidance: Guidance): void {
  const card = screen.getByLabelText(stepName(guidance.step));
  expect(card.getAttribute('role') ?? card.localName).toBe(guidance.step === 'boundary' ? 'alert' : 'section');
  expect(within(card).getByLabelText('Why').textContent).toBe(guidance.reason);
}

/** Nothing created from text, nothing ran, no section replaced by its error notice. */
function expectNothingRan(container: HTMLElement, label: string): void {
  expect(injected(container), label).toEqual([]);
  expect(tamperedAnywhere(), label).toEqual([]);
  expect(sectionErrors(), label).toEqual([]);
}

describe('the panel shows a stranger’s words as text', () => {
  test.each(CLASSES)('%s texts as subject, customer, messages and attachments', (kind) => {
    // One panel, updated from text to text, as it is while the agent moves between tickets.
    const panel = render(<PanelView view={null} error={null} />);
    for (const { id, text } of textsOf(kind)) {
      const conversation = conversationOf(text);
      const guidance = analyze(conversation);
      panel.rerender(<PanelView view={{ status: 'ready', conversation, guidance }} error={null} />);
      expectStepCard(guidance);
      const subject = screen.getAllByRole('heading', { level: 2, hidden: true }).find((h) => h.id === 'summary-title');
      expect(subject?.textContent, id).toBe(text);
      expect(screen.getByLabelText('Latest customer message').textContent, id).toBe(text);
      // The customer's name heads the line under the subject.
      expect(subject?.nextElementSibling?.firstElementChild?.textContent, id).toBe(text);
      expectNothingRan(panel.container, id);
    }
  });

  test('hostile names as the customer and author', () => {
    const panel = render(<PanelView view={null} error={null} />);
    for (const [index, name] of HOSTILE_NAMES.entries()) {
      const conversation = conversationOf('Where is my refund?', name);
      const guidance = analyze(conversation);
      panel.rerender(<PanelView view={{ status: 'ready', conversation, guidance }} error={null} />);
      expectStepCard(guidance);
      const subject = screen.getByRole('heading', { level: 2, name: 'Where is my refund?', hidden: true });
      expect(subject.nextElementSibling?.firstElementChild?.textContent, `name ${index}`).toBe(name);
      expectNothingRan(panel.container, `name ${index}`);
    }
  });

  test.each(CLASSES)('%s texts as the words the guidance quotes (reason, evidence, checklist)', (kind) => {
    const conversation = conversationOf('Where is my refund?');
    const view = render(<></>);
    for (const { id, text } of textsOf(kind)) {
      for (const step of ['listen', 'boundary'] as const) {
        const guidance: Guidance = {
          step,
          reason: text,
          completed: step === 'listen' ? [] : [{ step: 'listen', messageId: 'm2', evidence: text }],
          signals: [
            { kind: 'abusive', messageId: 'm1', evidence: text },
            { kind: 'angry', messageId: 'm3', evidence: text },
          ],
          // A message the panel no longer holds: the banner quotes the words the engine gave.
          ...(step === 'boundary' ? { boundary: { messageId: 'gone', evidence: text } } : {}),
        };
        view.rerender(<GuidanceView conversation={conversation} guidance={guidance} />);
        expectStepCard(guidance);
        const signals = screen.getByLabelText('Customer signals');
        for (const tip of within(signals).getAllByRole('tooltip', { hidden: true })) {
          expect(tip.textContent, id).toBe(`Why: “${text}”`);
        }
        if (step === 'boundary') {
          expect(screen.getByLabelText('What was said').textContent, id).toBe(text);
          const checklist = screen.getByLabelText('Framework checklist');
          expect(
            within(checklist).getAllByRole('listitem', { hidden: true })[0]!.lastElementChild?.textContent,
            id,
          ).toBe(text);
        }
        expectNothingRan(view.container, `${id} (${step})`);
      }
    }
  });
});

describe('the panel with texts of a megabyte', () => {
  // Five megabytes through the engine take a second or two; the longer timeout keeps a busy machine from
  // failing it, while an engine gone quadratic on one of them would still never finish.
  test(
    'every huge text at once: read by the engine, shown whole, the step card still there',
    { timeout: 20_000 },
    () => {
      const huge = hugeTexts();
      const base = conversationOf(huge[0]!.text);
      const conversation: Conversation = {
        ...base,
        customer: { name: huge[1]!.text, email: null },
        messages: huge.map(({ text }, i) => ({ ...base.messages[0]!, id: `h${i}`, text })),
      };
      const guidance = analyze(conversation);
      const { container } = render(<PanelView view={{ status: 'ready', conversation, guidance }} error={null} />);
      expectStepCard(guidance);
      expect(screen.getByLabelText('Latest customer message').textContent).toBe(huge.at(-1)!.text);
      const subject = screen.getAllByRole('heading', { level: 2, hidden: true }).find((h) => h.id === 'summary-title');
      expect(subject?.nextElementSibling?.textContent).toBe(`${huge[1]!.text} · email · 5 messages`);
      expectNothingRan(container, 'huge');
    },
  );
});
