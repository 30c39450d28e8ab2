export { onMessage, sendMessage, sendToTab, type Handler, type Sender } from './client';
export { MessagingError } from './envelope';
export { ConversationPatch, InsertResult, PageState, TabView, protocol, type MessageType, type RequestOf, type ResponseOf } from './protocol';
