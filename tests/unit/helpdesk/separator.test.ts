import { separatorAfter, textBeforeCaret } from '@/lib/helpdesk/separator';
import { h } from './pages';

/** A composer of paragraphs, with the caret put `offset` characters into paragraph `index`'s text. */
function composerWithCaret(paragraphs: string[], index: number | null, offset = 0) {
  const composer = h(
    document,
    'div',
    { contenteditable: 'true' },
    ...paragraphs.map((text) => h(document, 'p', {}, text)),
  );
  document.body.replaceChildren(composer);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  if (index !== null) {
    const node = composer.children[index]!.firstChild ?? composer.children[index]!;
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    selection.addRange(range);
  }
  return { composer, selection };
}

/** What the DOM routes put first, as composer.ts does. */
const separatorBefore = (composer: Element, selection: Selection, text: string) =>
  separatorAfter(textBeforeCaret(composer, selection), text);

describe('the separator before an inserted phrase', () => {
  test('puts a space after words on the caret’s line', () => {
    const { composer, selection } = composerWithCaret(['I see the charge.'], 0, 17);
    expect(separatorBefore(composer, selection, 'Let me fix it.')).toBe(' ');
  });

  test('starts a phrase of several lines on a line of its own', () => {
    const { composer, selection } = composerWithCaret(['Thanks, Dana.'], 0, 13);
    expect(separatorBefore(composer, selection, 'Two options:\n1. A refund')).toBe('\n');
  });

  test('adds nothing after white space, at the start of a paragraph, or in an empty composer', () => {
    const spaced = composerWithCaret(['Dear '], 0, 5);
    expect(separatorBefore(spaced.composer, spaced.selection, 'Dana')).toBe('');
    // The paragraph before ends in a word, but the caret starts a paragraph of its own.
    const second = composerWithCaret(['Hi Dana,', 'x'], 1, 0);
    expect(separatorBefore(second.composer, second.selection, 'Sorry about this.')).toBe('');
    const empty = composerWithCaret([], null);
    expect(separatorBefore(empty.composer, empty.selection, 'Hello')).toBe('');
  });

  test('leaves a text that brings its own white space as it is', () => {
    const { composer, selection } = composerWithCaret(['Hi Maria,'], 0, 9);
    expect(separatorBefore(composer, selection, ' I understand.')).toBe('');
  });

  test('with no caret in the composer, looks at its end, where the text will go', () => {
    const { composer, selection } = composerWithCaret(['One.', 'Two.'], null);
    expect(separatorBefore(composer, selection, 'Three.')).toBe(' ');
  });

  test('reads a no-break space (how editors keep a trailing space) as white space', () => {
    const { composer, selection } = composerWithCaret(['Okay\u00a0'], 0, 5);
    expect(separatorBefore(composer, selection, 'next')).toBe('');
  });
});
