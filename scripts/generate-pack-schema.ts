// Writes the JSON Schemas generated from lib/packs/schema.ts: run after changing the pack format.
// tests/unit/packs/json-schema.test.ts fails while the committed files are stale.
import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { managedPolicySchema, packJsonSchema, schemaText } from '../lib/packs/json-schema';

export const SCHEMA_FILES = {
  'schema/phrase-pack.schema.json': packJsonSchema,
  'public/managed-schema.json': managedPolicySchema,
};

for (const [path, generate] of Object.entries(SCHEMA_FILES)) {
  const text = await format(schemaText(generate()), { ...(await resolveConfig(path)), filepath: path });
  await writeFile(path, text);
  console.log(`Wrote ${path}`);
}
