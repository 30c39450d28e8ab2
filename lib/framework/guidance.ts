// zod/mini: Guidance crosses the messaging boundary (background → side panel).
import { z } from 'zod/mini';
import { ReasonPart } from './reason-templates';
import { GuidanceStep, StepId } from './steps';

export const SignalKind = z.enum(['angry', 'abusive', 'demanding', 'indecisive', 'churn-risk', 'public-complaint']);
export type SignalKind = z.infer<typeof SignalKind>;

/** The engine's answer to "what should the agent's next reply do?" (contract of issue 4). */
export const Guidance = z.strictObject({
  step: GuidanceStep,
  /** Why, in English (for tools and logs); the panel shows `why` in the UI language instead. */
  reason: z.string(),
  /** The same reason as templates and the words they quote, so each UI language can say it. */
  why: z.optional(z.array(ReasonPart)),
  completed: z.array(z.strictObject({ step: StepId, messageId: z.string(), evidence: z.string() })),
  signals: z.array(z.strictObject({ kind: SignalKind, messageId: z.string(), evidence: z.string() })),
  /** The step had a detector near its threshold gone the other way, when that changes the step. */
  alternative: z.optional(GuidanceStep),
  /**
   * The language the conversation was read in (its cue words), detected from its words unless the caller
   * chose one: the panel offers phrases in it. The reason's words follow the UI language instead.
   */
  language: z.optional(z.string()),
  /** With the boundary step: the customer's message that aims abuse at the agent, and the words that do. */
  boundary: z.optional(z.strictObject({ messageId: z.string(), evidence: z.string() })),
});
export type Guidance = z.infer<typeof Guidance>;
