// zod/mini: the model file is data crossing into the engine; it is checked like any other input.
import { z } from 'zod/mini';
import { FEATURE_BITS } from './features';

/** One learned detector: an act or a signal, with the probability at which it counts as present. */
export interface Detector {
  /** An act of `acts.ts` or a signal kind. */
  name: string;
  bias: number;
  /** Weights are int8; this turns them back into the trained scale. */
  scale: number;
  /** Chosen by cross-validation to make the detector's F1 highest on conversations it was not trained on. */
  threshold: number;
}

/** The detectors for one side of the conversation (customer or agent), sharing one feature table. */
export interface RoleModel {
  detectors: readonly Detector[];
  /** Feature-major: the weights of feature `f` for every detector sit at `f * detectors.length + d`. */
  weights: Int8Array;
}

export interface ActModel {
  customer: RoleModel;
  agent: RoleModel;
}

const DetectorFile = z.strictObject({
  name: z.string(),
  bias: z.number(),
  scale: z.number().check(z.positive()),
  threshold: z.number().check(z.gt(0), z.lt(1)),
});
const RoleFile = z.strictObject({ detectors: z.array(DetectorFile), weights: z.string() });

/** The committed file: `npm run train` writes it, the background loads it. */
export const ActModelFile = z.strictObject({
  format: z.literal(1),
  bits: z.literal(FEATURE_BITS),
  /** How it was made, for the datasheet: seed, corpus size, training settings. */
  trainedOn: z.record(z.string(), z.union([z.number(), z.string()])),
  customer: RoleFile,
  agent: RoleFile,
});
export type ActModelFile = z.infer<typeof ActModelFile>;

function decodeRole(role: z.infer<typeof RoleFile>, where: string): RoleModel {
  const binary = atob(role.weights);
  const expected = (1 << FEATURE_BITS) * role.detectors.length;
  if (binary.length !== expected) throw new Error(`${where}: ${binary.length} weights, expected ${expected}`);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return { detectors: role.detectors, weights };
}

/** Checks and decodes a model file; throws with the reason when it is not one. */
export function loadActModel(file: unknown): ActModel {
  const parsed = ActModelFile.parse(file);
  return { customer: decodeRole(parsed.customer, 'customer'), agent: decodeRole(parsed.agent, 'agent') };
}

export function encodeWeights(weights: Int8Array): string {
  let binary = '';
  for (let i = 0; i < weights.length; i += 0x8000)
    binary += String.fromCharCode(
      ...new Uint8Array(weights.buffer, weights.byteOffset + i, Math.min(0x8000, weights.length - i)),
    );
  return btoa(binary);
}
