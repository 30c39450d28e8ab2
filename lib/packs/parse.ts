import { errorsOf, type PackError } from './errors';
import { formatSize } from './format-size';
import type { PackIssue } from './issues';
import { LIMITS, PhrasePack } from './schema';
import { parseJson } from '../json-syntax';

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

/** The text as JSON, or the pack error that says where it is not (lib/json-syntax.ts). */
function readJson(text: string): { ok: true; value: unknown } | { ok: false; result: ParseResult } {
  const json = parseJson(text);
  if (json.ok) return json;
  const { at, detail } = json;
  const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  const where = at ? ` (line ${at.line}, column ${at.column})` : '';
  const issue = {
    code: 'not-json',
    line: at?.line ?? null,
    column: at?.column ?? null,
    ...(at ? { found: at.found } : {}),
    detail: reason,
  } as const;
  return { ok: false, result: fail('', issue, `this is not valid JSON${where}: ${reason}`) };
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
    const json = readJson(input);
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
