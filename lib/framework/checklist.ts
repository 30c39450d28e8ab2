import type { AgentRead } from './agent-acts';
import type { StepId } from './steps';

/** Which checklist item each part of a reply completes. */
export const CHECKLIST: ReadonlyArray<{ step: StepId; evidence: (read: AgentRead) => string | null }> = [
  { step: 'listen', evidence: (r) => r.acknowledge },
  { step: 'empathize', evidence: (r) => r.apology },
  { step: 'clarify', evidence: (r) => r.clarify },
  { step: 'solve', evidence: (r) => r.offer },
  { step: 'act', evidence: (r) => r.act },
  { step: 'document', evidence: (r) => r.wrapUp },
];
