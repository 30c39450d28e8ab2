import type { ReactNode } from 'react';
import type { Conversation } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { BoundaryBanner } from './BoundaryBanner';
import { Checklist } from './Checklist';
import { ConversationSummary } from './ConversationSummary';
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

/** A readable conversation: the step (or the boundary, which overrides it), signals, phrases, checklist, context. */
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
  return (
    <>
      <ErrorBoundary section="step" resetKey={resetKey}>
        {guidance.step === 'boundary' ? (
          <BoundaryBanner guidance={guidance} messages={conversation.messages} />
        ) : (
          <StepCard guidance={guidance} step={guidance.step} />
        )}
      </ErrorBoundary>
      {/* With a boundary, the words to set it come right under the banner. */}
      {guidance.step === 'boundary' && phrases}
      <ErrorBoundary section="loadedNote" resetKey={resetKey}>
        <LoadedMessagesNote conversation={conversation} />
      </ErrorBoundary>
      <ErrorBoundary section="signals" resetKey={resetKey}>
        <SignalChips signals={guidance.signals} />
      </ErrorBoundary>
      {guidance.step !== 'boundary' && phrases}
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
