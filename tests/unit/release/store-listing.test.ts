// The store listings in store/: every field each dashboard asks for, in English and Spanish, within the
// stores' limits, and images at the sizes the stores take. (That they justify every permission of the built
// manifests is checked against the builds, in tests/e2e/release.e2e.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['en', 'es'] as const;
const read = (path: string) => readFileSync(path, 'utf8');

/** The text under the `###` heading at `index` of a listing (headings are translated; their order is not). */
function section(listing: string, index: number): string {
  const parts = listing.split(/^###? .*$/m);
  return (parts[index + 1] ?? '').trim();
}
const headings = (listing: string) => [...listing.matchAll(/^(#{1,3}) /gm)].map((m) => m[1]);
const headingIndex = (listing: string, title: string) =>
  [...listing.matchAll(/^###? (.*)$/gm)].findIndex((m) => m[1] === title);

/** `extension.description` of a locale file: the manifest's description, which Chrome shows as the summary. */
function manifestDescription(language: string): string {
  const match = /^extension:\n(?: {2}.*\n)*? {2}description: (.*)$/m.exec(read(`locales/${language}.yml`));
  return match?.[1] ?? '';
}

/** The code spans a list item names before its colon: the permissions a justification is for. */
function permissionsNamed(listing: string): string[] {
  const items = listing
    .split(/^- /m)
    .slice(1)
    .map((item) => item.replace(/\s+/g, ' ').split(': ')[0] ?? '');
  return items.flatMap((head) => [...head.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)).sort();
}

/** A PNG's width and height, from its header. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(['chrome-web-store', 'firefox-add-ons'])('store/%s', (store) => {
  const listings = Object.fromEntries(LANGUAGES.map((lang) => [lang, read(`store/${store}/${lang}.md`)]));

  it('has the same fields in Spanish as in English', () => {
    expect(headings(listings.es!)).toEqual(headings(listings.en!));
  });

  it('names the same permissions in Spanish as in English', () => {
    expect(permissionsNamed(listings.es!)).toEqual(permissionsNamed(listings.en!));
    expect(permissionsNamed(listings.en!)).toContain('storage');
  });
});

describe('Chrome Web Store listing', () => {
  it.each(LANGUAGES)('shows the manifest’s description as its summary, within 132 characters (%s)', (lang) => {
    const listing = read(`store/chrome-web-store/${lang}.md`);
    const description = manifestDescription(lang);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(132);
    expect(section(listing, headingIndex(listing, lang === 'en' ? 'Summary' : 'Resumen')).split('\n')).toContain(
      description,
    );
  });

  it('keeps every permission justification within the dashboard’s 1,000 characters', () => {
    for (const lang of LANGUAGES) {
      const listing = read(`store/chrome-web-store/${lang}.md`);
      const title = lang === 'en' ? 'Permission justifications' : 'Justificación de los permisos';
      const items = section(listing, headingIndex(listing, title)).split(/^- /m).slice(1);
      expect(items.length).toBeGreaterThanOrEqual(7);
      for (const item of items) expect(item.replace(/\s+/g, ' ').length).toBeLessThanOrEqual(1000);
    }
  });
});

describe('Firefox Add-ons listing', () => {
  it.each(LANGUAGES)('has a summary within 250 characters (%s)', (lang) => {
    const listing = read(`store/firefox-add-ons/${lang}.md`);
    const summary = section(listing, headingIndex(listing, lang === 'en' ? 'Summary' : 'Resumen'));
    expect(summary.length).toBeGreaterThan(50);
    expect(summary.replace(/\s+/g, ' ').length).toBeLessThanOrEqual(250);
  });
});

describe('privacy policy', () => {
  const page = read('store/privacy-policy.html');

  it('is plain HTML in English and Spanish: no script, nothing loaded from elsewhere', () => {
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('<section id="en">');
    expect(page).toContain('<section id="es" lang="es">');
    expect(page).not.toMatch(/<script|<link|<img|src=/i);
  });

  it('says what is stored, where, and that nothing is sent', () => {
    expect(page).toContain('IndexedDB');
    expect(page).toContain('local storage');
    expect(page).toMatch(/Nothing to us or to anyone else/);
    expect(page).toMatch(/Nada, ni a nosotros ni a nadie/);
  });
});

describe('store/images', () => {
  const images = readdirSync('store/images');

  it('has one to five 1280×800 screenshots, for both stores', () => {
    const screenshots = images.filter((name) => name.startsWith('screenshot-'));
    expect(screenshots.length).toBeGreaterThanOrEqual(1);
    expect(screenshots.length).toBeLessThanOrEqual(5);
    for (const name of screenshots) expect(pngSize(`store/images/${name}`)).toEqual({ width: 1280, height: 800 });
  });

  it('has the small promo tile at 440×280 and the store icon at 128×128', () => {
    expect(pngSize('store/images/promo-small-440x280.png')).toEqual({ width: 440, height: 280 });
    expect(pngSize('store/images/store-icon-128.png')).toEqual({ width: 128, height: 128 });
  });
});
