// zod/mini: Guidance crosses the messaging boundary (background → side panel).
import { z } from 'zod/mini';
import { GuidanceStep, StepId } from './steps';

export const SignalKind = z.enum(['angry', 'abusive', 'demanding', 'indecisive', 'churn-risk', 'public-complaint']);
export type SignalKind = z.infer<typeof SignalKind>;

/** The engine's answer to "what should the agent's next reply do?" (contract of issue 4). */
export const Guidance = z.strictObject({
  step: GuidanceStep,
  reason: z.string(),
  completed: z.array(z.strictObject({ step: StepId, messageId: z.string(), evidence: z.string() })),
  signals: z.array(z.strictObject({ kind: SignalKind, messageId: z.string(), evidence: z.string() })),
  /** The step had a detector near its threshold gone the other way, when that changes the step. */
  alternative: z.optional(GuidanceStep),
  /** With the boundary step: the customer's message that aims abuse at the agent, and the words that do. */
  boundary: z.optional(z.strictObject({ messageId: z.string(), evidence: z.string() })),
});
export type Guidance = z.infer<typeof Guidance>;
