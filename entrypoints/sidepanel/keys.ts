import { SEARCH_ID } from '@/entrypoints/sidepanel/components/phrases/PhrasesSection';

/** Keys typed into a field belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The panel's keys: 1–9 insert the nth phrase shown (where there is an editor to insert into: `onNumber`
 * null leaves the digits alone), `/` goes to the phrase search. Returns the function that removes them.
 */
export function listenForPanelKeys(onNumber: ((index: number) => void) | null, doc: Document = document): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (event.key === '/') {
      event.preventDefault();
      doc.getElementById(SEARCH_ID)?.focus();
    } else if (onNumber && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      onNumber(Number(event.key) - 1);
    }
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
