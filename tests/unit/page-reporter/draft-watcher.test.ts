import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_DEBOUNCE_MS, watchDraft, type DraftWatcher } from '@/lib/page-reporter/draft-watcher';

/** An editor the way the helpdesks render one; `host` puts it inside an open shadow root (Intercom 2026). */
function editor({ shadow = false } = {}): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  if (!shadow) return document.body.appendChild(el);
  const host = document.body.appendChild(document.createElement('div'));
  return host.attachShadow({ mode: 'open' }).appendChild(el);
}

/** What the agent's typing does to the page: the text changes, an input event goes up, composed. */
function type(el: HTMLElement, text: string): void {
  el.textContent = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text.slice(-1) }));
}

describe('the draft watcher', () => {
  let el: HTMLElement;
  let sent: string[];
  let watcher: DraftWatcher;
  const start = (target: HTMLElement) => {
    el = target;
    sent = [];
    watcher = watchDraft(
      document,
      () => (el.textContent ?? '').trim(),
      (text) => sent.push(text),
    );
  };

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    watcher.stop();
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('sends the draft once typing pauses, not on every keystroke', () => {
    start(editor());
    for (const text of ['O', 'Oh', 'Oh n', 'Oh no']) {
      type(el, text);
      vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 50);
    }
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual(['Oh no']);
  });

  it('sends only when the text changed since the last send', () => {
    start(editor());
    type(el, 'Sorry about that.');
    vi.runAllTimers();
    type(el, 'Sorry about that. ');
    vi.runAllTimers();
    expect(sent).toEqual(['Sorry about that.']);
  });

  it('sends an emptied draft once, so the panel clears, and nothing for an editor that stays empty', () => {
    start(editor());
    type(el, '');
    vi.runAllTimers();
    expect(sent).toEqual([]);
    type(el, 'Hi');
    vi.runAllTimers();
    type(el, '');
    vi.runAllTimers();
    type(el, '');
    vi.runAllTimers();
    expect(sent).toEqual(['Hi', '']);
  });

  it('hears an edit the editor applied itself, cancelling the browser’s (no input event follows)', () => {
    start(editor());
    type(el, 'Hello');
    vi.runAllTimers();
    el.textContent = '';
    el.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, composed: true, inputType: 'deleteContent' }));
    vi.runAllTimers();
    expect(sent).toEqual(['Hello', '']);
    // ProseMirror deletes on keydown: no input event at all, only the key's keyup.
    type(el, 'Hello again');
    vi.runAllTimers();
    el.textContent = '';
    el.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Backspace' }));
    vi.runAllTimers();
    expect(sent).toEqual(['Hello', '', 'Hello again', '']);
  });

  it('hears typing in an editor inside a shadow root', () => {
    start(editor({ shadow: true }));
    type(el, 'Which size did you order?');
    vi.runAllTimers();
    expect(sent).toEqual(['Which size did you order?']);
  });

  it('reads again when asked (a sent reply empties the editor without typing), and stops for good', () => {
    start(editor());
    type(el, 'I will call you at 5pm.');
    vi.runAllTimers();
    el.textContent = '';
    watcher.soon();
    vi.runAllTimers();
    expect(sent).toEqual(['I will call you at 5pm.', '']);
    watcher.stop();
    type(el, 'After the end');
    vi.runAllTimers();
    expect(sent).toHaveLength(2);
  });
});
