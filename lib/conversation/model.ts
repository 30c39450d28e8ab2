// zod/mini, not classic zod: these schemas cross the messaging boundary, so they ship in the content
// script, which must stay under 15 KB gzipped.
import { z } from 'zod/mini';

export const HelpdeskId = z.enum(['zendesk', 'intercom']);
export type HelpdeskId = z.infer<typeof HelpdeskId>;

export const Role = z.enum(['customer', 'agent', 'bot', 'system']);
export type Role = z.infer<typeof Role>;

export const Message = z.strictObject({
  id: z.string().check(z.minLength(1)),
  role: Role,
  author: z.nullable(z.string()),
  internal: z.boolean(),
  text: z.string(),
  at: z.nullable(z.iso.datetime({ offset: true })),
  channel: z.nullable(z.string()),
  attachments: z.array(z.string()),
});
export type Message = z.infer<typeof Message>;

export const Conversation = z.strictObject({
  helpdesk: HelpdeskId,
  /**
   * The helpdesk account the conversation belongs to (the Zendesk subdomain, the Intercom workspace
   * id), from the page's address: ticket numbers are per account. Absent when not known.
   */
  account: z.optional(z.string().check(z.regex(/^[\w-]{1,64}$/))),
  id: z.string().check(z.minLength(1)),
  subject: z.nullable(z.string()),
  customer: z.strictObject({ name: z.nullable(z.string()), email: z.nullable(z.string()) }),
  channel: z.nullable(z.string()),
  messages: z.array(Message),
  /**
   * Present when the page shows a control to load earlier messages (Zendesk's "show more"): the
   * messages are the loaded ones only. Steadyhand never clicks it.
   */
  earlierHidden: z.optional(z.literal(true)),
});
export type Conversation = z.infer<typeof Conversation>;
