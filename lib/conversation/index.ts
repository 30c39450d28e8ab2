export { Conversation, HelpdeskId, Message, Role } from './model';
