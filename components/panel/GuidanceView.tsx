import type { Conversation } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { BoundaryBanner } from './BoundaryBanner';
import { Checklist } from './Checklist';
import { ConversationSummary } from './ConversationSummary';
import { SignalChips } from './SignalChips';
import { StepCard } from './StepCard';

/** A readable conversation: the step (or the boundary, which overrides it), signals, checklist, context. */
export function GuidanceView({ conversation, guidance }: { conversation: Conversation; guidance: Guidance }) {
  return (
    <>
      {guidance.step === 'boundary' ? (
        <BoundaryBanner guidance={guidance} />
      ) : (
        <StepCard guidance={guidance} step={guidance.step} />
      )}
      <SignalChips signals={guidance.signals} />
      <Checklist guidance={guidance} messages={conversation.messages} />
      <ConversationSummary conversation={conversation} />
    </>
  );
}
