import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForPanelKeys } from '@/entrypoints/sidepanel/keys';
import { SEARCH_ID } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

const press = (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

describe('panel keys', () => {
  it('turns 1–9 into the index of the phrase to insert', () => {
    const onNumber = vi.fn();
    stop = listenForPanelKeys(onNumber);
    press('1');
    press('9');
    press('0');
    expect(onNumber.mock.calls).toEqual([[0], [8]]);
  });

  it('sends / to the phrase search', () => {
    const search = document.body.appendChild(document.createElement('input'));
    search.id = SEARCH_ID;
    stop = listenForPanelKeys(() => undefined);
    press('/');
    expect(document.activeElement).toBe(search);
  });

  it('leaves keys typed into a field, and shortcuts with modifiers, alone', () => {
    const onNumber = vi.fn();
    const field = document.body.appendChild(document.createElement('textarea'));
    stop = listenForPanelKeys(onNumber);
    press('1', field);
    press('2', document.body, { ctrlKey: true });
    expect(onNumber).not.toHaveBeenCalled();
  });
});
