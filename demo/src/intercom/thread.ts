// Demo Intercom conversation state (modelled on helpdesk-dom.md "part groups and author kind" and
// helpdesk-dom-2026.md "one part (bubble) … its id sits on an ancestor [data-part-entity-id]"): the parts of
// each open conversation as data, so both page shapes, a switch and a remount of the 2026 app all render the
// same parts with the same ids, like a React app rendering from its store. Not real Intercom code.
import type { Author, Conversation, GroupCategory } from './conversation';
import { minutesAgo } from '../shared/time';

/** One part as the page renders it: a message, note or event with its own stable id. */
export interface StreamPart {
  /** Numeric, unique on the page: `data-part-entity-id` (2026) or `data-part-id` (legacy). */
  id: string;
  category: GroupCategory;
  author: Author;
  paragraphs: string[];
  at: Date;
}

/** A conversation and its parts, oldest first; parts added later (customer, Send) are pushed at the end. */
export interface Thread {
  conversation: Conversation;
  parts: StreamPart[];
}

let lastPartId = 27_781_934_000;

/** A fresh part id, shaped like Intercom's large integer ids. */
function newPartId(): string {
  lastPartId += 13;
  return String(lastPartId);
}

export function newPart(category: GroupCategory, author: Author, paragraphs: string[], at: Date): StreamPart {
  return { id: newPartId(), category, author, paragraphs, at };
}

/** The conversation's groups flattened to parts, timed relative to `now`. */
export function threadOf(conversation: Conversation, now: Date): Thread {
  const parts = conversation.groups.flatMap((group) =>
    group.parts.map((part) => newPart(group.category, group.author, part.paragraphs, minutesAgo(part.minutesAgo, now))),
  );
  return { conversation, parts };
}

/** The customer's last part (what the conversation list previews), if any. */
export function lastCustomerPart(thread: Thread): StreamPart | undefined {
  return thread.parts.findLast((part) => part.category === '1');
}
