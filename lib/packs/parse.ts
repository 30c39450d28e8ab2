import { errorsOf, type PackError } from './errors';
import { formatSize } from './format-size';
import { LIMITS, PhrasePack } from './schema';
import { errorText } from '../error-text';

export type ParseResult = { ok: true; pack: PhrasePack } | { ok: false; errors: PackError[] };

const fail = (path: string, message: string): ParseResult => ({ ok: false, errors: [{ path, message }] });
const count = (n: number) => n.toLocaleString('en-US');

// UTF-8 never takes fewer bytes than UTF-16 code units, so an over-long string is refused before encoding it.
function utf8Bytes(text: string): number {
  return text.length > LIMITS.bytes ? text.length : new TextEncoder().encode(text).length;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: ParseResult } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = errorText(error);
    const position = /at position (\d+)/.exec(detail)?.[1];
    const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    const where = position === undefined ? '' : ` (${lineAndColumn(text, Number(position))})`;
    return { ok: false, result: fail('', `this is not valid JSON${where}: ${reason}`) };
  }
}

/** The size the value would have as JSON, or null when it is not plain JSON data (a cycle, a BigInt). */
function jsonBytes(value: unknown): number | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : utf8Bytes(text);
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function countPhrases(data: unknown): number {
  if (!isRecord(data) || !isRecord(data.steps)) return 0;
  return Object.values(data.steps).reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
}

/**
 * Checks a phrase pack, given as JSON text or as parsed data, and reports every problem at once. The size
 * and phrase-count limits are checked first, so a huge or hostile file is refused before it is walked.
 */
export function parsePack(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    const bytes = utf8Bytes(input);
    if (bytes > LIMITS.bytes) return fail('', `the pack is ${formatSize(bytes)}; the limit is 1 MB`);
    const json = parseJson(input);
    if (!json.ok) return json.result;
    data = json.value;
  } else {
    const bytes = jsonBytes(input);
    if (bytes === null) return fail('', 'a phrase pack must be plain JSON data');
    if (bytes > LIMITS.bytes) return fail('', `the pack is ${formatSize(bytes)}; the limit is 1 MB`);
  }
  if (!isRecord(data)) return fail('', 'a phrase pack must be a JSON object: { "format": 1, "id": …, "steps": { … } }');
  const phrases = countPhrases(data);
  if (phrases > LIMITS.phrases) {
    return fail('steps', `has ${count(phrases)} phrases; the limit is ${count(LIMITS.phrases)}`);
  }
  const parsed = PhrasePack.safeParse(data, { reportInput: true });
  return parsed.success
    ? { ok: true, pack: parsed.data }
    : { ok: false, errors: parsed.error.issues.flatMap(errorsOf) };
}
