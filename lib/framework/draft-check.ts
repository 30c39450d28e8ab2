import { readAgent, type AgentRead } from './agent-acts';
import type { AnalyzeOptions } from './analyze';
import { judgeDraft, type DraftCheck } from './draft-parts';
import { mergeAgent } from './learned';
import { createDetector, type Detect } from './model/detector';
import type { RoleModel } from './model/act-model';
import { cueReaderFor, readWith } from './reading';
import type { GuidanceStep } from './steps';

export { judgeDraft, STEP_PARTS, type DraftCheck, type DraftPart, type DraftShortfall } from './draft-parts';

// One agent detector per model, like the analyzer keeps: it caches word rows.
const detectors = new WeakMap<RoleModel, Detect>();

/**
 * What a reply being written does, read exactly as `analyze` reads a sent agent reply for the checklist:
 * the same cue reader (language and pack cues from `options`), `readAgent`, and the learned detectors
 * merged in when `options.acts` asks for them.
 */
export function readDraft(text: string, options: AnalyzeOptions = {}): AgentRead {
  const { info, hits } = readWith(cueReaderFor(options.cues, options.locale), text);
  const read = readAgent(info, hits);
  const source = options.acts ?? 'rules';
  if (source === 'rules') return read;
  if (!options.model) throw new Error(`readDraft: acts "${source}" needs a model`);
  const role = options.model.agent;
  let detect = detectors.get(role);
  if (!detect) detectors.set(role, (detect = createDetector(role)));
  return mergeAgent(read, role, detect(info, false), source).read;
}

/** Which parts of the suggested step the draft performs (with its words) and which it is still missing. */
export function checkDraft(text: string, step: GuidanceStep, options?: AnalyzeOptions): DraftCheck {
  return judgeDraft(readDraft(text, options), step);
}
