import file from './acts-model.json';
import { loadActModel, type ActModel } from './act-model';

let model: ActModel | undefined;

/** The shipped detectors, decoded on first use (a few milliseconds, once per service worker). */
export function builtInModel(): ActModel {
  return (model ??= loadActModel(file));
}
