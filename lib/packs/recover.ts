// Opening a pack that failed to import in the editor: whatever JSON the trainer wrote, turned into a pack
// the editor can hold (every field of the right kind) without judging its content, so the editor can show
// each problem at its field. Every phrase text is kept; whatever the editor has no place for is listed
// in the notes with its value, so nothing disappears without the trainer being told.
import { z } from 'zod/mini';
import { clipText } from '@/lib/clip';
import { parseJson } from '@/lib/json-syntax';
import { CueSet } from '@/lib/framework/cues/schema';
import { freshPhraseId, updatePhrase } from './draft';
import { formatPath } from './errors';
import {
  BEHAVIOURS,
  LIMITS,
  PACK_FORMAT,
  PACK_STEPS,
  PhrasePack,
  phrasesOf,
  type Behaviour,
  type PackStep,
  type Phrase,
} from './schema';
import { closest } from './suggest';

export type RecoveryNote =
  /** A name read as the known one it is a typo of ("nmae" as "name", a phrase's "txt" as its text). */
  | { kind: 'renamed'; from: string; to: string }
  /** Phrases found under a name that is no step, put in the step it is closest to (or the first). */
  | { kind: 'moved'; from: string; to: PackStep; count: number }
  /** A value the editor has no place for, quoted so the trainer can copy it back in. */
  | { kind: 'dropped'; path: string; value: string }
  | { kind: 'format'; found: string }
  /** The date was missing or unusable; the editor sets it when the pack is saved anyway. */
  | { kind: 'date'; found: string }
  /** Cue words that could not be read (the editor does not edit cue words). */
  | { kind: 'cues' }
  | { kind: 'ids'; count: number };

export type RecoveryFailure = 'not-json' | 'not-object' | 'too-big';
export type Recovered = { ok: true; pack: PhrasePack; notes: RecoveryNote[] } | { ok: false; reason: RecoveryFailure };

type Path = Array<string | number>;
type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return clipText(text, 300);
};

const TOP = [
  '$schema',
  'format',
  'id',
  'name',
  'version',
  'locale',
  'author',
  'description',
  'updatedAt',
  'steps',
  'cues',
];
const TEXT_FIELDS = ['id', 'name', 'version', 'locale', 'author', 'description'] as const;

class Recovery {
  readonly notes: RecoveryNote[] = [];

  drop(path: Path, value: unknown): void {
    this.notes.push({ kind: 'dropped', path: formatPath(path), value: quote(value) });
  }

  /** The known fields of `raw` (typos of known names read as them) and what is left over. */
  fields(raw: Fields, known: readonly string[], path: Path): { fields: Fields; rest: Array<[string, unknown]> } {
    const fields: Fields = {};
    const rest: Array<[string, unknown]> = [];
    for (const [name, value] of Object.entries(raw)) {
      const guess = known.includes(name) ? name : closest(name, known);
      if (guess && !(guess in fields) && (guess === name || !(guess in raw))) {
        if (guess !== name) this.notes.push({ kind: 'renamed', from: formatPath([...path, name]), to: guess });
        fields[guess] = value;
      } else rest.push([name, value]);
    }
    return { fields, rest };
  }

  text(value: unknown, path: Path): string {
    const text = asText(value);
    if (text === null && value !== undefined) this.drop(path, value);
    return text ?? '';
  }

  phrase(raw: unknown, path: Path): Phrase | null {
    const plain = asText(raw);
    if (plain !== null) return { id: '', text: plain };
    if (!isRecord(raw)) {
      this.drop(path, raw);
      return null;
    }
    const { fields, rest } = this.fields(raw, ['id', 'text', 'variants', 'tags'], path);
    const phrase: Phrase = {
      id: this.text(fields.id, [...path, 'id']),
      text: this.text(fields.text, [...path, 'text']),
    };
    for (const [name, value] of rest) {
      // A phrase whose words sit under another name keeps them as its text.
      const words = asText(value);
      if (words !== null && !phrase.text) {
        phrase.text = words;
        this.notes.push({ kind: 'renamed', from: formatPath([...path, name]), to: 'text' });
      } else this.drop([...path, name], value);
    }
    const variants = this.variants(fields.variants, [...path, 'variants']);
    if (variants) phrase.variants = variants;
    const tags = this.tags(fields.tags, [...path, 'tags']);
    if (tags) phrase.tags = tags;
    return phrase;
  }

  variants(raw: unknown, path: Path): Phrase['variants'] | null {
    if (raw === undefined) return null;
    if (!isRecord(raw)) {
      this.drop(path, raw);
      return null;
    }
    const variants: Partial<Record<Behaviour, string>> = {};
    for (const [name, value] of Object.entries(raw)) {
      const kind = ((BEHAVIOURS as readonly string[]).includes(name) ? name : closest(name, BEHAVIOURS)) as
        Behaviour | undefined;
      const text = asText(value);
      if (kind && text !== null && variants[kind] === undefined) {
        variants[kind] = text;
        if (kind !== name) this.notes.push({ kind: 'renamed', from: formatPath([...path, name]), to: kind });
      } else this.drop([...path, name], value);
    }
    return Object.keys(variants).length ? variants : null;
  }

  tags(raw: unknown, path: Path): string[] | null {
    if (raw === undefined) return null;
    if (typeof raw === 'string') return raw.split(',').map((tag) => tag.trim());
    if (!Array.isArray(raw)) {
      this.drop(path, raw);
      return null;
    }
    return raw.flatMap((tag, i) => {
      const text = asText(tag);
      if (text === null) this.drop([...path, i], tag);
      return text === null ? [] : [text];
    });
  }

  list(raw: unknown, path: Path): Phrase[] {
    const items = Array.isArray(raw) ? raw : isRecord(raw) && !('text' in raw) ? Object.values(raw) : [raw];
    return items.flatMap((item, i) => this.phrase(item, [...path, i]) ?? []);
  }

  steps(raw: unknown): PhrasePack['steps'] {
    const steps: Partial<Record<PackStep, Phrase[]>> = {};
    if (raw === undefined) return steps;
    // A plain list where the steps should be is read as the first step's phrases.
    const groups: Array<[string, unknown, Path]> = isRecord(raw)
      ? Object.entries(raw).map(([name, list]) => [name, list, ['steps', name]])
      : [['steps', raw, ['steps']]];
    for (const [name, list, path] of groups) {
      const known = (PACK_STEPS as readonly string[]).includes(name);
      const step = (known ? name : (closest(name, PACK_STEPS) ?? 'listen')) as PackStep;
      const phrases = this.list(list, path);
      if (!known) this.notes.push({ kind: 'moved', from: name, to: step, count: phrases.length });
      steps[step] = [...(steps[step] ?? []), ...phrases];
    }
    return steps;
  }
}

/** Gives every phrase without an id one no other phrase uses. */
function fillIds(pack: PhrasePack, notes: RecoveryNote[]): PhrasePack {
  let filled = pack;
  let count = 0;
  for (const { step, index, phrase } of phrasesOf(pack)) {
    if (phrase.id) continue;
    filled = updatePhrase(filled, step, index, { ...phrase, id: freshPhraseId(filled, step) });
    count++;
  }
  if (count) notes.push({ kind: 'ids', count });
  return filled;
}

function readJson(input: unknown): { ok: true; value: unknown } | { ok: false; reason: RecoveryFailure } {
  if (typeof input !== 'string') return { ok: true, value: input };
  if (new TextEncoder().encode(input).length > LIMITS.bytes) return { ok: false, reason: 'too-big' };
  const parsed = parseJson(input);
  return parsed.ok ? parsed : { ok: false, reason: 'not-json' };
}

/** Everything of `input` (JSON text or parsed data) the editor can hold, with notes on what it changed. */
export function recoverPack(input: unknown, today: string): Recovered {
  const json = readJson(input);
  if (!json.ok) return json;
  if (!isRecord(json.value)) return { ok: false, reason: 'not-object' };
  const recovery = new Recovery();
  const { fields, rest } = recovery.fields(json.value, TOP, []);
  for (const [name, value] of rest) recovery.drop([name], value);
  const { notes } = recovery;

  const pack: PhrasePack = { format: PACK_FORMAT, ...textFields(recovery, fields), updatedAt: today, steps: {} };
  if (fields.format !== undefined && fields.format !== PACK_FORMAT)
    notes.push({ kind: 'format', found: quote(fields.format) });
  const date = asText(fields.updatedAt);
  if (date !== null && PhrasePack.shape.updatedAt.safeParse(date).success) pack.updatedAt = date;
  else notes.push({ kind: 'date', found: fields.updatedAt === undefined ? '' : quote(fields.updatedAt) });
  if (typeof fields.$schema === 'string') pack.$schema = fields.$schema;
  else if (fields.$schema !== undefined) recovery.drop(['$schema'], fields.$schema);
  pack.steps = recovery.steps(fields.steps);
  if (fields.cues !== undefined) {
    const cues = z.array(CueSet).safeParse(fields.cues);
    if (cues.success) pack.cues = cues.data;
    else notes.push({ kind: 'cues' });
  }
  return { ok: true, pack: fillIds(pack, notes), notes };
}

function textFields(recovery: Recovery, fields: Fields) {
  const [id, name, version, locale, author, description] = TEXT_FIELDS.map((field) =>
    recovery.text(fields[field], [field]),
  ) as [string, string, string, string, string, string];
  return { id, name, version, locale, author, description };
}
