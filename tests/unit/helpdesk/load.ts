import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReadResult } from '@/lib/helpdesk';

export const FIXTURES = join(__dirname, '../../fixtures');

export interface Fixture {
  name: string;
  html: string;
  url: string;
  expected: ReadResult;
}

/** Every `tests/fixtures/<helpdesk>/<name>.html` with the `.json` beside it. */
export function fixtures(): Fixture[] {
  return ['zendesk', 'intercom'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const base = join(FIXTURES, dir, f.replace(/\.html$/, ''));
        const json = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string; expected: ReadResult };
        return { name: `${dir}/${f}`, html: readFileSync(`${base}.html`, 'utf8'), ...json };
      }),
  );
}

/** Parses fixture HTML (ours) into an inert document: DOMParser runs no scripts and loads nothing. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function load(name: string): { doc: Document; url: string; expected: ReadResult } {
  const f = fixtures().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return { doc: parse(f.html), url: f.url, expected: f.expected };
}
