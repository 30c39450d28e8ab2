import type { Conversation, Message } from '@/lib/conversation';

const ROLES: Record<string, { role: Message['role']; internal: boolean }> = {
  C: { role: 'customer', internal: false },
  A: { role: 'agent', internal: false },
  B: { role: 'bot', internal: false },
  N: { role: 'agent', internal: true },
  S: { role: 'system', internal: false },
};

/**
 * A conversation from short lines: "C: …" customer, "A: …" agent, "B: …" bot, "N: …" internal note,
 * "S: …" system. Message ids are m0, m1, … in order.
 */
export function convo(...lines: string[]): Conversation {
  const messages = lines.map((line, i): Message => {
    const match = /^([CABNS]): ?(.*)$/s.exec(line);
    if (!match) throw new Error(`bad test line: ${line}`);
    const { role, internal } = ROLES[match[1]!]!;
    return { id: `m${i}`, role, author: null, internal, text: match[2]!, at: null, channel: null, attachments: [] };
  });
  return {
    helpdesk: 'zendesk',
    id: 'test',
    subject: null,
    customer: { name: null, email: null },
    channel: null,
    messages,
  };
}
