/**
 * Reading Zendesk Agent Workspace and Intercom Inbox conversations, following them live, and
 * inserting text into their composers. The main-world entrypoint should import
 * `@/lib/helpdesk/bridge/main-world` directly, so that its bundle holds only the bridge.
 */
export { readConversation } from './read';
export type { ReadResult } from './types';
export { detectHelpdesk, urlPattern } from './url';
export { buildDiagnostic, isNoConversation, readStatus, type ReadStatus } from './diagnostic';
export { Diagnostic } from './diagnostic-schema';
export {
  observeConversation,
  type ConversationObserver,
  type ConversationUpdate,
  type ObserveOptions,
} from './observe';
export { insertIntoComposer, type InsertOptions, type InsertResult } from './composer';
export { installComposerBridge } from './bridge/main-world';
export { HELPDESK_MATCHES, DEMO_MATCH } from './matches';
