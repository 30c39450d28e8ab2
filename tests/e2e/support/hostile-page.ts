// The hostile helpdesk page, as the page itself: what it does to its own DOM, run in its own (main) world
// through `window.hostilePage`. Everything it writes goes in as text (textContent, value, attributes,
// createElement): the page must never run a payload itself, so a payload that runs can only have been
// turned into markup by Steadyhand.
import type { Page } from 'playwright-core';

export type Helpdesk = 'zendesk' | 'intercom';

/** What the page measured of its own main thread while it mutated its conversation. */
export interface StormReport {
  mutations: number;
  durationMs: number;
  /** Turns of its own `setTimeout(0)` loop, and the longest wait between two. */
  ticks: number;
  maxGapMs: number;
  /** Long tasks (over 50 ms) the page's PerformanceObserver saw meanwhile, and their total time. */
  longTasks: number;
  longTaskMs: number;
}

export interface HostilePage {
  /** A customer message with this text, shown with this author name (the demo's own API, then textContent). */
  append(text: string, author?: string): void;
  /** The subject (Zendesk's subject field; Intercom has none, so its header title, the customer's name). */
  setSubject(text: string): void;
  /** The customer's name as the page shows it outside the messages (Zendesk requester, Intercom title). */
  setCustomer(name: string): void;
  /** A customer message whose body is `depth` nested elements around `inner`; returns the depth built. */
  appendDeep(depth: number, inner: string): number;
  /** A customer message holding a form whose inputs clobber the DOM methods a reader calls on the form. */
  appendClobbering(text: string): void;
  removeClobbering(): void;
  /** What WXT's ContentScriptContext of a newer copy of `script` announces, sent every way a page can. */
  spoofWxt(extensionId: string, script: string): void;
  /** Mutates the last message `perTask` times a task, in a `setTimeout(0)` loop, for `ms`. */
  storm(ms: number, perTask: number): Promise<StormReport>;
}

/** Runs in the page: defines `window.hostilePage` for the demo helpdesk the page is. */
function install(helpdesk: Helpdesk): void {
  type Demo = { appendCustomerMessage(text: string): void };
  const demo = (window as unknown as { steadyhandDemo: Demo }).steadyhandDemo;
  const zendesk = helpdesk === 'zendesk';
  const scope = (): ParentNode =>
    zendesk
      ? document.querySelector('[data-test-id$="-layout"][data-is-active="true"]')!
      : document.querySelector('#teammate-app-react')!.shadowRoot!;
  const last = (): Element => {
    const items = scope().querySelectorAll(
      zendesk ? '[data-test-id="omni-log-comment-item"]' : '[data-part-entity-id]',
    );
    return items[items.length - 1]!;
  };
  const body = (item: Element): Element =>
    item.querySelector(zendesk ? '.zd-comment, .zd-bubble' : '.interblocks-html')!;
  const title = (): Element => scope().querySelector('[data-inbox-conversation-header-title] span')!;

  const page: HostilePage = {
    append(text, author) {
      demo.appendCustomerMessage(text);
      if (author === undefined) return;
      // Zendesk names the author in the sender link; Intercom's customer parts only in the avatar's label.
      if (zendesk) last().querySelector('[data-test-id="omni-log-comment-user-link"] strong')!.textContent = author;
      else last().querySelector('.inbox-2__avatar')!.setAttribute('aria-label', author);
    },
    setSubject(text) {
      if (!zendesk) return void (title().textContent = text);
      const input = scope().querySelector<HTMLInputElement>('input[data-test-id="omni-header-subject"]')!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    setCustomer(name) {
      (zendesk ? scope().querySelector('.zd-requester__name')! : title()).textContent = name;
    },
    appendDeep(depth, inner) {
      demo.appendCustomerMessage('(deep)');
      // Built node by node: the HTML parser stops nesting at 512 levels. Below the first, the elements
      // draw no boxes of their own (display: contents): Chromium's renderer crashes laying out some
      // 3,000 nested blocks, with or without Steadyhand.
      const top = document.createElement('div');
      let el = top;
      for (let i = 1; i < depth; i++) {
        el = el.appendChild(document.createElement('div'));
        el.style.display = 'contents';
      }
      el.textContent = inner;
      body(last()).replaceChildren(top);
      let measured = 0;
      for (let at: Element | null = el; at && at !== top.parentElement; at = at.parentElement) measured++;
      return measured;
    },
    appendClobbering(text) {
      demo.appendCustomerMessage(text);
      const form = document.createElement('form');
      form.id = 'hostile-clobbering-form';
      for (const name of ['hasAttributes', 'hasAttribute', 'getAttribute', 'localName']) {
        const input = document.createElement('input');
        input.name = name;
        form.append(input);
      }
      body(last()).append(form);
    },
    removeClobbering() {
      scope().querySelector('#hostile-clobbering-form')?.remove();
    },
    spoofWxt(extensionId, script) {
      // WXT 0.21: `${runtime.id}:${entrypoint}:wxt:content-script-started`, a CustomEvent on document whose
      // detail names the script and a message id of another copy; the same also goes to window and by message.
      const type = `${extensionId}:${script}:wxt:content-script-started`;
      const detail = { contentScriptName: script, messageId: 'hostile-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    },
    storm(ms, perTask) {
      demo.appendCustomerMessage('Storm target');
      const item = last();
      const text = body(item).appendChild(document.createTextNode(' 0'));
      const log = item.parentElement!;
      const long = { count: 0, ms: 0 };
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          long.count++;
          long.ms += entry.duration;
        }
      });
      observer.observe({ type: 'longtask' });
      const start = performance.now();
      let mutations = 0;
      let ticks = 0;
      let maxGapMs = 0;
      let previous = start;
      return new Promise((resolve) => {
        const tick = (): void => {
          const now = performance.now();
          ticks++;
          maxGapMs = Math.max(maxGapMs, now - previous);
          previous = now;
          // Text, a watched attribute, a child added and removed, an attribute on the log itself.
          for (let i = 0; i < perTask; i += 5) {
            text.data = ` ${mutations}`;
            item.setAttribute('aria-label', `Message from storm ${mutations % 7}`);
            const span = item.appendChild(document.createElement('span'));
            span.remove();
            log.toggleAttribute('data-storm');
            mutations += 5;
          }
          if (now - start < ms) return void setTimeout(tick, 0);
          observer.disconnect();
          const durationMs = performance.now() - start;
          resolve({ mutations, durationMs, ticks, maxGapMs, longTasks: long.count, longTaskMs: long.ms });
        };
        setTimeout(tick, 0);
      });
    },
  };
  (window as unknown as { hostilePage: HostilePage }).hostilePage = page;
}

export async function installHostilePage(page: Page, helpdesk: Helpdesk): Promise<void> {
  await page.evaluate(install, helpdesk);
}

/** Calls `window.hostilePage[method](...args)` in the page. */
export function hostile<K extends keyof HostilePage>(
  page: Page,
  method: K,
  ...args: Parameters<HostilePage[K]>
): Promise<Awaited<ReturnType<HostilePage[K]>>> {
  return page.evaluate(
    ([name, values]) => {
      const api = (window as unknown as { hostilePage: Record<string, (...a: unknown[]) => unknown> }).hostilePage;
      return api[name]!(...values) as Awaited<ReturnType<HostilePage[K]>>;
    },
    [method, args] as const,
  );
}
