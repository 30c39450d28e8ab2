// What goes between the agent's text and an inserted phrase, so two phrases never run together
// ("…for you.Tell me…") and a phrase of several lines starts on a line of its own. Shared by the DOM
// routes (content script) and the CKEditor bridge (page world), which reads its own model instead.

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Given the text of the caret's paragraph up to the caret: a space after words, a line break instead
 * when the phrase has several lines, so it starts on its own; nothing at the start of a paragraph,
 * after white space (a no-break space included: editors keep trailing spaces so), or before a text
 * that brings its own.
 */
export function separatorAfter(before: string, text: string): string {
  if (before === '' || /\s$/.test(before) || /^\s/.test(text)) return '';
  return text.includes('\n') ? '\n' : ' ';
}

/**
 * The text of the caret's own paragraph up to the caret, in a contenteditable (editors keep one block
 * per paragraph, so the end of the paragraph before does not count); with no caret in the composer, the
 * composer's text, since insertion then goes at its end.
 */
export function textBeforeCaret(composer: Element, selection: Selection | null): string {
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || !composer.contains(range.startContainer)) return composer.textContent ?? '';
  let block: Node = range.startContainer;
  while (block !== composer && !(block instanceof Element && BLOCKS.has(block.tagName))) block = block.parentNode!;
  const before = range.cloneRange();
  before.setStart(block, 0);
  return before.toString();
}
