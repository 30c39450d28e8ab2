import { i18n } from '#i18n';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LeaveAnswer } from '../store/leave-slice';

/**
 * Asked when the trainer leaves the editor with unsaved changes. Leaving in the page is deliberate and ends
 * the editing, so its autosave goes too (else it would come back as "unsaved work" for nothing): the
 * trainer chooses to save a draft, to throw the changes away, or to stay. Keeping editing has the focus,
 * so Enter or Escape can never lose work.
 */
export function LeaveDialog({ name, onAnswer }: { name: string; onAnswer(answer: LeaveAnswer): void }) {
  const box = useRef<HTMLDivElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    stay.current?.focus();
    // Back where the trainer was, when they stay; when they leave, that element is gone and nothing moves.
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  // Focus stays in the dialog: Tab from the last button goes to the first, Shift+Tab from the first to the last.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onAnswer('stay');
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(box.current?.querySelectorAll('button') ?? [])];
    const edge = event.shiftKey ? buttons[0] : buttons.at(-1);
    if (document.activeElement === edge) {
      event.preventDefault();
      (event.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
    }
  };

  return (
    <div className="modal">
      <div
        className="modal__box card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="leave-title"
        aria-describedby="leave-body"
        ref={box}
        onKeyDown={onKeyDown}
      >
        <h2 id="leave-title">{i18n.t('packs.leave.title')}</h2>
        <p id="leave-body">{i18n.t('packs.leave.body', [name])}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => onAnswer('save-draft')}>
            {i18n.t('packs.leave.saveDraft')}
          </button>
          <button type="button" className="button button--danger" onClick={() => onAnswer('discard')}>
            {i18n.t('packs.leave.discard')}
          </button>
          <button type="button" className="button button--quiet" ref={stay} onClick={() => onAnswer('stay')}>
            {i18n.t('packs.leave.stay')}
          </button>
        </div>
      </div>
    </div>
  );
}
