// Demo Zendesk ticket data model (modelled on helpdesk-dom.md, Zendesk Agent Workspace rows, and
// helpdesk-dom-2026.md rows "custom ticket layout", "side conversations", "show more", "no DOM marker for
// bots", "messaging bubbles may show time only as text"). Not real Zendesk code.

export type CommentRole = 'end-user' | 'agent' | 'internal';
export type Origin = 'EmailInteraction' | 'WebInteraction' | 'ApiInteraction' | 'MobileSdkInteraction' | 'Trigger';

export interface Person {
  id: number;
  name: string;
  email: string;
  /** A bot (e.g. Answer Bot): its comments look like an agent's, without the AgentBadge (no DOM marker). */
  bot?: boolean;
}

export interface Attachment {
  name: string;
  token: string;
  size: string;
}

export interface CommentItem {
  kind: 'comment';
  role: CommentRole;
  author: Person;
  minutesAgo: number;
  origin: Origin;
  via: string;
  paragraphs: string[];
  attachment?: Attachment;
  /** Email envelope (public email comments only). */
  envelope?: { from: string; to: string };
  /** A messaging bubble: body as `<span><span>` lines, no `.zd-comment`. */
  messaging?: boolean;
  /** Shows the time as text only ("Feb 26 23:08"), with no `datetime`, as some messaging bubbles do. */
  timeAsText?: boolean;
  /** Sent to a third party in a side conversation, not to the requester. */
  sideConversation?: { to: string };
}

export interface EventItem {
  kind: 'event';
  minutesAgo: number;
  title: string;
  changes: string[];
}

export type LogItem = CommentItem | EventItem;

export interface Ticket {
  id: string;
  /** Which Agent Workspace layout renders it: `ticket-<id>-standard-layout` or `…-custom-layout`. */
  layout: 'standard' | 'custom';
  subject: string;
  channel: 'Email' | 'Web form' | 'Messaging';
  origin: Origin;
  via: string;
  status: 'New' | 'Open' | 'Pending';
  priority: 'Low' | 'Normal' | 'High' | 'Urgent';
  type: 'Question' | 'Incident' | 'Problem';
  tags: string[];
  /** `language`: what the requester card shows under Language (English when absent). */
  requester: Person & { since: string; localTime: string; plan: string; language?: string };
  items: LogItem[];
  /** Older items behind the log's "Show more" button, oldest first (none: no button). */
  olderItems?: LogItem[];
  /** Lines the demo toolbar's "Simulate customer reply" sends, in turn. */
  cannedFollowUps: string[];
}

export const AGENT: Person = { id: 3301, name: 'Sam Ortega', email: 'sam.ortega@steadyhand-demo.example' };
export const SUPPORT_ADDRESS = 'support@steadyhand-demo.example';
