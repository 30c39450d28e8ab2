import { type HelpdeskId } from '@/lib/conversation';
import { intercom } from './intercom/reader';
import { type Adapter } from './types';
import { zendesk } from './zendesk/reader';

/** One adapter per helpdesk: its selectors (as data) and how to read its pages. */
export const ADAPTERS: Record<HelpdeskId, Adapter> = { zendesk, intercom };
