// Demo helpdesk helper (modelled on helpdesk-dom.md, not real helpdesk code): builds DOM nodes without
// ever parsing HTML. All text goes in as text nodes.

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;
export type Child = Node | string | null | undefined | false;

function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** `h('div', { class: 'x', 'data-test-id': 'y' }, 'text', otherNode)` */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 16×16 (by default) stroke icon from one or more path `d` strings. */
export function icon(paths: string | string[], attrs: Attrs = {}, size = 16): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  setAttrs(svg, {
    width: size,
    height: size,
    viewBox: '0 0 16 16',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': 1.5,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
    ...attrs,
  });
  for (const d of Array.isArray(paths) ? paths : [paths]) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

/** Paragraph texts from composer/plain text: blank-line or newline separated. */
export function paragraphsOf(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  const kept = lines.filter((line) => line.trim() !== '');
  return kept.length > 0 ? kept : [text];
}

/** The first element matching `selector` inside `root`, or a clear error (demo invariants). */
export function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Demo helpdesk: missing ${selector}`);
  return found;
}
