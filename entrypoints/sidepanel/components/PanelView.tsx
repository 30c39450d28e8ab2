import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import type { TabView } from '@/lib/messaging';
import { helpdeskName } from '@/components/labels';
import { ErrorBoundary } from './ErrorBoundary';
import { GuidanceView, type GuidanceSlots } from './GuidanceView';
import { StatusNotice } from './StatusNotice';
import { UnreadableLayout } from './UnreadableLayout';

/**
 * The whole panel for one tab: `view` null means it is still being fetched. `status` is the line that says
 * what became of the agent's last action, at the top where it is seen without scrolling.
 */
export function PanelView({
  view,
  error,
  slots,
  library,
  status,
}: {
  view: TabView | null;
  error: string | null;
  slots?: GuidanceSlots;
  /** Phrase search and copy, and the way to the other pages, under a view with no conversation. */
  library?: ReactNode;
  status?: ReactNode;
}) {
  const helpdesk =
    view?.status === 'ready' ? view.conversation.helpdesk : view && 'helpdesk' in view ? view.helpdesk : null;
  return (
    <main className="panel">
      <header className="panel__header">
        <h1 className="panel__brand">{i18n.t('panel.brand')}</h1>
        {helpdesk && <span className="panel__helpdesk">{helpdeskName(helpdesk)}</span>}
      </header>
      {status}
      <ViewBody view={view} error={error} slots={slots} />
      {library && (
        <ErrorBoundary section="phrases" resetKey={view?.status ?? ''}>
          {library}
        </ErrorBoundary>
      )}
    </main>
  );
}

function ViewBody({ view, error, slots }: { view: TabView | null; error: string | null; slots?: GuidanceSlots }) {
  if (error) {
    return (
      <StatusNotice title={i18n.t('panel.notAnswering.title')}>
        <p>{error}</p>
        <p>{i18n.t('panel.notAnswering.body')}</p>
      </StatusNotice>
    );
  }
  if (!view) return <StatusNotice title={i18n.t('panel.reading')} busy />;
  switch (view.status) {
    case 'not-helpdesk':
      return (
        <StatusNotice title={i18n.t('panel.notHelpdesk.title')}>
          <p>{i18n.t('panel.notHelpdesk.body')}</p>
        </StatusNotice>
      );
    case 'not-connected':
      return (
        <StatusNotice title={i18n.t('panel.notConnected.title')}>
          <p>{i18n.t('panel.notConnected.body', [helpdeskName(view.helpdesk)])}</p>
        </StatusNotice>
      );
    case 'loading':
      return <StatusNotice title={i18n.t('panel.readingHelpdesk', [helpdeskName(view.helpdesk)])} busy />;
    case 'no-conversation':
      return (
        <StatusNotice title={i18n.t('panel.noConversation.title')}>
          <p>
            {view.helpdesk === 'zendesk'
              ? i18n.t('panel.noConversation.ticket')
              : i18n.t('panel.noConversation.conversation')}
          </p>
        </StatusNotice>
      );
    case 'unreadable':
      // Tried again when there is something else to report: another helpdesk, other parts missing.
      return (
        <ErrorBoundary section="unreadable" resetKey={`${view.helpdesk}:${view.missing.join(' ')}`}>
          <UnreadableLayout helpdesk={view.helpdesk} missing={view.missing} diagnostic={view.diagnostic} />
        </ErrorBoundary>
      );
    case 'ready':
      return <GuidanceView conversation={view.conversation} guidance={view.guidance} slots={slots} />;
  }
}
