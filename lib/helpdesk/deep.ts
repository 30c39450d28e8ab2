import { fillId, type HookDef } from './hooks';

/**
 * Open shadow roots. Since mid-2026 Intercom draws its conversation and reply composer inside an open
 * shadow root (helpdesk-dom-2026.md), which `document.querySelector` and a document-level
 * `MutationObserver` never see. A hook looked for "deep" is searched in the document, then inside the
 * shadow roots of known hosts (cheap), and only when neither holds it, inside every open shadow root of
 * the page, at any depth (one walk of the page).
 */

/** A tree a hook can be found in: the document or an open shadow root. */
export type Tree = Document | ShadowRoot;

export interface DeepHit {
  el: Element;
  /** Index of the fallback selector that matched. */
  fallback: number;
}

/** Open shadow roots below `scope`, at any depth, in document order (hosts before their nested hosts). */
export function openShadowRoots(scope: ParentNode, out: ShadowRoot[] = []): ShadowRoot[] {
  for (let el = scope.firstElementChild; el !== null; el = el.nextElementSibling) {
    const root = el.shadowRoot;
    if (root) {
      out.push(root);
      openShadowRoots(root, out);
    }
    openShadowRoots(el, out);
  }
  return out;
}

function firstIn(trees: readonly Tree[], h: HookDef, id: string | null): DeepHit | null {
  for (const [fallback, s] of h.selectors.entries()) {
    const css = fillId(s.css, id);
    if (css === null) continue;
    for (const tree of trees) {
      const el = tree.querySelector(css);
      if (el) return { el, fallback };
    }
  }
  return null;
}

/** The shadow roots of the known hosts, nested ones included. */
function knownRoots(doc: Document, hosts: HookDef): ShadowRoot[] {
  const found = new Set<ShadowRoot>();
  for (const s of hosts.selectors) {
    for (const host of doc.querySelectorAll(s.css)) {
      const root = host.shadowRoot;
      if (!root || found.has(root)) continue;
      found.add(root);
      for (const nested of openShadowRoots(root)) found.add(nested);
    }
  }
  return [...found];
}

/**
 * The first element matching the hook in the document or in an open shadow root: fallbacks in order
 * over the document and the known hosts' roots, then (only if none matched) over every other open
 * shadow root of the page.
 */
export function findDeep(doc: Document, h: HookDef, hosts: HookDef, id: string | null = null): DeepHit | null {
  const known = knownRoots(doc, hosts);
  return (
    firstIn([doc, ...known], h, id) ??
    firstIn(
      openShadowRoots(doc).filter((r) => !known.includes(r)),
      h,
      id,
    )
  );
}

/** Realm-independent: shadow roots from other documents have their own classes. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** The shadow hosts between `el` and the document, outermost first, as `tag#id` (ids that are plain words only). */
export function shadowPath(el: Element): string[] {
  const path: string[] = [];
  for (let root = el.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
    const { host } = root;
    const tag = /^[a-z][a-z0-9-]{0,40}$/.test(host.localName) ? host.localName : 'element';
    path.unshift(/^[A-Za-z][\w-]{0,40}$/.test(host.id) ? `${tag}#${host.id}` : tag);
  }
  return path;
}

/** Nodes whose child lists change when a shadow host or its content is replaced: each root on the way and each host's parent. */
export function boundaryNodes(el: Element): Node[] {
  const nodes: Node[] = [];
  for (let root = el.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
    nodes.push(root);
    if (root.host.parentNode) nodes.push(root.host.parentNode);
  }
  return nodes;
}
