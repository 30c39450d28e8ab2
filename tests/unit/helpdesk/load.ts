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

/**
 * Parses fixture HTML (ours) into an inert document: DOMParser runs no scripts and loads nothing.
 * Declarative shadow roots (`<template shadowrootmode="open">`, how a saved page keeps its open shadow
 * roots) are attached as the browser does when it loads such a page: DOMParser leaves them as templates.
 */
export function parse(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  return doc;
}

function attachShadowRoots(scope: ParentNode): void {
  for (const template of Array.from(scope.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const root = host.attachShadow({ mode });
    root.append((template as HTMLTemplateElement).content);
    template.remove();
    // Templates nested in this one were inside its content: attach them now.
    attachShadowRoots(root);
  }
}

export function load(name: string): { doc: Document; url: string; expected: ReadResult } {
  const f = fixtures().find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return { doc: parse(f.html), url: f.url, expected: f.expected };
}
