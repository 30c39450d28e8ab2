// The checks every hostile test ends on must be able to fail: `tampered()` sees a sentinel set and a polluted
// prototype (and is clean again once they are undone), and `injected()` sees what the corpus' markup becomes
// when something does parse it as HTML. Without these, "nothing ran" could pass because nothing looked.
import { afterEach, describe, expect, test } from 'vitest';
import { HOSTILE_TEXTS, hostileOf, pollutingJson, SENTINEL, tampered } from '../../support/hostile';
import { injected, realms, tamperedAnywhere } from './checks';

afterEach(() => {
  for (const realm of realms()) delete (realm as Record<string, unknown>)[SENTINEL];
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Array.prototype as unknown as Record<string, unknown>).polluted;
});

/** A deep merge written the naive way: the kind of code pollutingJson exists to catch. */
function naiveMerge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value === 'object' && value !== null) {
      target[key] ??= {};
      naiveMerge(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else target[key] = value;
  }
  return target;
}

describe('tampered()', () => {
  test('is clean in a clean realm', () => {
    expect(tampered()).toEqual([]);
    expect(tamperedAnywhere()).toEqual([]);
  });

  test('sees a payload that ran: the corpus’ own script body, evaluated, sets the sentinel', () => {
    const script = /<script>([^<]*)<\/script>/.exec(hostileOf('markup')[0]!)![1]!;
    // What a page that executed the text would do; `window` is this realm's global here.
    new Function('window', script)(globalThis);
    expect(tampered()).toEqual([`${SENTINEL} is set`]);
    expect(tamperedAnywhere()).toContain(`${SENTINEL} is set`);
    delete (globalThis as Record<string, unknown>)[SENTINEL];
    expect(tampered()).toEqual([]);
  });

  test('sees Object.prototype polluted through a naive merge of pollutingJson, and Array.prototype too', () => {
    naiveMerge({}, JSON.parse(pollutingJson({ a: 1 })) as Record<string, unknown>);
    expect(tampered()).toEqual(['a prototype was polluted']);
    delete (Object.prototype as Record<string, unknown>).polluted;
    expect(tampered()).toEqual([]);
    (Array.prototype as unknown as Record<string, unknown>).polluted = 'yes';
    expect(tampered()).toEqual(['a prototype was polluted']);
    delete (Array.prototype as unknown as Record<string, unknown>).polluted;
    expect(tampered()).toEqual([]);
  });

  test('JSON.parse alone pollutes nothing: pollutingJson keys arrive as own properties', () => {
    const parsed = JSON.parse(pollutingJson({ a: { b: [{}] } })) as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(tampered()).toEqual([]);
  });

  test('a scope of its own: the sentinel on another object is seen there, not here', () => {
    const other = { [SENTINEL]: 1 };
    expect(tampered(other)).toEqual([`${SENTINEL} is set`]);
    expect(tampered()).toEqual([]);
  });
});

describe('injected()', () => {
  // What a page that parsed the text as HTML would hold: DOMParser builds it inert, nothing runs or loads.
  const parsed = (text: string) => new DOMParser().parseFromString(text, 'text/html');

  test('finds what every live markup and svg payload becomes once parsed as HTML', () => {
    // Escaped once, a payload is only text.
    const payloads = [...hostileOf('markup'), ...hostileOf('svg')].filter((text) => text.includes('<'));
    expect(payloads.length).toBeGreaterThan(60);
    for (const text of payloads) expect(injected(parsed(text)), text).not.toEqual([]);
    expect(injected(parsed(hostileOf('markup').find((text) => text.startsWith('<body'))!))).toEqual(['<body onload>']);
  });

  test('finds nothing in any hostile text set as text', () => {
    const host = document.createElement('div');
    for (const { id, text } of HOSTILE_TEXTS) {
      host.textContent = text;
      expect(injected(host), id).toEqual([]);
      expect(host.textContent, id).toBe(text);
    }
  });
});
