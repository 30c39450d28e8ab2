import { type Role } from '@/lib/conversation';
import { type RoleHint } from '../types';
import * as I from './selectors';

/** What a part's row (or legacy part group) says about its author; parsed once per row. */
export interface RowInfo {
  /** From the legacy `data-part-group-category`. */
  kind: { role: Role; internal: boolean } | null;
  /** The teammate or bot name shown beside the parts. */
  name: string | null;
  /** The avatar's label (aria-label, title, alt). */
  avatarLabel: string | null;
  /** From o__user / o__admin / o__bot classes on the avatar or row. */
  classRole: Role | null;
  /** Legacy avatar style: teammates show an image, customers a colour. */
  avatarRole: Role | null;
  /** The row's `data-part-entity-id`: the parts' id when they carry none. */
  entityId: string | null;
  /** Per-message hooks found in the row (bits of `ITEM_HOOKS`). */
  mask: number;
}

/** What the part's own subtree says about its author. */
export interface PartSigns {
  note: boolean;
  event: boolean;
  userEmail: boolean;
  adminEmail: boolean;
  classRole: Role | null;
  /** A teammate-name element inside the part. */
  teammateName: boolean;
}

export interface Decided {
  role: Role;
  internal: boolean;
  hint: RoleHint;
}

/** How far up from a part layout hints are looked for (support-copilot-intercom walks six levels). */
const LAYOUT_DEPTH = 6;

const hasToken = (cls: string, tokens: readonly string[]): boolean =>
  tokens.some((t) => cls.includes(t) && cls.split(/\s+/).includes(t));

/** Role from the row layout: alignment classes or `data-author-type`, on the part and its ancestors. */
function layoutRole(part: Element, log: Element): Role | null {
  let el: Element | null = part;
  for (let depth = 0; el && el !== log && depth <= LAYOUT_DEPTH; depth++, el = el.parentElement) {
    const type = el.getAttribute(I.AUTHOR_TYPE_ATTR)?.toLowerCase();
    if (type) {
      if (/bot/.test(type)) return 'bot';
      if (/admin|agent|teammate/.test(type)) return 'agent';
      if (/user|customer|lead|contact/.test(type)) return 'customer';
    }
    const cls = typeof el.className === 'string' ? el.className : '';
    if (hasToken(cls, I.LAYOUT_AGENT)) return 'agent';
    if (hasToken(cls, I.LAYOUT_CUSTOMER)) return 'customer';
  }
  return null;
}

/**
 * Role from where the bubble sits: customers on the left of the stream, teammates on the right
 * (support-copilot-intercom 4.0.1, for rows that carry no other hint). Needs layout: null without it
 * (an unrendered document) or for a centred bubble.
 */
function positionRole(part: Element, log: Element): Role | null {
  const box = part.getBoundingClientRect();
  const ref = log.getBoundingClientRect();
  if (!(box.width > 0 && ref.width > 0)) return null;
  const offset = box.left + box.width / 2 - (ref.left + ref.width / 2);
  if (Math.abs(offset) < ref.width * 0.05) return null;
  return offset > 0 ? 'agent' : 'customer';
}

/**
 * A part's role from a chain of hints, strongest first: the part's kind (note, event, email part),
 * the legacy group category, author classes (part, then row), the row layout, a teammate-name
 * element, the legacy avatar style, and the bubble's position as the last resort. The hint that
 * decided goes into the diagnostic. Nothing at all: a customer, reported as `none`.
 */
export function roleOf(part: PartSigns, row: RowInfo | null, el: Element, log: Element): Decided {
  const decided = (role: Role, hint: RoleHint, internal = false): Decided => ({ role, internal, hint });
  if (part.note) return decided('agent', 'part-kind', true);
  if (part.event) return decided('system', 'part-kind');
  if (row?.kind) return decided(row.kind.role, 'category', row.kind.internal);
  if (part.userEmail) return decided('customer', 'part-kind');
  if (part.adminEmail) return decided('agent', 'part-kind');
  const byClass = part.classRole ?? row?.classRole;
  if (byClass) return decided(byClass, 'author-class');
  const byLayout = layoutRole(el, log);
  if (byLayout) return decided(byLayout, 'layout');
  if (part.teammateName || row?.name) return decided('agent', 'teammate-name');
  if (row?.avatarRole) return decided(row.avatarRole, 'avatar-style');
  const byPosition = positionRole(el, log);
  return byPosition ? decided(byPosition, 'position') : decided('customer', 'none');
}
