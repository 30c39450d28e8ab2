// Who speaks in the demo Intercom conversations besides the customers (helpdesk-dom.md, Intercom Inbox row
// "part groups and author kind"): the teammate, the Fin bot and Intercom's own system parts. Not real Intercom data.
import type { Author } from './conversation';

export const TEAMMATE: Author = { name: 'Priya', kind: 'admin' };
export const FIN: Author = { name: 'Fin', kind: 'bot' };
export const SYSTEM: Author = { name: 'Intercom', kind: 'system' };
