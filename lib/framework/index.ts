export { analyze, createAnalyzer, BUILT_IN_CUES, type AnalyzeOptions, type Analyzer } from './analyze';
export { CUE_CATEGORIES, CueCategory, CueSet } from './cues/schema';
export { en as englishCues } from './cues/en';
export { es as spanishCues } from './cues/es';
export { Guidance, SignalKind } from './guidance';
export { ENGLISH_REASONS, ReasonKey, ReasonPart } from './reason-templates';
export { renderReason } from './reason';
export { GuidanceStep, STEPS, StepId, type StepInfo } from './steps';
