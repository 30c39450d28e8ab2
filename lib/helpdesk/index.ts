/**
 * Reading Zendesk Agent Workspace and Intercom Inbox conversations, following them live, and
 * inserting text into their composers. The main-world entrypoint should import
 * `@/lib/helpdesk/bridge/main-world` directly, so that its bundle holds only the bridge; content
 * scripts import the modules behind `both.ts` with their own helpdesk's adapter.
 */
export { buildDiagnostic, composerMode, insertIntoComposer, observeConversation, readConversation } from './both';
export { type ComposerMode } from './composer-mode';
export type { ReadOptions, ReadResult } from './types';
export { detectHelpdesk, urlPattern } from './url';
export { isNoConversation, readStatus, type DiagnosticOptions, type ReadStatus } from './diagnostic';
export { Diagnostic } from './diagnostic-schema';
export { type ConversationObserver, type ConversationUpdate, type ObserveOptions } from './observe';
export { type InsertOptions, type InsertResult } from './composer';
export { installComposerBridge } from './bridge/main-world';
export { HELPDESK_MATCHES, DEMO_MATCH } from './matches';
export { BOT_NAMES_KEY, DEFAULT_BOT_NAMES } from './bot-names';
