/** Quiet time after the last keystroke before the draft is read: typing costs one timer reset per key. */
export const DRAFT_DEBOUNCE_MS = 300;

/**
 * The events an edit raises. Editors that apply an edit to their own model cancel its `beforeinput`, and
 * then no `input` follows (CKEditor 5 does so for deletions); ProseMirror takes Backspace and Delete on
 * `keydown`, before any input event: the key's `keyup` still comes. Plain typing raises all three.
 */
const EDITS = ['beforeinput', 'input', 'keyup'] as const;

/** What follows the reply editor for the panel's draft check. */
export interface DraftWatcher {
  /** Reads the draft once things are quiet (the conversation changed, a phrase went in). */
  soon(): void;
  stop(): void;
}

/**
 * Follows the reply editor's text as the agent types: reads it once typing pauses and sends it only when
 * it changed since the last send (an emptied editor once, so the panel clears). Holds nothing but the last
 * text sent, to compare. Edit events are composed, so typing in an editor inside a shadow root (Intercom)
 * reaches the document's listener too; whatever field the agent typed in, only the composer is read.
 */
export function watchDraft(
  doc: Document,
  read: () => string,
  send: (text: string) => void,
  delayMs = DRAFT_DEBOUNCE_MS,
): DraftWatcher {
  let sent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const text = read();
    if (text !== sent) send((sent = text));
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(check, delayMs);
  };
  for (const type of EDITS) doc.addEventListener(type, soon, true);
  return {
    soon,
    stop() {
      clearTimeout(timer);
      for (const type of EDITS) doc.removeEventListener(type, soon, true);
    },
  };
}
