import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionStatus, type PhraseStatus } from '@/entrypoints/sidepanel/components/ActionStatus';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** The line as the panel holds it: shown until it asks to be cleared. */
function renderLine(first: PhraseStatus | null) {
  const onExpire = vi.fn();
  const view = render(<ActionStatus status={first} onExpire={onExpire} />);
  const show = (status: PhraseStatus | null) => view.rerender(<ActionStatus status={status} onExpire={onExpire} />);
  return { line: screen.getByRole('status'), onExpire, show };
}

describe('the panel’s status line', () => {
  it('is always there to be announced, says what happened, and asks to be cleared after five seconds', () => {
    const { line, onExpire, show } = renderLine(null);
    expect(line).toHaveTextContent('');
    show({ tone: 'ok', message: 'Inserted into the reply. Nothing was sent.' });
    expect(line).toHaveTextContent('Inserted into the reply. Nothing was sent.');
    vi.advanceTimersByTime(4_900);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('keeps what went wrong longer, and a new line starts its own time', () => {
    const { onExpire, show } = renderLine({ tone: 'error', message: 'Fill in: Follow-up date' });
    vi.advanceTimersByTime(9_000);
    expect(onExpire).not.toHaveBeenCalled();
    show({ tone: 'ok', message: 'Copied.' });
    vi.advanceTimersByTime(4_000);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_100);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
