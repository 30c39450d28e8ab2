import { Component, useId, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { errorText } from '@/lib/error-text';

/** The parts of the panel that fail on their own; `panel` is the whole panel, the last resort. */
export type PanelSection =
  | 'step'
  | 'draftCheck'
  | 'loadedNote'
  | 'signals'
  | 'phrases'
  | 'checklist'
  | 'summary'
  | 'notes'
  | 'unreadable'
  | 'panel';

interface Props {
  section: PanelSection;
  /** Changes when what the section shows changes (another conversation, another step): a failure is retried then. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  /** What was thrown, boxed: a section can throw anything, even undefined. */
  failure: { error: unknown } | null;
  /** The `resetKey` of the last render. */
  key: string;
}

/**
 * A render failure in one section (a pack's odd phrase, guidance the panel did not expect) takes only that
 * section down, on that conversation: the agent keeps the rest of the panel and can report what happened.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps({ resetKey }: Props, { key }: State): Partial<State> | null {
    return resetKey === key ? null : { failure: null, key: resetKey };
  }

  private retry = () => this.setState({ failure: null });

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    return <SectionError section={this.props.section} error={failure.error} onRetry={this.retry} />;
  }
}

/** The stack says where, for a bug report; Chrome's starts with the message, happy-dom's too. */
function details(error: unknown): string {
  return (error instanceof Error && error.stack) || errorText(error);
}

function SectionError({ section, error, onRetry }: { section: PanelSection; error: unknown; onRetry(): void }) {
  const titleId = useId();
  return (
    <section className="notice notice--warning" role="alert" aria-labelledby={titleId}>
      <h2 className="notice__title" id={titleId}>
        {i18n.t(`panel.sectionError.${section}`)}
      </h2>
      <p className="notice__body">
        {section === 'panel' ? i18n.t('panel.sectionError.whole') : i18n.t('panel.sectionError.rest')}
      </p>
      <details className="diagnostic">
        <summary>{i18n.t('panel.sectionError.details')}</summary>
        <pre aria-label={i18n.t('panel.sectionError.detailsLabel')}>{details(error)}</pre>
      </details>
      <button type="button" className="button" onClick={onRetry}>
        {i18n.t('panel.sectionError.retry')}
      </button>
    </section>
  );
}
