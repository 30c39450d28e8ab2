// Messaging for extension pages and the background: every payload parsed with the protocol's zod schemas.
// The content script imports lib/messaging/content instead (no zod; see checks.ts).
import { createMessenger } from './messenger';
import { zodChecks } from './zod-checks';

export const { sendMessage, sendToTab, onMessage } = createMessenger(zodChecks);
export { MessagingError } from './envelope';
export type { Handler, Sender } from './messenger';
export { applyPatch } from './patch';
export {
  ConversationPatch,
  DraftChange,
  InsertResult,
  TabChange,
  ViewPatch,
  PageState,
  TabView,
  protocol,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from './protocol';
