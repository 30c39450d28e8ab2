import type { ReactNode } from 'react';
import type { Conversation } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { BoundaryBanner } from './BoundaryBanner';
import { Checklist } from './Checklist';
import { ConversationSummary } from './ConversationSummary';
import { LoadedMessagesNote } from './LoadedMessagesNote';
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
  return (
    <>
      {guidance.step === 'boundary' ? (
        <BoundaryBanner guidance={guidance} />
      ) : (
        <StepCard guidance={guidance} step={guidance.step} />
      )}
      <LoadedMessagesNote conversation={conversation} />
      <SignalChips signals={guidance.signals} />
      {slots.phrases}
      <Checklist guidance={guidance} messages={conversation.messages} />
      <ConversationSummary conversation={conversation} />
      {slots.notes}
    </>
  );
}
