// Issue 15 end to end: Chromium in Spanish (`--lang=es`) on the demo's Spanish conversations (Zendesk 4730,
// Intercom 2026 217) shows the panel in Spanish, the step and its reason in Spanish quoting the customer's
// own words, Spanish phrases that go into the real editors (CKEditor 5; ProseMirror in a shadow root), and
// passes axe. The two languages stay apart: an English browser on a Spanish conversation keeps its English
// UI with Spanish phrases, a Spanish browser on an English conversation its Spanish UI with English phrases.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPANISH_CONVERSATION } from '../../demo/src/intercom/spanish-conversation';
import { TICKETS } from '../../demo/src/zendesk/conversation';
import { SPANISH_TICKET } from '../../demo/src/zendesk/spanish-ticket';
import type { DemoSession } from '../../scripts/lib/demo-session';
import type { LaunchedExtension } from '../../scripts/lib/launch';
import { demo, openDemoPath, openDemoPathIn } from './support/demo-api';
import { isPackPhrase, uiText, type Language } from './support/ui-language';

const ZENDESK_ES = `/zendesk/agent/tickets/${SPANISH_TICKET.id}`;
const INTERCOM_ES = `/intercom/a/inbox/demo/inbox/conversation/${SPANISH_CONVERSATION.id}`;
const ENGLISH_TICKET = TICKETS[0]!;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Everything the customer wrote in the demo data, as a reason quotes it (whitespace folded). */
const LUCIA_WROTE = fold(
  SPANISH_TICKET.items
    .flatMap((item) => (item.kind === 'comment' && item.role === 'end-user' ? item.paragraphs : []))
    .join(' '),
);
const JAVIER_WROTE = fold(
  SPANISH_CONVERSATION.groups
    .flatMap((group) => (group.category === '1' ? group.parts.flatMap((p) => p.paragraphs) : []))
    .join(' '),
);

type Say = (key: string, ...substitutions: string[]) => string;
const sayer =
  (language: Language): Say =>
  (key, ...substitutions) =>
    uiText(language, key, substitutions);
const es = sayer('es');
const en = sayer('en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A template's words before its first quote. */
const opening = (say: Say, key: string) => say(key, '\u0000').split('\u0000')[0]!;

interface PanelRead {
  /** The words the one-line reason quotes, without the ellipsis of a cut. */
  quote: string;
  /** The full reason, opened. */
  reason: string;
  phrases: string[];
}

/** The step card for `step` and its phrases, found by the words of the UI language `say` speaks. */
async function readPanel(panel: Page, say: Say, step: string): Promise<PanelRead> {
  const name = say(`steps.${step}.name`);
  const card = panel.getByRole('region', { name });
  await card.getByRole('heading', { name, level: 2 }).waitFor();
  const line = card.getByText(new RegExp(`^${escape(say('panel.step.why'))}: “`));
  const quote = /“(.+)”/.exec(await line.innerText())![1]!.replace(/…$/, '');
  await line.click();
  const reason = await card.getByLabel(say('panel.step.why'), { exact: true }).innerText();
  const items = panel.getByRole('list', { name: say('phrases.listFor', name) }).getByRole('listitem');
  await items.first().waitFor();
  const phrases = await items.locator('.phrase__text').allInnerTexts();
  return { quote, reason, phrases: phrases.map(fold) };
}

async function axeViolations(panel: Page): Promise<string[]> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const { violations } = await new AxeBuilder({ page: panel }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The panel says the phrase went in, the page's editor holds exactly it, nothing was sent, and axe is clean. */
async function expectInserted(page: Page, panel: Page, phrase: string): Promise<void> {
  await panel
    .getByRole('status')
    .filter({ hasText: es('phrases.inserted') })
    .waitFor();
  expect(await demo<string>(page, 'editorText')).toBe(phrase);
  expect(await demo<number>(page, 'submitCount')).toBe(0);
  expect(await axeViolations(panel)).toEqual([]);
}

describe('Chromium in Spanish', () => {
  let ext: LaunchedExtension;
  let zendesk: DemoSession;
  beforeAll(async () => ([ext, zendesk] = await openDemoPath(ZENDESK_ES, { lang: 'es' })));
  afterAll(() => ext?.close());

  it('runs the extension in Spanish', async () => {
    const browser = await zendesk.panel.evaluate(() => {
      const { i18n } = (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome;
      return { language: navigator.language, messages: i18n.getMessage('extension_locale') };
    });
    // chrome.i18n.getUILanguage() stays en-US where Chromium has no es.pak of its own (Debian without
    // chromium-l10n); the extension's messages and navigator.language follow --lang and --accept-lang.
    expect(browser).toEqual({ language: 'es', messages: 'es' });
  });

  it('Zendesk: a Spanish panel, Listen & Acknowledge quoting Lucía’s words, Spanish phrases, inserted into CKEditor 5', async () => {
    const { page, panel } = zendesk;
    await panel.getByRole('heading', { name: SPANISH_TICKET.subject, level: 2 }).waitFor();
    const read = await readPanel(panel, es, 'listen');
    expect(read.quote).toMatch(/^Todavía no he recibido el reembolso/);
    expect(LUCIA_WROTE).toContain(read.quote);
    expect(read.reason.startsWith(`${opening(es, 'reasons.listenGrievance')}${read.quote}`)).toBe(true);
    expect(read.reason).toContain(es('reasons.genericOpener', 'Gracias por escribirnos'));
    expect(read.reason).toContain(es('reasons.listenAcknowledge'));
    const signals = panel.getByRole('list', { name: es('guidance.signals.label') });
    expect(await signals.innerText()).toContain(es('guidance.signals.angry'));
    expect(read.phrases.length).toBeGreaterThanOrEqual(3);
    expect(read.phrases.filter((text) => !isPackPhrase('es', 'listen', text))).toEqual([]);

    await panel.getByRole('button', { name: es('phrases.insertLabel', '1') }).click();
    await expectInserted(page, panel, read.phrases[0]!);
  });

  it('an English conversation in the Spanish panel: Spanish words around, English phrases offered', async () => {
    const { page, panel } = zendesk;
    await demo(page, 'switchTicket', Number(ENGLISH_TICKET.id));
    await panel.getByRole('heading', { name: ENGLISH_TICKET.subject, level: 2 }).waitFor();
    const list = panel.getByRole('list', { name: es('phrases.listFor', es('steps.listen.name')) });
    await expect
      .poll(async () => isPackPhrase('en', 'listen', fold(await list.locator('.phrase__text').first().innerText())))
      .toBe(true);
    const read = await readPanel(panel, es, 'listen');
    expect(read.reason.startsWith(opening(es, 'reasons.listenGrievance'))).toBe(true);
    expect(read.quote).toMatch(/^Hello, I just looked at my bank statement/);
    expect(read.phrases.filter((text) => !isPackPhrase('en', 'listen', text))).toEqual([]);
  });

  it('Intercom 2026: Empathize & Apologize quoting Javier’s words, a Spanish phrase into ProseMirror in the shadow root', async () => {
    const { page, panel } = await openDemoPathIn(ext, INTERCOM_ES);
    await panel.getByRole('heading', { name: es('panel.summary.conversationWith', 'Javier Morales') }).waitFor();
    const latest = await panel.getByLabel(es('panel.summary.latestLabel')).innerText();
    expect(fold(latest)).toMatch(/decepcionado/);
    const read = await readPanel(panel, es, 'empathize');
    expect(read.quote).toMatch(/decepcionado/);
    expect(JAVIER_WROTE).toContain(read.quote);
    expect(read.reason.startsWith(opening(es, 'reasons.empathizeUpset'))).toBe(true);
    expect(read.reason).toContain(es('reasons.empathizeApologise'));
    expect(read.phrases.filter((text) => !isPackPhrase('es', 'empathize', text))).toEqual([]);

    await panel.bringToFront();
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.keyboard.press('1');
    await expectInserted(page, panel, read.phrases[0]!);
  });
});

describe('Chromium in English on the Spanish conversation', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await openDemoPath(ZENDESK_ES)));
  afterAll(() => ext?.close());

  it('keeps the panel in English, quotes Lucía’s Spanish as written, and offers the Spanish phrases', async () => {
    const { panel } = session;
    const read = await readPanel(panel, en, 'listen');
    expect(read.quote).toMatch(/^Todavía no he recibido el reembolso/);
    expect(read.reason.startsWith(`${opening(en, 'reasons.listenGrievance')}${read.quote}`)).toBe(true);
    expect(read.reason).toContain(en('reasons.genericOpener', 'Gracias por escribirnos'));
    expect(read.phrases.filter((text) => !isPackPhrase('es', 'listen', text))).toEqual([]);
    expect(await panel.getByRole('button', { name: en('phrases.insertLabel', '1') }).count()).toBe(1);
  });
});
