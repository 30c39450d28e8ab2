import { ADAPTERS } from './adapters';
import { insertText, type InsertOptions, type InsertResult } from './composer';
import { composerModeWith, type ComposerMode } from './composer-mode';
import { describePage, type DiagnosticOptions } from './diagnostic';
import type { Diagnostic } from './diagnostic-schema';
import { followConversation, type ConversationObserver, type ConversationUpdate, type ObserveOptions } from './observe';
import { inspect, readContext } from './read';
import { type ReadOptions, type ReadResult } from './types';
import { detectHelpdesk } from './url';

/**
 * The reader over both helpdesks: what tests, the bench and extension pages use. Each content script
 * uses the functions behind these with its own helpdesk's adapter only, so a Zendesk tab never loads
 * Intercom's reader and the reverse (each stays within the content-script size budget).
 */

/**
 * Reads the conversation shown on `doc`. Pure: no writes, no listeners, no state kept. Only the
 * active Zendesk ticket is read; Intercom's conversation is found in the document or inside open
 * shadow roots. See `ReadResult` for what a failure means.
 */
export function readConversation(doc: Document, url: string, options?: ReadOptions): ReadResult {
  return inspect(doc, url, readContext(ADAPTERS, options)).result;
}

/** Follows the conversation shown on `doc` (see `followConversation`). */
export function observeConversation(
  doc: Document,
  options: ObserveOptions | (() => string),
  onUpdate: (update: ConversationUpdate) => void,
): ConversationObserver {
  return followConversation(doc, ADAPTERS, options, onUpdate);
}

/** Inserts text at the caret of the shown conversation's reply composer (see `insertText`). */
export function insertIntoComposer(doc: Document, text: string, options?: InsertOptions): Promise<InsertResult> {
  return insertText(doc, text, ADAPTERS, options);
}

/** Whether the shown composer writes a public reply or an internal note; null when the page does not say. */
export function composerMode(doc: Document, url: string): ComposerMode | null {
  const helpdesk = detectHelpdesk(url);
  return composerModeWith(doc, url, helpdesk ? ADAPTERS[helpdesk] : undefined);
}

/** Describes how the page was read, for a bug report (see `describePage`). */
export function buildDiagnostic(doc: Document, url: string, options: DiagnosticOptions): Diagnostic {
  return describePage(doc, url, ADAPTERS, options);
}
