import { i18n } from '#i18n';
import type { HelpdeskId } from '@/lib/conversation';

export const helpdeskName = (helpdesk: HelpdeskId): string => i18n.t(`helpdesk.${helpdesk}`);
