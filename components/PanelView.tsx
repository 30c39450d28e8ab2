import type { TabView } from '@/lib/messaging';
import { ConversationSummary } from './ConversationSummary';
import { HELPDESK_NAMES } from './helpdesk-names';
import { StatusNotice } from './StatusNotice';
import { StepCard } from './StepCard';
import { UnreadableLayout } from './UnreadableLayout';

/** The whole panel for one tab: `view` null means it is still being fetched. */
export function PanelView({ view, error }: { view: TabView | null; error: string | null }) {
  const helpdesk =
    view?.status === 'ready' ? view.conversation.helpdesk : view && 'helpdesk' in view ? view.helpdesk : null;
  return (
    <main className="panel">
      <header className="panel__header">
        <span className="panel__brand">Steadyhand</span>
        {helpdesk && <span className="panel__helpdesk">{HELPDESK_NAMES[helpdesk]}</span>}
      </header>
      <ViewBody view={view} error={error} />
    </main>
  );
}

function ViewBody({ view, error }: { view: TabView | null; error: string | null }) {
  if (error) {
    return (
      <StatusNotice title="Steadyhand isn’t answering">
        <p>{error}</p>
        <p>Close and reopen the panel. If it keeps happening, reload the extension.</p>
      </StatusNotice>
    );
  }
  if (!view) return <StatusNotice title="Reading this tab…" busy />;
  switch (view.status) {
    case 'not-helpdesk':
      return (
        <StatusNotice title="No helpdesk conversation here">
          <p>Open a Zendesk ticket or an Intercom conversation in this tab to get guidance.</p>
        </StatusNotice>
      );
    case 'not-connected':
      return (
        <StatusNotice title="Reload this tab">
          <p>
            This {HELPDESK_NAMES[view.helpdesk]} tab was open before Steadyhand was installed or updated. Reload it to
            connect.
          </p>
        </StatusNotice>
      );
    case 'loading':
      return <StatusNotice title={`Reading ${HELPDESK_NAMES[view.helpdesk]}…`} busy />;
    case 'no-conversation':
      return (
        <StatusNotice title="No conversation open">
          <p>Open a {view.helpdesk === 'zendesk' ? 'ticket' : 'conversation'} to get guidance.</p>
        </StatusNotice>
      );
    case 'unreadable':
      return <UnreadableLayout helpdesk={view.helpdesk} missing={view.missing} diagnostic={view.diagnostic} />;
    case 'ready':
      return (
        <>
          <StepCard guidance={view.guidance} />
          <ConversationSummary conversation={view.conversation} />
        </>
      );
  }
}
