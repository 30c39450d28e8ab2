// One measurement of scripts/bench/reader.ts, run in a process of its own (see there): a page shape and
// a size on the command line, the medians on standard output as JSON.
import { parseHTML } from 'linkedom';
import { observeConversation, readConversation } from '../../lib/helpdesk/both';
import { intercom2026Conversation, intercomConversation, zendeskTicket } from '../../tests/unit/helpdesk/pages';
import {
  realisticIntercom2026Row,
  realisticIntercomPart,
  realisticZendeskMessage,
} from '../../tests/unit/helpdesk/realistic-pages';
import { median } from './median';

const ZURL = 'https://acme.zendesk.com/agent/tickets/1';
const IURL = 'https://app.intercom.com/a/inbox/x1/inbox/conversation/7';
const ZITEM = 'article[data-test-id="omni-log-comment-item"]';
const IITEM = '[data-intercom-target="conversation-stream-content-part"]';
const I2026ITEM = '[class~="group/content-part"]';

function blank(): { doc: Document; win: typeof globalThis } {
  const { document, window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return { doc: document as unknown as Document, win: window as unknown as typeof globalThis };
}

/** A page, where its messages are appended, and how a new message is built. */
interface BenchPage {
  doc: Document;
  win: typeof globalThis;
  log: Element;
  message: (doc: Document, i: number) => Element;
}

function zendeskPage(n: number): BenchPage {
  const page = blank();
  const ticket = zendeskTicket(page.doc, '1', n, true, realisticZendeskMessage);
  page.doc.body.append(ticket.root);
  return { ...page, log: ticket.log, message: realisticZendeskMessage };
}

function intercomPage(n: number): BenchPage {
  const page = blank();
  const { root, stream } = intercomConversation(page.doc, n, realisticIntercomPart);
  page.doc.body.append(root);
  return { ...page, log: stream, message: realisticIntercomPart };
}

function intercom2026Page(n: number): BenchPage {
  const page = blank();
  const { root, stream } = intercom2026Conversation(page.doc, n, realisticIntercom2026Row);
  page.doc.body.append(root);
  return { ...page, log: stream, message: realisticIntercom2026Row };
}

/**
 * Medians of two functions run alternately, so drift and load hit both alike. The warm-up is long:
 * linkedom's selector and text code take a few dozen runs to be compiled, and until then the
 * baseline alone varies several-fold from run to run.
 */
function paired(a: () => void, b: () => void, runs = 101, warmup = 30): [number, number] {
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

/** The bare walk: every message node's text, entering #teammate-app-react's shadow root when there is one. */
function bareWalk(doc: Document, itemCss: string): void {
  let chars = 0;
  const scope = doc.querySelector('#teammate-app-react')?.shadowRoot ?? doc;
  for (const el of scope.querySelectorAll(itemCss)) chars += (el.textContent ?? '').length;
  if (chars === 0) throw new Error('baseline read nothing');
}

/** Median read of `n` messages, and of the bare walk of the same page, run alternately. */
function readCost(page: BenchPage, url: string, itemCss: string, n: number): [number, number] {
  return paired(
    () => {
      const r = readConversation(page.doc, url);
      if (!r.ok || r.conversation.messages.length !== n) throw new Error(`bad read of ${n} messages`);
    },
    () => bareWalk(page.doc, itemCss),
  );
}

/**
 * Median cost of one appended message, from the append to the observer's update: mutation records,
 * the debounced flush (run at once by a stand-in timer), parse, resolve and emit.
 */
async function appendCost(
  build: (n: number) => BenchPage,
  url: string,
  n: number,
  samples = 61,
  warmup = 20,
): Promise<number> {
  const { doc, win, log, message } = build(n);
  const saved = { setTimeout, clearTimeout, MutationObserver: globalThis.MutationObserver };
  const due = new Map<number, () => void>();
  let id = 0;
  Object.assign(globalThis, {
    MutationObserver: win.MutationObserver,
    setTimeout: (fn: () => void, ms: number) => (ms < 1e6 && due.set(++id, fn), id),
    clearTimeout: (t: number) => due.delete(t),
  });
  let updates = 0;
  const observer = observeConversation(doc, { url: () => url, debounceMs: 10, heartbeatMs: 1e9 }, () => updates++);
  const times: number[] = [];
  try {
    // A conversation longer than a chunk is read over several tasks: let the first read finish.
    while (updates === 0 && due.size > 0) {
      const timers = [...due.values()];
      due.clear();
      timers.forEach((fn) => fn());
    }
    for (let i = 0; i < warmup + samples; i++) {
      const node = message(doc, n + i + 1);
      const parsesBefore = observer.stats().parses;
      const t0 = performance.now();
      log.append(node);
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

const SHAPES = {
  zendesk: { page: zendeskPage, url: ZURL, item: ZITEM },
  intercom: { page: intercomPage, url: IURL, item: IITEM },
  intercom2026: { page: intercom2026Page, url: IURL, item: I2026ITEM },
} as const;

export type Shape = keyof typeof SHAPES;
export type Measure = 'read' | 'append';

/** Runs one measurement: [value, baseline] for `read`, the median cost for `append`. */
export async function measure(what: Measure, shape: Shape, n: number): Promise<number[]> {
  // A build-time constant in the extension; the bench runs the sources directly.
  Object.assign(globalThis, { __STEADYHAND_DEMO__: false });
  const s = SHAPES[shape];
  return what === 'read' ? readCost(s.page(n), s.url, s.item, n) : [await appendCost(s.page, s.url, n)];
}

const [what, shape, n] = process.argv.slice(2);
if (what === 'read' || what === 'append') {
  process.stdout.write(JSON.stringify(await measure(what, shape as Shape, Number(n))));
}
