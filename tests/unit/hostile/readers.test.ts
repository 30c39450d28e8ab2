// Issue 11: what a customer types reaches Steadyhand first through the helpdesk readers. Every hostile text
// of the corpus, class by class, is put as text where a stranger's words land on each page shape (message
// body, author, customer, subject); the reader must hand it back as text, normalised only as it normalises
// any text, leave the page untouched and read everything else on the page as before.
import { describe, expect, test } from 'vitest';
import type { Conversation } from '@/lib/conversation';
import { readConversation, type ReadResult } from '@/lib/helpdesk';
import { MAX_DEPTH } from '@/lib/helpdesk/text';
import { deepMarkup, HOSTILE_NAMES, HOSTILE_TEXTS, hugeTexts, type HostileClass } from '../../support/hostile';
import { collapse, injected, tamperedAnywhere } from './checks';
import { loadPage, PAGES, withoutIds, type HostilePage } from './pages';

const CLASSES = [...new Set(HOSTILE_TEXTS.map((entry) => entry.kind))] as HostileClass[];

function conversation(result: ReadResult, label: string): Conversation {
  if (!result.ok) throw new Error(`${label}: not read: ${JSON.stringify(result)}`);
  return result.conversation;
}

/** Reads the page, checking that the read itself wrote nothing to it (the tree and the document). */
function readUntouched(page: HostilePage, doc: Document, url: string, label: string): Conversation {
  const trees = [...new Set<Node>([doc, page.tree(doc)])];
  const observer = new MutationObserver(() => undefined);
  const all = { subtree: true, childList: true, attributes: true, characterData: true };
  for (const tree of trees) observer.observe(tree, all);
  const result = readConversation(doc, url);
  const records = observer.takeRecords();
  observer.disconnect();
  expect(records, `${label}: the read changed the page`).toEqual([]);
  const read = conversation(result, label);
  const ids = read.messages.map((m) => m.id);
  expect(new Set(ids).size, `${label}: message ids are unique`).toBe(ids.length);
  expect(
    ids.every((id) => id !== ''),
    `${label}: message ids are never empty`,
  ).toBe(true);
  return read;
}

describe.each(PAGES)('$name', (page) => {
  describe.each(page.spots)('a stranger’s text in the $place', (spot) => {
    // One copy of the page for the spot: each text replaces the one before it, as a live page's would.
    const { doc, url, base } = loadPage(page);
    const before = injected(page.tree(doc));

    test.each(CLASSES)('%s texts read back as text, and nothing else on the page changes', (kind) => {
      for (const { id, text } of HOSTILE_TEXTS.filter((entry) => entry.kind === kind)) {
        spot.put(doc, text);
        const read = readUntouched(page, doc, url, id);
        expect(withoutIds(read), id).toEqual(withoutIds(spot.expect(base, text)));
      }
      // Put in as text, the payloads stayed text: the page holds no element or handler it did not have.
      expect(injected(page.tree(doc))).toEqual(before);
      expect(tamperedAnywhere()).toEqual([]);
    });
  });

  const names = page.spots.filter((spot) => spot.place === 'author' || spot.place === 'customer');
  test.each(names.map((spot) => [spot.place, spot] as const))('hostile names as the %s', (_place, spot) => {
    const { doc, url, base } = loadPage(page);
    for (const [index, name] of HOSTILE_NAMES.entries()) {
      spot.put(doc, name);
      const read = readUntouched(page, doc, url, `name ${index}`);
      expect(withoutIds(read), `name ${index}`).toEqual(withoutIds(spot.expect(base, name)));
    }
    expect(tamperedAnywhere()).toEqual([]);
  });
});

describe('texts and trees of pathological size', () => {
  const [zendesk, , intercom2026] = PAGES as [HostilePage, HostilePage, HostilePage];
  const body = (page: HostilePage) => page.spots.find((spot) => spot.place === 'body')!;

  // All five within the test's timeout: a read that went quadratic on one of them would not finish.
  test('every megabyte text is read whole as a Zendesk message', () => {
    const { doc, url, base } = loadPage(zendesk);
    for (const { id, text } of hugeTexts()) {
      body(zendesk).put(doc, text);
      const read = readUntouched(zendesk, doc, url, id);
      expect(read.messages[0]!.text.length, id).toBe(collapse(text).length);
      expect(withoutIds(read), id).toEqual(withoutIds(body(zendesk).expect(base, text)));
    }
  });

  test('a megabyte of markup is read as text from inside a shadow root', () => {
    const { doc, url, base } = loadPage(intercom2026);
    const before = injected(intercom2026.tree(doc));
    const { text } = hugeTexts().find((huge) => huge.id === 'huge/markup')!;
    body(intercom2026).put(doc, text);
    expect(readUntouched(intercom2026, doc, url, 'huge/markup')).toEqual(body(intercom2026).expect(base, text));
    expect(injected(intercom2026.tree(doc))).toEqual(before);
  });

  test('deep markup given as text stays one line of text', () => {
    const { doc, url, base } = loadPage(zendesk);
    const text = deepMarkup(10_000);
    body(zendesk).put(doc, text);
    expect(withoutIds(readUntouched(zendesk, doc, url, 'deep text'))).toEqual(
      withoutIds(body(zendesk).expect(base, text)),
    );
  });

  // A body nested thousands of elements deep must not overflow the reader's stack: what lies deeper than
  // MAX_DEPTH below the message is not read (lib/helpdesk/text.ts), and everything around it still is.
  test.each(PAGES)(
    '$name: a body nested 10,000 elements deep is read up to the depth cap, without throwing',
    (page) => {
      const spot = page.spots.find((s) => s.place === 'body')!;
      for (const [depth, shown] of [
        [MAX_DEPTH - 50, true],
        [10_000, false],
      ] as const) {
        const { doc, url, base } = loadPage(page);
        spot.put(doc, 'marker');
        // The element the text went into: the innermost one holding it.
        const holder = [...page.tree(doc).querySelectorAll('*')].filter((el) => el.textContent === 'marker').at(-1)!;
        let inner: Element = holder;
        for (let i = 0; i < depth; i++) inner = inner.appendChild(doc.createElement('div'));
        inner.textContent = 'deep';
        const read = readUntouched(page, doc, url, `depth ${depth}`);
        const expected = spot.expect(base, 'marker');
        // Divs are blocks: the nested text, when read, is a line of its own.
        const text = shown ? 'marker\ndeep' : 'marker';
        expect(withoutIds(read)).toEqual(
          withoutIds({ ...expected, messages: expected.messages.map((m, i) => (i === 0 ? { ...m, text } : m)) }),
        );
      }
    },
  );
});
