// Phrase packs: the format (schema.ts), checking (parse.ts, lint.ts), imports and updates (import.ts,
// diff.ts), the user's packs (store.ts, within a budget: budget.ts), the organisation's packs (managed.ts),
// the built-in packs, and the {{variables}} phrases use (variables.ts).
export { PACK_BUDGET_BYTES } from './budget';
export { BUILT_IN_PACKS, isBuiltInId } from './builtin';
export { diffPacks, isUnchanged, type PackChanges, type StepChanges } from './diff';
export { activePacks, packEntries, type PackEntry } from './entries';
export { formatPath, type PackError } from './errors';
export { fetchPackText } from './fetch-pack';
export {
  canCommit,
  needsConfirmation,
  planImport,
  type AcceptedPlan,
  type ImportPlan,
  type PackOrigin,
} from './import';
export {
  managedPacksItem,
  readManagedState,
  refreshManagedPacks,
  type ManagedEntry,
  type ManagedState,
} from './managed';
export { managedFailureItem, readManagedFailure, type ManagedFailure } from './managed-failure';
export { lintPack, type LintKind, type LintWarning } from './lint';
export { parsePack, type ParseResult } from './parse';
export {
  BEHAVIOURS,
  LIMITS,
  PACK_FORMAT,
  PACK_SCHEMA_ID,
  PACK_STEPS,
  Phrase,
  PhrasePack,
  phrasesOf,
  type Behaviour,
  type PackStep,
} from './schema';
export { compareVersions, isVersion, nextPatch } from './semver';
export {
  deletePack,
  installedPacks,
  installPack,
  loadPackEntries,
  movePack,
  PackSource,
  readStoredPacks,
  setPackEnabled,
  watchPackEntries,
} from './store';
export { PackStoreError, type PackStoreProblem, type SizedPack, type UnsavedChange } from './store-errors';
export { packsForLanguage, phrasesForStep, searchPhrases, type OfferedPhrase } from './offer';
export { phraseUsage, usageKey, type PhraseUsage } from './usage';
export { customerDate } from './customer-date';
export {
  DATE_VARIABLES,
  fillVariables,
  isKnownVariable,
  KNOWN_VARIABLES,
  ownValue,
  segmentsOf,
  variablesFor,
  variablesIn,
  type Segment,
  type VariableName,
  type VariableValues,
} from './variables';
