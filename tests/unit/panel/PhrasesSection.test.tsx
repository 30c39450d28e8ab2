import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PhrasesSection } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';
import type { OfferedPhrase } from '@/lib/packs';

const phrase = (phraseId: string, text: string, variant: OfferedPhrase['variant'] = null): OfferedPhrase => ({
  key: `team/${phraseId}/${variant ?? '-'}`,
  packId: 'team',
  packName: 'Team pack',
  phraseId,
  step: 'act',
  variant,
  text,
});

function Harness(props: {
  phrases: OfferedPhrase[];
  onInsert?: (p: OfferedPhrase, text: string) => void;
  query?: string;
}) {
  const [fills, setFills] = useState<Record<string, string>>({});
  return (
    <PhrasesSection
      phrases={props.phrases}
      shownStep="act"
      guidedStep="act"
      query={props.query ?? ''}
      values={{ 'customer.firstName': 'Dana' }}
      fills={fills}
      status={null}
      onPick={() => undefined}
      onQuery={() => undefined}
      onFill={(name, value) => setFills((all) => ({ ...all, [name]: value }))}
      onInsert={props.onInsert ?? (() => undefined)}
      onCopy={() => undefined}
    />
  );
}

describe('PhrasesSection', () => {
  it('numbers the phrases for keys 1–9 and fills what the conversation knows', () => {
    render(<Harness phrases={[phrase('a', 'Thanks, {{customer.firstName}}.'), phrase('b', 'On it.', 'angry')]} />);
    const list = screen.getByRole('list', { name: 'Phrases for Take Action & Follow Up' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Thanks, Dana.');
    expect(second).toHaveTextContent('worded for an angry customer');
    expect(screen.getByRole('button', { name: 'Insert phrase 2 into the reply' })).toBeEnabled();
  });

  it('highlights a missing value and asks for it before inserting', async () => {
    const onInsert = vi.fn();
    render(<Harness phrases={[phrase('a', 'I will update you by {{followUp.date}}.')]} onInsert={onInsert} />);
    const insert = screen.getByRole('button', { name: 'Insert phrase 1 into the reply' });
    expect(insert).toBeDisabled();
    expect(screen.getByText('{{followUp.date}}').tagName).toBe('MARK');
    await userEvent.type(screen.getByLabelText('Value for followUp.date'), 'Friday');
    expect(insert).toBeEnabled();
    await userEvent.click(insert);
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ phraseId: 'a' }), 'I will update you by Friday.');
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
