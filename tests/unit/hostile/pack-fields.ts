// Every place in a phrase pack where its author's text lands, as a way to put a text there, to read it back
// from an accepted pack, and the path a refusal must name. Shared by the import and the policy tests.
import type { PhrasePack } from '@/lib/packs';
import { pack } from '../packs/fixtures';

export interface PackField {
  name: string;
  /** A valid pack (the fixture's, with `id`) with `text` in this field (the pack id field ignores `id`). */
  put(text: string, id: string): PhrasePack;
  /** The field's value in an accepted pack. */
  get(accepted: PhrasePack): string | undefined;
  /** What an accepted text must read back as: itself, unless the format says otherwise. */
  kept(text: string): string;
  /** Every error a refusal gives must be about this field. */
  path: RegExp;
}

const same = (text: string) => text;
const listen = (p: PhrasePack) => p.steps.listen?.[0];

export const PACK_FIELDS: PackField[] = [
  {
    name: 'phrase text',
    put: (text, id) => pack({ id, steps: { listen: [{ id: 'listen-hear', text }] } }),
    get: (p) => listen(p)?.text,
    kept: same,
    path: /^steps\.listen\[0\]\.text$/,
  },
  {
    name: 'variant text',
    put: (text, id) =>
      pack({ id, steps: { listen: [{ id: 'listen-hear', text: 'I hear you.', variants: { angry: text } }] } }),
    get: (p) => listen(p)?.variants?.angry,
    kept: same,
    path: /^steps\.listen\[0\]\.variants\.angry$/,
  },
  {
    name: 'phrase id',
    put: (text, id) => pack({ id, steps: { listen: [{ id: text, text: 'I hear you.' }] } }),
    get: (p) => listen(p)?.id,
    kept: same,
    path: /^steps\.listen\[0\]\.id$/,
  },
  {
    name: 'tag',
    put: (text, id) => pack({ id, steps: { listen: [{ id: 'listen-hear', text: 'I hear you.', tags: [text] }] } }),
    get: (p) => listen(p)?.tags?.[0],
    kept: same,
    path: /^steps\.listen\[0\]\.tags\[0\]$/,
  },
  { name: 'pack id', put: (text) => pack({ id: text }), get: (p) => p.id, kept: same, path: /^id$/ },
  { name: 'pack name', put: (text, id) => pack({ id, name: text }), get: (p) => p.name, kept: same, path: /^name$/ },
  { name: 'author', put: (text, id) => pack({ id, author: text }), get: (p) => p.author, kept: same, path: /^author$/ },
  {
    name: 'description',
    put: (text, id) => pack({ id, description: text }),
    get: (p) => p.description,
    kept: same,
    path: /^description$/,
  },
  {
    name: 'version',
    put: (text, id) => pack({ id, version: text }),
    get: (p) => p.version,
    kept: same,
    path: /^version$/,
  },
  { name: 'locale', put: (text, id) => pack({ id, locale: text }), get: (p) => p.locale, kept: same, path: /^locale$/ },
  {
    name: 'updatedAt',
    put: (text, id) => pack({ id, updatedAt: text }),
    get: (p) => p.updatedAt,
    kept: same,
    path: /^updatedAt$/,
  },
  {
    // Extra words for the engine: a stranger's text that ends up matched against every conversation.
    name: 'cue',
    put: (text, id) => pack({ id, cues: [{ locale: 'en', cues: { anger: [text] } }] }),
    get: (p) => p.cues?.[0]?.cues.anger?.[0],
    // The format trims cue phrases.
    kept: (text) => text.trim(),
    path: /^cues\[0\]\.cues\.anger\[0\]$/,
  },
];
