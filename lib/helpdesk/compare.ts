import { type Message } from '@/lib/conversation';
import { type Meta } from './types';

/** What a read compares to tell whether anything changed. */

/** The page header plus whether earlier messages are hidden behind a "show more" control. */
export interface Head extends Meta {
  earlierHidden: boolean;
}

export function sameHead(a: Head, b: Head): boolean {
  return (
    a.subject === b.subject &&
    a.channel === b.channel &&
    a.customer.name === b.customer.name &&
    a.customer.email === b.customer.email &&
    a.earlierHidden === b.earlierHidden
  );
}

export function sameMessage(a: Message, b: Message): boolean {
  return (
    a.id === b.id &&
    a.role === b.role &&
    a.author === b.author &&
    a.internal === b.internal &&
    a.text === b.text &&
    a.at === b.at &&
    a.channel === b.channel &&
    a.attachments.length === b.attachments.length &&
    a.attachments.every((x, i) => x === b.attachments[i])
  );
}
