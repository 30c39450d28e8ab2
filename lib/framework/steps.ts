import { z } from 'zod/mini';

export const StepId = z.enum(['listen', 'empathize', 'clarify', 'solve', 'act', 'document']);
export type StepId = z.infer<typeof StepId>;

/** What the next reply should do: one of the six steps, or `boundary`, which overrides them all. */
export const GuidanceStep = z.enum([...StepId.options, 'boundary']);
export type GuidanceStep = z.infer<typeof GuidanceStep>;

export interface StepInfo {
  id: GuidanceStep;
  /** 1..6 in framework order; boundary has none. */
  number: number | null;
  name: string;
  action: string;
  goal: string;
}

// The framework table from the product brief. Display strings move to i18n with the side panel issue.
export const STEPS: Record<GuidanceStep, StepInfo> = {
  listen: {
    id: 'listen',
    number: 1,
    name: 'Listen & Acknowledge',
    action: 'Let the customer say everything, then acknowledge the feeling, even without agreeing.',
    goal: 'The customer feels heard; tension drops.',
  },
  empathize: {
    id: 'empathize',
    number: 2,
    name: 'Empathize & Apologize',
    action: 'Show real concern and apologise for the experience (not necessarily accepting blame).',
    goal: 'Defuse anger, build trust.',
  },
  clarify: {
    id: 'clarify',
    number: 3,
    name: 'Clarify & Confirm',
    action: 'Ask specific questions and restate the problem to confirm it.',
    goal: 'Accurate understanding.',
  },
  solve: {
    id: 'solve',
    number: 4,
    name: 'Offer Solutions & Options',
    action: 'Present options, let the customer choose, and explain the benefit of each.',
    goal: 'The customer feels in control; collaboration.',
  },
  act: {
    id: 'act',
    number: 5,
    name: 'Take Action & Follow Up',
    action: 'Act on the agreed solution now; say what happens and by when.',
    goal: 'Professionalism and confidence.',
  },
  document: {
    id: 'document',
    number: 6,
    name: 'Document & Learn',
    action: 'Wrap up, then record the complaint, the solution offered and the outcome.',
    goal: 'Find trends, improve service.',
  },
  boundary: {
    id: 'boundary',
    number: null,
    name: 'Set a boundary',
    action: 'Warn once, respectfully; offer to continue; involve a supervisor or end the conversation if it goes on.',
    goal: 'Protect the agent and keep the conversation workable.',
  },
};
