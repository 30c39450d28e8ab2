import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askForValue } from '@/entrypoints/sidepanel/components/phrases/fill-fields';
import { ActionStatus, type PhraseStatus } from '@/entrypoints/sidepanel/components/ActionStatus';
import { PhrasesSection } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';
import type { OfferedPhrase } from '@/lib/packs';

const phrase = (
  phraseId: string,
  text: string,
  variant: OfferedPhrase['variant'] = null,
  locale = 'en',
  packId = 'team',
): OfferedPhrase => ({
  key: `${packId}/${phraseId}/${variant ?? '-'}`,
  packId,
  packName: packId === 'team' ? 'Team pack' : 'Billing pack',
  phraseId,
  step: 'act',
  variant,
  text,
  locale,
});

/** The section as the panel wires it: a missing value asks for itself and says so in the status line. */
function Harness(props: {
  phrases: OfferedPhrase[];
  onInsert?: (p: OfferedPhrase, text: string) => void;
  onCopy?: (p: OfferedPhrase, text: string) => void;
  onQuery?: (query: string) => void;
  query?: string;
}) {
  const [fills, setFills] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<PhraseStatus | null>(null);
  return (
    <>
      <ActionStatus status={status} onExpire={() => setStatus(null)} />
      <PhrasesSection
        phrases={props.phrases}
        step={{ shown: 'act', guided: 'act', onPick: () => undefined }}
        query={props.query ?? ''}
        values={{ 'customer.firstName': 'Dana' }}
        fills={fills}
        onQuery={props.onQuery ?? (() => undefined)}
        onFill={(name, value) => setFills((all) => ({ ...all, [name]: value }))}
        onMissing={(p, name) => setStatus(askForValue(p.key, name))}
        onInsert={props.onInsert ?? (() => undefined)}
        onCopy={props.onCopy ?? (() => undefined)}
      />
    </>
  );
}

// Dates are written without the year when they fall in the current one: pin "now" to 2 December 2026.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('PhrasesSection', () => {
  it('numbers the phrases for keys 1–9 and fills what the conversation knows', () => {
    render(<Harness phrases={[phrase('a', 'Thanks, {{customer.firstName}}.'), phrase('b', 'On it.', 'angry')]} />);
    const list = screen.getByRole('list', { name: 'Phrases for Take Action & Follow Up' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Thanks, Dana.');
    expect(second).toHaveTextContent('for an angry customer');
    expect(screen.getByRole('button', { name: 'Insert phrase 2 into the reply' })).toBeEnabled();
  });

  it('never inserts or copies a placeholder: it moves to the missing value and names it', async () => {
    const onInsert = vi.fn();
    const onCopy = vi.fn();
    render(
      <Harness
        phrases={[phrase('a', 'I will update you by {{followUp.date}}.')]}
        onInsert={onInsert}
        onCopy={onCopy}
      />,
    );
    expect(screen.getByText('{{followUp.date}}').tagName).toBe('MARK');
    await userEvent.click(screen.getByRole('button', { name: 'Copy phrase 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Insert phrase 1 into the reply' }));
    expect(onCopy).not.toHaveBeenCalled();
    expect(onInsert).not.toHaveBeenCalled();
    const field = screen.getByLabelText('Follow-up date');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('type', 'date');
    expect(screen.getByRole('status')).toHaveTextContent('Fill in: Follow-up date');
  });

  it('writes a date the way the customer reads it, in the phrase’s language', async () => {
    const onInsert = vi.fn();
    const onCopy = vi.fn();
    render(
      <Harness
        phrases={[
          phrase('a', 'I will update you by {{followUp.date}}.'),
          phrase('b', 'Le escribo el {{followUp.date}}.', null, 'es'),
        ]}
        onInsert={onInsert}
        onCopy={onCopy}
      />,
    );
    const [english] = screen.getAllByLabelText('Follow-up date');
    fireEvent.change(english!, { target: { value: '2026-12-05' } });
    await userEvent.click(screen.getByRole('button', { name: 'Insert phrase 1 into the reply' }));
    expect(onInsert).toHaveBeenCalledWith(
      expect.objectContaining({ phraseId: 'a' }),
      'I will update you by Saturday, 5 December.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy phrase 2' }));
    expect(onCopy).toHaveBeenCalledWith(
      expect.objectContaining({ phraseId: 'b' }),
      'Le escribo el sábado 5 de diciembre.',
    );
  });

  it('names the pack only when the phrases come from more than one', () => {
    const { rerender } = render(<Harness phrases={[phrase('a', 'On it.'), phrase('b', 'Done.')]} />);
    expect(screen.queryByText('Team pack')).toBeNull();
    rerender(<Harness phrases={[phrase('a', 'On it.'), phrase('b', 'Refunded.', null, 'en', 'billing')]} />);
    expect(screen.getByText('Team pack')).toBeInTheDocument();
    expect(screen.getByText('Billing pack')).toBeInTheDocument();
  });

  it('marks each phrase with its pack’s language, so a screen reader reads it in that language', () => {
    render(<Harness phrases={[phrase('a', 'On it.'), phrase('b', 'Ya está.', null, 'es')]} />);
    expect(screen.getByText('On it.')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Ya está.')).toHaveAttribute('lang', 'es');
  });

  it('runs from the keyboard: ↓ and ↑ move through the phrases, Enter inserts, Esc leaves the search', async () => {
    const onInsert = vi.fn();
    const onQuery = vi.fn();
    render(
      <Harness
        phrases={[phrase('a', 'Refund on its way.'), phrase('b', 'Refund issued today.')]}
        onInsert={onInsert}
        onQuery={onQuery}
        query="refund"
      />,
    );
    const search = screen.getByRole('searchbox', { name: 'Search all phrases' });
    search.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Insert phrase 1 into the reply' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Insert phrase 2 into the reply' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Insert phrase 2 into the reply' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ phraseId: 'b' }), 'Refund issued today.');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(search).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onQuery).toHaveBeenCalledWith('');
  });

  it('shows hostile pack text as text', () => {
    render(<Harness phrases={[phrase('x', '<img src=x onerror=alert(1)> {{customer.firstName}}')]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('<img src=x onerror=alert(1)> Dana');
    expect(document.querySelector('img')).toBeNull();
  });

  it('says when a search finds nothing, and hides the step picker while searching', () => {
    render(<Harness phrases={[]} query="refund" />);
    expect(screen.getByText('No phrase matches “refund”.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Browse steps' })).toBeNull();
  });
});
