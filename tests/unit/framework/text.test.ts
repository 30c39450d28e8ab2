import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/framework';
import { decodeEntities, readText } from '@/lib/framework/text';
import { convo } from './helpers';

const options = { aliases: new Map([['u', 'you']]), acronyms: new Set(['dm']) };

describe('real text', () => {
  it('decodes HTML entities, including double-encoded ones', () => {
    expect(decodeEntities('Settings &amp;gt; General &amp; About &#39;x&#39; &#x1F621;')).toBe(
      "Settings > General & About 'x' 😡",
    );
  });

  it('skips links and handles, keeps hashtags as words', () => {
    const info = readText('@ShopHelp see https://t.co/ShitLink #worst service', options);
    expect(info.tokens.map((t) => t.norm)).toEqual(['see', 'worst', 'service']);
    expect(info.tokens[1]!.hashtag).toBe(true);
  });

  it('never reads abuse into a handle or a link', () => {
    const g = analyze(convo('C: @fuckface_shop see https://t.co/shitbox for the photo'));
    expect(g.signals.map((s) => s.kind)).not.toContain('abusive');
  });

  it('applies spelling aliases and keeps masked words whole', () => {
    const info = readText('u sh*t f#€k', options);
    expect(info.tokens.map((t) => t.norm)).toEqual(['you', 'sh*t', 'f#€k']);
    expect(info.tokens.map((t) => t.masked)).toEqual([false, true, true]);
  });

  it('joins "!" and "?" runs split by a space', () => {
    expect(readText('Answer! !', options).exclaim).toBe('! !');
    expect(readText('Really?!', options).exclaim).toBe('?!');
    expect(readText('Really???', options).exclaim).toBe('???');
    expect(readText('Really?', options).exclaim).toBeNull();
    expect(readText('Really??', options).exclaim).toBeNull();
  });

  it('keeps names with underscores whole and remembers the first link', () => {
    const info = readText('Username Furious_Fox, see https://t.co/abc and https://t.co/def', options);
    expect(info.tokens.map((t) => t.norm)).toEqual(['username', 'furious_fox', 'see', 'and']);
    expect(info.link).toBe('https://t.co/abc');
  });

  it('counts shouting from capitals but not acronyms', () => {
    expect(readText('THIS IS NOT OK', options).shouting).toBe('THIS IS NOT');
    expect(readText('Check your DM please', options).shouting).toBeNull();
  });

  it('quotes the original text (entities decoded) as evidence', () => {
    const g = analyze(convo('C: Delivery &amp; returns are a total joke &gt;:('));
    expect(g.signals.find((s) => s.kind === 'angry')?.evidence).toBe('Delivery & returns are a total joke');
  });

  it('reads an emoji as anger only in the customer text, not in a link', () => {
    expect(analyze(convo('C: ok https://t.co/😡')).signals).toEqual([]);
  });
});
