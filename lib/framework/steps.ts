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
}

// The framework's order. Names, actions and goals are display text: locales/<lang>.yml, `steps.<id>`.
export const STEPS: Record<GuidanceStep, StepInfo> = {
  listen: { id: 'listen', number: 1 },
  empathize: { id: 'empathize', number: 2 },
  clarify: { id: 'clarify', number: 3 },
  solve: { id: 'solve', number: 4 },
  act: { id: 'act', number: 5 },
  document: { id: 'document', number: 6 },
  boundary: { id: 'boundary', number: null },
};
