// Issue 11: phrase packs are written by strangers too (a trainer's file, a URL, an older stored pack that
// predates today's checks). The panel's phrase section, inside the guidance view as the panel shows it, gets
// every hostile text of the corpus as phrase text and as pack name, class by class: each shows as text,
// inserts exactly as written, and never takes the step card or the other phrases down with it.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { GuidanceView } from '@/entrypoints/sidepanel/components/GuidanceView';
import { PhrasesSection } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';
import type { Conversation } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import type { OfferedPhrase, VariableValues } from '@/lib/packs';
import { HOSTILE_TEXTS, PROTOTYPE_KEYS, type HostileClass } from '../../support/hostile';
import { injected, sectionErrors, tamperedAnywhere } from './checks';

const CLASSES = [...new Set(HOSTILE_TEXTS.map((entry) => entry.kind))] as HostileClass[];

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '4711',
  subject: 'Charged twice',
  customer: { name: 'Dana', email: null },
  channel: null,
  messages: [
    {
      id: 'm1',
      role: 'customer',
      author: 'Dana',
      internal: false,
      text: 'Fix it.',
      at: null,
      channel: null,
      attachments: [],
    },
  ],
};
const guidance: Guidance = { step: 'act', reason: 'Say what happens next.', completed: [], signals: [] };

// As variablesFor builds them: no prototype, so no name finds anything but what is set.
const VALUES: VariableValues = Object.assign(Object.create(null) as VariableValues, { 'customer.firstName': 'Dana' });

// Each from its own pack, so the panel names every pack (it names them only when more than one is shown).
const phrase = (index: number, text: string, packName: string): OfferedPhrase => ({
  key: `team${index}/p${index}/-`,
  packId: `team${index}`,
  packName,
  phraseId: `p${index}`,
  step: 'act',
  variant: null,
  text,
  locale: 'en',
});

function Harness({ phrases, onInsert }: { phrases: OfferedPhrase[]; onInsert: (p: OfferedPhrase, t: string) => void }) {
  const [fills, setFills] = useState<Record<string, string>>({});
  const section = (
    <PhrasesSection
      phrases={phrases}
      step={{ shown: 'act', guided: 'act', onPick: () => undefined }}
      query=""
      values={VALUES}
      fills={fills}
      onQuery={() => undefined}
      onFill={(name, value) => setFills((all) => ({ ...all, [name]: value }))}
      onMissing={() => undefined}
      onInsert={onInsert}
      onCopy={() => undefined}
    />
  );
  return <GuidanceView conversation={conversation} guidance={guidance} slots={{ phrases: section }} />;
}

/** The panel around the phrases still stands: the step card, and no section replaced by its error notice. */
function expectPanelStands(container: HTMLElement): void {
  expect(within(screen.getByLabelText('Take Action & Follow Up')).getByLabelText('Why')).toBeInTheDocument();
  expect(sectionErrors()).toEqual([]);
  expect(injected(container)).toEqual([]);
  expect(tamperedAnywhere()).toEqual([]);
}

const phraseList = () => screen.getByLabelText('Phrases for Take Action & Follow Up');
// `hidden: true` skips the style checks that make role queries slow in happy-dom; nothing here is hidden.
const insertButton = (item: HTMLElement) => within(item).getByRole('button', { name: /^Insert/, hidden: true });
const paragraphs = (item: HTMLElement) => within(item).getAllByRole('paragraph', { hidden: true });
const textboxes = (item: HTMLElement) => within(item).queryAllByRole('textbox', { hidden: true });

describe('hostile phrase text and pack names in the panel', () => {
  test.each(CLASSES)('%s texts show as written and insert exactly as written', (kind) => {
    const texts = HOSTILE_TEXTS.filter((entry) => entry.kind === kind);
    const onInsert = vi.fn();
    const { container } = render(
      <Harness phrases={texts.map((entry, i) => phrase(i, entry.text, entry.text))} onInsert={onInsert} />,
    );
    expectPanelStands(container);
    const items = within(phraseList()).getAllByRole('listitem');
    expect(items).toHaveLength(texts.length);
    texts.forEach(({ id, text }, i) => {
      const item = items[i]!;
      const [body] = paragraphs(item);
      // The key number, then the phrase, with the pack's name as a tag: both exactly as the pack wrote them.
      expect(body!.textContent, id).toBe(text);
      expect(item.querySelector('.tag--pack')!.textContent, id).toBe(text);
      expect(item.textContent!.startsWith(`${i < 9 ? i + 1 : ''}${text}`), id).toBe(true);
      const button = insertButton(item);
      // A variable the conversation cannot fill ({{ customer.name }} here) is asked for: Insert moves to its
      // field and inserts nothing, so no placeholder reaches the reply.
      const asks = item.querySelectorAll('input').length > 0;
      onInsert.mockClear();
      fireEvent.click(button);
      if (asks) expect(onInsert, id).not.toHaveBeenCalled();
      else expect(onInsert, id).toHaveBeenLastCalledWith(expect.objectContaining({ phraseId: `p${i}` }), text);
    });
    expectPanelStands(container);
  });

  // Names that reach Object.prototype when a lookup is not limited to own properties. A pack stored before
  // unknown variables were refused may hold them; the agent's typed values are looked up by the same name.
  test.each(PROTOTYPE_KEYS)('{{%s}} is a name like any other: asked for, filled, inserted literally', (key) => {
    const text = `Dear {{${key}}}, thanks.`;
    const onInsert = vi.fn();
    const { container } = render(<Harness phrases={[phrase(0, text, 'Old pack')]} onInsert={onInsert} />);
    expectPanelStands(container);
    const [item] = within(phraseList()).getAllByRole('listitem');
    expect(paragraphs(item!)[0]!.textContent).toBe(text);
    // Variable names start with a letter: {{__proto__}} is plain text, inserted as written.
    if (!/^[A-Za-z]/.test(key)) {
      expect(textboxes(item!)).toEqual([]);
      fireEvent.click(insertButton(item!));
      expect(onInsert).toHaveBeenLastCalledWith(expect.anything(), text);
      return;
    }
    const field = within(item!).getByRole('textbox', { name: `Value for ${key}`, hidden: true });
    expect(field).toHaveValue('');
    fireEvent.click(insertButton(item!));
    expect(onInsert).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: 'Sam' } });
    fireEvent.click(insertButton(item!));
    expect(onInsert).toHaveBeenLastCalledWith(expect.anything(), 'Dear Sam, thanks.');
    expectPanelStands(container);
  });
});
