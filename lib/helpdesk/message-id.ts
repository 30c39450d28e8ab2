import { type Message } from '@/lib/conversation';

/**
 * Ids for messages whose page shows none (Zendesk log items carry no comment id; Intercom parts may
 * lack one). Never a position: loading older comments or re-rendering the list shifts positions, and
 * the incremental paths (patches, the analyzer's cache, the interaction record) key on ids. The id is
 * a hash of what the message itself carries: who wrote it, when, and its text.
 */
export function contentId(m: Omit<Message, 'id'>): string {
  return `c-${hash53(`${m.role}\u0000${m.internal}\u0000${m.author ?? ''}\u0000${m.at ?? ''}\u0000${m.text}`)}`;
}

/** cyrb53: a fast 53-bit string hash (public domain), in base 36. Not cryptographic; collisions are astronomically rare. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Ids made unique within a conversation: the n-th message with the same id (the same words from the
 * same person at the same time, or a page id shared by several parts) gets `~n`. Counts follow the
 * list as it is trimmed and extended, so an append costs one lookup.
 */
export class UniqueIds {
  private readonly bases: string[] = [];
  private readonly counts = new Map<string, number>();

  /** Forgets the ids from index `from` on; returns their base ids, in order. */
  truncate(from: number): string[] {
    const removed = this.bases.splice(from);
    for (const base of removed) {
      const n = this.counts.get(base)! - 1;
      if (n === 0) this.counts.delete(base);
      else this.counts.set(base, n);
    }
    return removed;
  }

  /** The id of the next message, from its page or content id. */
  push(base: string): string {
    const n = (this.counts.get(base) ?? 0) + 1;
    this.counts.set(base, n);
    this.bases.push(base);
    return n === 1 ? base : `${base}~${n}`;
  }
}
