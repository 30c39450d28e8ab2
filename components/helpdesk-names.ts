import type { HelpdeskId } from '@/lib/conversation';

export const HELPDESK_NAMES: Record<HelpdeskId, string> = { zendesk: 'Zendesk', intercom: 'Intercom' };
