// The JSON Schemas generated from the zod pack schema (scripts/generate-pack-schema.ts writes them; a unit
// test fails when the committed copies are stale):
// - schema/phrase-pack.schema.json, for trainers' editors (validation and completion);
// - public/managed-schema.json, the enterprise policy schema in the dialect Chrome accepts.
import { z } from 'zod/mini';
import { PACK_FORMAT, PACK_SCHEMA_ID, PhrasePack } from './schema';

type JsonSchema = { [key: string]: unknown };

export function packJsonSchema(): JsonSchema {
  const { $schema, ...schema } = z.toJSONSchema(PhrasePack, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    $id: PACK_SCHEMA_ID,
    ...schema,
    description: `A Steadyhand phrase pack, format ${PACK_FORMAT}: a team's approved phrases for every framework step and for setting a boundary. Plain data: no code, no HTML, no regular expressions.`,
  };
}

const pick = (node: JsonSchema, keys: string[]) =>
  Object.fromEntries(keys.filter((key) => typeof node[key] === 'string').map((key) => [key, node[key]]));

/**
 * Chrome's policy schemas allow only a few keywords per type and refuse to load an extension whose schema
 * uses any other. Only types and structure are kept: patterns, lengths and required fields are left to
 * parsePack, which reports them per pack, where Chrome would drop the whole policy for one mistake.
 */
function toChromeSchema(node: JsonSchema): JsonSchema {
  const type = node.type === 'number' && Number.isInteger(node.const) ? 'integer' : node.type;
  if (typeof type !== 'string') throw new Error(`Chrome policy schemas need one type, got ${JSON.stringify(node)}`);
  const out: JsonSchema = { type, ...pick(node, ['title', 'description']) };
  if (type === 'array') out.items = toChromeSchema(node.items as JsonSchema);
  if (type === 'object' && node.properties) {
    const properties = node.properties as Record<string, JsonSchema>;
    out.properties = Object.fromEntries(
      Object.entries(properties)
        .filter(([name]) => name !== '$schema')
        .map(([name, child]) => [name, toChromeSchema(child)]),
    );
  }
  if (type === 'object' && typeof node.additionalProperties === 'object') {
    out.additionalProperties = toChromeSchema(node.additionalProperties as JsonSchema);
  }
  return out;
}

export function managedPolicySchema(): JsonSchema {
  const pack = toChromeSchema(packJsonSchema());
  // Chrome silently drops properties its schema does not know. Letting any step name through means a
  // misspelt step reaches parsePack, which rejects the pack loudly instead of losing its phrases.
  const steps = (pack.properties as Record<string, JsonSchema>).steps!;
  steps.additionalProperties = (steps.properties as Record<string, JsonSchema>).listen;
  return {
    type: 'object',
    properties: {
      packs: {
        type: 'array',
        title: 'Phrase packs',
        description:
          'Phrase packs every agent gets, locked. Each entry has either "url" (an https:// address serving a pack as JSON, downloaded by the extension) or "pack" (the pack itself).',
        items: {
          type: 'object',
          properties: {
            url: { type: 'string', title: 'Pack address', description: 'An https:// address serving the pack JSON.' },
            pack: pack,
          },
        },
      },
    },
  };
}

/** The committed form of a schema file, before formatting. */
export const schemaText = (schema: JsonSchema) => `${JSON.stringify(schema, null, 2)}\n`;
