import { findHook, type HookDef, type HookHit } from './hooks';
import { MAX_DEPTH } from './text';

/**
 * Open shadow roots. Since mid-2026 Intercom draws its conversation and reply composer inside an open
 * shadow root (helpdesk-dom-2026.md), which `document.querySelector` and a document-level
 * `MutationObserver` never see. A hook looked for "deep" is searched in the document, then inside the
 * shadow roots of known hosts (cheap), and only when neither holds it, inside every open shadow root of
 * the page, at any depth (one walk of the page).
 */

/** A tree a hook can be found in: the document or an open shadow root. */
export type Tree = Document | ShadowRoot;

/** How a hook is looked for in one tree (`findHook`: each fallback in turn; `findBest`: one walk). */
export type TreeFinder = (tree: ParentNode, h: HookDef) => HookHit | null;

/** Open shadow roots below `scope`, at any depth, in document order (hosts before their nested hosts). */
export function openShadowRoots(scope: ParentNode, out: ShadowRoot[] = [], depth = 0): ShadowRoot[] {
  if (depth > MAX_DEPTH) return out;
  for (let el = scope.firstElementChild; el !== null; el = el.nextElementSibling) {
    const root = el.shadowRoot;
    if (root) {
      out.push(root);
      openShadowRoots(root, out, depth + 1);
    }
    openShadowRoots(el, out, depth + 1);
  }
  return out;
}

/** The shadow roots of the known hosts (roots nested in them are left to the walk of every root). */
function knownRoots(doc: Document, hosts: HookDef): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const s of hosts.selectors) {
    for (const host of doc.querySelectorAll(s.css)) if (host.shadowRoot) found.push(host.shadowRoot);
  }
  return found;
}

/**
 * The element matching the hook in the document or in an open shadow root: looked for with `find` in
 * the document, then in the known hosts' roots (listed only once the document lacks it), then, only if
 * none matched, in every other open shadow root of the page.
 */
export function findDeep(doc: Document, h: HookDef, hosts: HookDef, find: TreeFinder = findHook): HookHit | null {
  const inDoc = find(doc, h);
  if (inDoc?.fallback === 0) return inDoc;
  const known = knownRoots(doc, hosts);
  const near = best([inDoc, ...known.map((root) => find(root, h))]);
  if (near) return near;
  return best(
    openShadowRoots(doc)
      .filter((root) => !known.includes(root))
      .map((root) => find(root, h)),
  );
}

/** The best-ranked of several hits (the first among equals). */
function best(hits: readonly (HookHit | null)[]): HookHit | null {
  let top: HookHit | null = null;
  for (const hit of hits) if (hit && (top === null || hit.fallback < top.fallback)) top = hit;
  return top;
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
