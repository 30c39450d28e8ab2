import { describe, expect, it } from 'vitest';
import { clipText } from '@/lib/clip';

describe('clipText', () => {
  it('leaves text that fits as it is', () => {
    expect(clipText('My order is late', 16)).toBe('My order is late');
  });

  it('cuts after the last whole word, ending with an ellipsis, within the room', () => {
    const clipped = clipText('My card was billed twice for one order', 20);
    expect(clipped).toBe('My card was billed…');
    expect(clipped.length).toBeLessThanOrEqual(20);
  });

  it('keeps a word that ends exactly where the room does', () => {
    expect(clipText('charged twice again', 14)).toBe('charged twice…');
  });

  it('cuts a single long word where the room ends', () => {
    const link = `https://example.com/${'a'.repeat(100)}`;
    expect(clipText(link, 30)).toBe(`${link.slice(0, 29)}…`);
  });

  it('cuts mid-word rather than throw most of the room away on one early space', () => {
    expect(clipText(`Hi ${'x'.repeat(50)}`, 20)).toBe(`Hi ${'x'.repeat(16)}…`);
  });

  it('never splits an emoji in two', () => {
    const clipped = clipText(`${'a'.repeat(8)}😡😡😡`, 10);
    expect(clipped).toBe(`${'a'.repeat(8)}…`);
    expect(clipped.isWellFormed()).toBe(true);
  });
});
