// Reading cost of lib/helpdesk, measured in linkedom (already installed, through wxt). Not happy-dom:
// it caches querySelectorAll results between calls, which makes a repeated baseline nearly free, and
// it is several times slower to build pages. Pages hold messages shaped like real ones (emails with
// paragraphs, links, lists, quotes and signatures between chat bubbles and notes:
// tests/unit/helpdesk/realistic-pages.ts). Every figure is a median, beside a baseline from the same
// run: the full read against a bare querySelectorAll + textContent walk of the same page, and one
// appended message on a 1,000-message ticket against the same on a 100-message ticket.
import { parseHTML } from 'linkedom';
import { observeConversation, readConversation } from '../../lib/helpdesk/both';
import { intercomConversation, zendeskTicket } from '../../tests/unit/helpdesk/pages';
import { realisticIntercomPart, realisticZendeskMessage } from '../../tests/unit/helpdesk/realistic-pages';
import type { BenchRow, BenchSuite } from './row';

const ZURL = 'https://acme.zendesk.com/agent/tickets/1';
const IURL = 'https://app.intercom.com/a/inbox/x1/inbox/conversation/7';
const ZITEM = 'article[data-test-id="omni-log-comment-item"]';
const IITEM = '[data-intercom-target="conversation-stream-content-part"]';

function blank(): { doc: Document; win: typeof globalThis } {
  const { document, window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return { doc: document as unknown as Document, win: window as unknown as typeof globalThis };
}

function zendeskPage(n: number) {
  const page = blank();
  const ticket = zendeskTicket(page.doc, '1', n, true, realisticZendeskMessage);
  page.doc.body.append(ticket.root);
  return { ...page, log: ticket.log };
}

function intercomPage(n: number) {
  const page = blank();
  page.doc.body.append(intercomConversation(page.doc, n, realisticIntercomPart).root);
  return page;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * Medians of two functions run alternately, so drift and load hit both alike. The warm-up is long:
 * linkedom's selector and text code take a few dozen runs to be compiled, and until then the
 * baseline alone varies several-fold from run to run.
 */
function paired(a: () => void, b: () => void, runs = 31, warmup = 20): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    if (i >= warmup) {
      ta.push(t1 - t0);
      tb.push(t2 - t1);
    }
  }
  return [median(ta), median(tb)];
}

function bareWalk(doc: Document, itemCss: string): void {
  let chars = 0;
  for (const el of doc.querySelectorAll(itemCss)) chars += (el.textContent ?? '').length;
  if (chars === 0) throw new Error('baseline read nothing');
}

function readRow(name: string, doc: Document, url: string, itemCss: string, n: number): BenchRow {
  const [value, baselineValue] = paired(
    () => {
      const r = readConversation(doc, url);
      if (!r.ok || r.conversation.messages.length !== n) throw new Error(`${name}: bad read`);
    },
    () => bareWalk(doc, itemCss),
  );
  const ratio = value / baselineValue;
  return {
    name,
    value,
    unit: 'ms',
    baseline: 'bare querySelectorAll + textContent, same page (linkedom)',
    baselineValue,
    ratio,
    target: 'ratio ≤ 2',
    pass: ratio <= 2,
  };
}

/**
 * Median cost of one appended message, from the append to the observer's update: mutation records,
 * the debounced flush (run at once by a stand-in timer), parse, resolve and emit.
 */
async function appendCost(n: number, samples = 31, warmup = 10): Promise<number> {
  const { doc, win, log } = zendeskPage(n);
  const saved = { setTimeout, clearTimeout, MutationObserver: globalThis.MutationObserver };
  const due = new Map<number, () => void>();
  let id = 0;
  Object.assign(globalThis, {
    MutationObserver: win.MutationObserver,
    setTimeout: (fn: () => void, ms: number) => (ms < 1e6 && due.set(++id, fn), id),
    clearTimeout: (t: number) => due.delete(t),
  });
  let updates = 0;
  const observer = observeConversation(doc, { url: () => ZURL, debounceMs: 10, heartbeatMs: 1e9 }, () => updates++);
  const times: number[] = [];
  try {
    for (let i = 0; i < warmup + samples; i++) {
      const message = realisticZendeskMessage(doc, n + i);
      const parsesBefore = observer.stats().parses;
      const t0 = performance.now();
      log.append(message);
      await Promise.resolve(); // deliver the mutation records
      const timers = [...due.values()];
      due.clear();
      timers.forEach((fn) => fn());
      const t1 = performance.now();
      if (observer.stats().parses - parsesBefore !== 1) throw new Error('an append re-parsed other messages');
      if (i >= warmup) times.push(t1 - t0);
    }
    if (updates !== warmup + samples + 1) throw new Error(`expected one update per append, got ${updates}`);
  } finally {
    observer.stop();
    Object.assign(globalThis, saved);
  }
  return median(times);
}

const suite: BenchSuite = async () => {
  // A build-time constant in the extension; the bench runs the sources directly.
  Object.assign(globalThis, { __STEADYHAND_DEMO__: false });
  const rows: BenchRow[] = [];
  for (const n of [100, 1000]) {
    const count = n.toLocaleString('en');
    rows.push(readRow(`readConversation, Zendesk, ${count} messages`, zendeskPage(n).doc, ZURL, ZITEM, n));
    rows.push(readRow(`readConversation, Intercom, ${count} parts`, intercomPage(n).doc, IURL, IITEM, n));
  }
  const small = await appendCost(100);
  const large = await appendCost(1000);
  rows.push({
    name: 'one appended message, 1,000-message ticket',
    value: large,
    unit: 'ms',
    baseline: 'same, 100-message ticket (linkedom)',
    baselineValue: small,
    ratio: large / small,
    target: 'ratio ≤ 1.5',
    pass: large / small <= 1.5,
  });
  return rows;
};

export default suite;
