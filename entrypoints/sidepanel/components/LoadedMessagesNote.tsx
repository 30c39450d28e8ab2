import { i18n } from '#i18n';
import type { Conversation } from '@/lib/conversation';
import { helpdeskName } from '@/components/labels';
import { formatCount } from '@/components/format';

/**
 * Says how the guidance was made when the helpdesk keeps older messages behind "show more": only the
 * loaded ones were read. Steadyhand never clicks anything on the page by itself, so the agent decides.
 */
export function LoadedMessagesNote({ conversation }: { conversation: Conversation }) {
  if (!conversation.earlierHidden) return null;
  return (
    <p className="loaded-note" role="note">
      {i18n.t('panel.loaded.note', conversation.messages.length, [
        formatCount(conversation.messages.length),
        helpdeskName(conversation.helpdesk),
      ])}
    </p>
  );
}
