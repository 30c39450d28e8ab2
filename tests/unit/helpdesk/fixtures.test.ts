import { Conversation } from '@/lib/conversation';
import { readConversation } from '@/lib/helpdesk';
import { fixtures, load, parse } from './load';

describe('fixtures: readConversation matches the expected JSON exactly', () => {
  const all = fixtures();

  test('there are fixtures for both helpdesks', () => {
    expect(all.filter((f) => f.name.startsWith('zendesk/')).length).toBeGreaterThanOrEqual(5);
    expect(all.filter((f) => f.name.startsWith('intercom/')).length).toBeGreaterThanOrEqual(4);
  });

  test.each(all.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const result = readConversation(parse(f.html), f.url);
    expect(result).toEqual(f.expected);
    if (result.ok) expect(Conversation.safeParse(result.conversation).success).toBe(true);
  });

  test.each(all.map((f) => [f.name, f.html] as const))('%s names the helpdesk-dom.md rows it models', (_name, html) => {
    expect(html).toMatch(/^<!-- Models helpdesk-dom(-2026)?\.md, (Zendesk|Intercom) [^>]*rows: "[^"]+"/);
  });

  test('the inbox-2__ generation reads like the inbox2__ one (only ids differ: page ids, else content ids)', () => {
    const a = load('intercom/inbox2-conversation.html');
    const b = load('intercom/inbox-2-renamed.html');
    const ra = readConversation(a.doc, a.url);
    const rb = readConversation(b.doc, b.url);
    if (!ra.ok || !rb.ok) throw new Error('both should read');
    const strip = (c: Conversation) => ({ ...c, messages: c.messages.map((m) => ({ ...m, id: '' })) });
    expect(strip(rb.conversation)).toEqual(strip(ra.conversation));
    const ids = rb.conversation.messages.map((m) => m.id);
    expect(ids.every((id) => /^c-[0-9a-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('reading is pure: no mutation of the document at all', () => {
    for (const f of all) {
      const doc = parse(f.html);
      const observer = new MutationObserver(() => {});
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      readConversation(doc, f.url);
      expect(observer.takeRecords()).toEqual([]);
      observer.disconnect();
    }
  });
});
