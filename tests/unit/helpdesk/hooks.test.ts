import { Classifier, compile, type Rule } from '@/lib/helpdesk/classify';
import { type HookDef } from '@/lib/helpdesk/hooks';
import * as I from '@/lib/helpdesk/intercom/selectors';
import * as Z from '@/lib/helpdesk/zendesk/selectors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, parse } from './load';

const isHook = (v: unknown): v is HookDef =>
  typeof v === 'object' && v !== null && 'selectors' in v && 'required' in v && 'name' in v;
const hooksOf = (mod: object): HookDef[] => Object.values(mod).filter(isHook);

describe('selector modules', () => {
  test.each([
    ['zendesk', hooksOf(Z)],
    ['intercom', hooksOf(I)],
  ])('%s: every hook has ordered, valid fallbacks', (_name, hooks) => {
    expect(hooks.length).toBeGreaterThan(10);
    for (const h of hooks) {
      expect(h.name).toMatch(/^[A-Za-z]+$/);
      expect(h.selectors.length).toBeGreaterThan(0);
      for (const s of h.selectors) {
        expect(() => parse('<p></p>').querySelector(s.css.replaceAll('{id}', '1'))).not.toThrow();
      }
    }
  });

  test.each([
    ['zendesk', Z],
    ['intercom', I],
  ])('%s: a comment names the evidence of every selector', (name, mod) => {
    const source = readFileSync(join(__dirname, `../../../lib/helpdesk/${name}/selectors.ts`), 'utf8');
    const calls = [...source.matchAll(/hook\('(\w+)', (?:true|false), \[\n([\s\S]*?)\n\]\);/g)];
    expect(calls.map((c) => c[1])).toEqual(hooksOf(mod).map((h) => h.name));
    for (const [, hookName, body] of calls) {
      const lines = body!.split('\n').map((l) => l.trim());
      const entries = lines.filter((l) => l.startsWith("'") || l.startsWith('{ css:'));
      const hookDef = hooksOf(mod).find((h) => h.name === hookName)!;
      expect(entries).toHaveLength(hookDef.selectors.length);
      for (const entry of entries) {
        const before = lines[lines.indexOf(entry) - 1] ?? '';
        expect(before, `${hookName}: ${entry}`).toMatch(/^\/\/ .{8,}/);
      }
    }
  });

  test('per-message hooks are compound selectors (the one-walk classifier indexes them)', () => {
    for (const h of [...Z.ITEM_HOOKS, ...I.ITEM_HOOKS]) {
      for (const s of h.selectors) expect(s.css.replace(/"[^"]*"/g, '')).not.toMatch(/[\s>+~:,]/);
    }
  });

  test('the intercom class hooks list both generations (inbox2__ and inbox-2__)', () => {
    for (const h of hooksOf(I)) {
      const css = h.selectors.map((s) => s.css).join(' ');
      if (css.includes('inbox2__'))
        expect(css).toContain(css.match(/inbox2__[\w-]+/)![0].replace('inbox2__', 'inbox-2__'));
    }
  });
});

describe('compiled selectors match like Element.matches', () => {
  const docs = fixtures().map((f) => parse(f.html));
  // Odd class lists and attributes beside the fixtures: repeated, tab-separated, look-alike tokens.
  const odd = parse(
    `<div class="zd-comment zd-comment"></div><div class="x\tinbox2__avatar"></div><a class="attachment-x" href="/attachments/token/"></a>
     <div class="group/content-part" data-part-id=""></div><div class="inbox2__avatar\u00a0x"></div><time datetime=""></time>
     <svg class="inbox2__avatar" data-test-id="omni-log-avatar-badge-BotBadge"></svg>`,
  );
  const elements = [...docs, odd].flatMap((d) => Array.from(d.querySelectorAll('*')));
  const selectors = [...hooksOf(Z), ...hooksOf(I)].flatMap((h) =>
    h.selectors.map((s) => s.css.replaceAll('{id}', '4211')),
  );

  test.each(selectors)('%s', (css) => {
    const test = compile(css);
    for (const el of elements) expect(test(el)).toBe(el.matches(css));
  });

  test('the classifier reports exactly the matching rules, once each', () => {
    const hooks = [...hooksOf(Z), ...hooksOf(I)];
    const classifier = new Classifier(hooks);
    for (const el of elements) {
      const hits: Rule[] = [];
      classifier.classify(el, (r) => hits.push(r));
      const got = hits.map((r) => `${r.hook}:${r.rank}`).sort();
      const want = hooks
        .flatMap((h, i) => h.selectors.map((s, rank) => (el.matches(s.css) ? `${i}:${rank}` : null)))
        .filter((x): x is string => x !== null)
        .sort();
      expect(got).toEqual(want);
    }
  });
});
