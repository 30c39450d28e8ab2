import { errorsOf, type PackError } from './errors';
import { formatSize } from './format-size';
import type { PackIssue } from './issues';
import { LIMITS, PhrasePack } from './schema';
import { errorText } from '../error-text';

export type ParseResult = { ok: true; pack: PhrasePack } | { ok: false; errors: PackError[] };

const fail = (path: string, issue: PackIssue, message: string): ParseResult => ({
  ok: false,
  errors: [{ path, issue, message }],
});
// Pack messages are English sentences (errors.ts), so their numbers and sizes read as English writes them;
// the issue carries the numbers for a page to format in its own language.
const MESSAGE_LOCALE = 'en-US';
const count = (n: number) => n.toLocaleString(MESSAGE_LOCALE);

// UTF-8 never takes fewer bytes than UTF-16 code units, so an over-long string is refused before encoding it.
function utf8Bytes(text: string): number {
  return text.length > LIMITS.bytes ? text.length : new TextEncoder().encode(text).length;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: ParseResult } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = errorText(error);
    const position = /at position (\d+)/.exec(detail)?.[1];
    const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    const at = position === undefined ? null : lineAndColumn(text, Number(position));
    const where = at ? ` (line ${at.line}, column ${at.column})` : '';
    const issue = { code: 'not-json', line: at?.line ?? null, column: at?.column ?? null, detail: reason } as const;
    return { ok: false, result: fail('', issue, `this is not valid JSON${where}: ${reason}`) };
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

const tooLarge = (bytes: number) =>
  fail('', { code: 'pack-too-large', bytes }, `the pack is ${formatSize(bytes, MESSAGE_LOCALE)}; the limit is 1 MB`);

/**
 * Checks a phrase pack, given as JSON text or as parsed data, and reports every problem at once. The size
 * and phrase-count limits are checked first, so a huge or hostile file is refused before it is walked.
 */
export function parsePack(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    const bytes = utf8Bytes(input);
    if (bytes > LIMITS.bytes) return tooLarge(bytes);
    const json = parseJson(input);
    if (!json.ok) return json.result;
    data = json.value;
  } else {
    const bytes = jsonBytes(input);
    if (bytes === null) return fail('', { code: 'not-plain-data' }, 'a phrase pack must be plain JSON data');
    if (bytes > LIMITS.bytes) return tooLarge(bytes);
  }
  if (!isRecord(data)) {
    const message = 'a phrase pack must be a JSON object: { "format": 1, "id": …, "steps": { … } }';
    return fail('', { code: 'not-object' }, message);
  }
  const phrases = countPhrases(data);
  if (phrases > LIMITS.phrases) {
    const issue = { code: 'too-many-phrases', phrases, limit: LIMITS.phrases } as const;
    return fail('steps', issue, `has ${count(phrases)} phrases; the limit is ${count(LIMITS.phrases)}`);
  }
  const parsed = PhrasePack.safeParse(data, { reportInput: true });
  return parsed.success
    ? { ok: true, pack: parsed.data }
    : { ok: false, errors: parsed.error.issues.flatMap(errorsOf) };
}
