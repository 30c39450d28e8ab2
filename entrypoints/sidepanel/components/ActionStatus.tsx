import { useEffect } from 'react';

/** What became of the agent's last action (insert, copy, a value to fill in), in one line. */
export interface PhraseStatus {
  tone: 'ok' | 'error';
  message: string;
}

/** How long a line stays: long enough to read; what went wrong stays longer than what went right. */
export const STATUS_MILLISECONDS: Readonly<Record<PhraseStatus['tone'], number>> = { ok: 5_000, error: 10_000 };

/**
 * The one status line at the top of the panel. It is always in the page (empty when there is nothing to
 * say), so screen readers announce each new line, and it clears itself after a while.
 */
export function ActionStatus({ status, onExpire }: { status: PhraseStatus | null; onExpire(): void }) {
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(onExpire, STATUS_MILLISECONDS[status.tone]);
    return () => clearTimeout(timer);
  }, [status, onExpire]);
  return (
    <p role="status" className={`action-status${status?.tone === 'error' ? ' action-status--error' : ''}`}>
      {status?.message ?? ''}
    </p>
  );
}
