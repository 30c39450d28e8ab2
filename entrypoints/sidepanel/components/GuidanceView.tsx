import type { ReactNode } from 'react';
import type { Conversation } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { BoundaryBanner } from './BoundaryBanner';
import { Checklist } from './Checklist';
import { ConversationSummary } from './ConversationSummary';
import { DraftCheck } from './DraftCheck';
import { ErrorBoundary } from './ErrorBoundary';
import { LoadedMessagesNote } from './LoadedMessagesNote';
import { conversationStepKey } from './reset-key';
import { SignalChips } from './SignalChips';
import { StepCard } from './StepCard';

export interface GuidanceSlots {
  /** The phrases to act on, right under the step. */
  phrases?: ReactNode;
  /** The agent's quick notes, last. */
  notes?: ReactNode;
}

/**
 * A readable conversation, what an agent takes in at a glance first: the step (or the boundary, which
 * overrides it), the signals and the phrases; then what the guidance rests on (loaded messages, checklist).
 */
export function GuidanceView({
  conversation,
  guidance,
  slots = {},
}: {
  conversation: Conversation;
  guidance: Guidance;
  slots?: GuidanceSlots;
}) {
  const resetKey = conversationStepKey(conversation, guidance.step);
  const phrases = slots.phrases && (
    <ErrorBoundary section="phrases" resetKey={resetKey}>
      {slots.phrases}
    </ErrorBoundary>
  );
  const signals = (
    <ErrorBoundary section="signals" resetKey={resetKey}>
      <SignalChips signals={guidance.signals} />
    </ErrorBoundary>
  );
  // Right under the step (or the banner): whether the reply being typed performs it.
  const draftCheck = (
    <ErrorBoundary section="draftCheck" resetKey={resetKey}>
      <DraftCheck conversationId={conversation.id} step={guidance.step} />
    </ErrorBoundary>
  );
  return (
    <>
      {/* The step, its signals and its phrases first: what an agent takes in at a glance, above the fold. */}
      {guidance.step === 'boundary' ? (
        <>
          {/* The signals first here, so that the words to set the boundary come right under the banner. */}
          {signals}
          <ErrorBoundary section="step" resetKey={resetKey}>
            <BoundaryBanner guidance={guidance} messages={conversation.messages} />
          </ErrorBoundary>
          {draftCheck}
        </>
      ) : (
        <>
          <ErrorBoundary section="step" resetKey={resetKey}>
            <StepCard guidance={guidance} step={guidance.step} />
          </ErrorBoundary>
          {draftCheck}
          {signals}
        </>
      )}
      {phrases}
      <ErrorBoundary section="loadedNote" resetKey={resetKey}>
        <LoadedMessagesNote conversation={conversation} />
      </ErrorBoundary>
      <ErrorBoundary section="checklist" resetKey={resetKey}>
        <Checklist guidance={guidance} messages={conversation.messages} />
      </ErrorBoundary>
      <ErrorBoundary section="summary" resetKey={resetKey}>
        <ConversationSummary conversation={conversation} />
      </ErrorBoundary>
      {slots.notes && (
        <ErrorBoundary section="notes" resetKey={resetKey}>
          {slots.notes}
        </ErrorBoundary>
      )}
    </>
  );
}
