import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_ID, PACK_STEPS } from '@/lib/packs';
import { managedPolicySchema, packJsonSchema } from '@/lib/packs/json-schema';
import { ONLY_KNOWN_VARIABLES } from '@/lib/packs/variables';

type Node = Record<string, unknown>;
const committed = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Node;
const STALE = 'stale: run `npx tsx scripts/generate-pack-schema.ts` and commit the result';

// Chrome's policy schema keywords per type (components/policy/core/common/schema.cc). Any other keyword
// makes Chrome refuse to load the extension.
const CHROME_KEYWORDS: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: [
    'additionalProperties',
    'description',
    'id',
    'patternProperties',
    'properties',
    'required',
    'sensitiveValue',
    'title',
    'type',
  ],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

function chromeProblems(node: Node, path = '$'): string[] {
  const allowed = CHROME_KEYWORDS[node.type as string];
  if (!allowed) return [`${path}: type ${String(node.type)}`];
  const own = Object.keys(node)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${path}: ${key}`);
  const children: Array<[string, Node]> = [
    ...Object.entries((node.properties ?? {}) as Record<string, Node>).map(([k, v]): [string, Node] => [
      `${path}.${k}`,
      v,
    ]),
    ...(node.items ? [[`${path}[]`, node.items as Node] as [string, Node]] : []),
    ...(node.additionalProperties ? [[`${path}.*`, node.additionalProperties as Node] as [string, Node]] : []),
  ];
  return [...own, ...children.flatMap(([p, child]) => chromeProblems(child, p))];
}

describe('generated JSON Schemas', () => {
  it(`schema/phrase-pack.schema.json is not ${STALE}`, () => {
    expect(committed('schema/phrase-pack.schema.json'), STALE).toEqual(packJsonSchema());
  });

  it(`public/managed-schema.json is not ${STALE}`, () => {
    expect(committed('public/managed-schema.json'), STALE).toEqual(managedPolicySchema());
  });

  it('names its format version and forbids unknown fields and steps, for trainers’ editors', () => {
    const schema = packJsonSchema() as Node & { properties: { steps: Node } };
    expect(schema.$id).toBe(PACK_SCHEMA_ID);
    expect(PACK_SCHEMA_ID).toMatch(/phrase-pack-1\.json$/);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.steps.properties as Node)).toEqual([...PACK_STEPS]);
    expect(schema.properties.steps.additionalProperties).toBe(false);
  });

  it('refuses unknown variables in phrase text with the pattern parsePack uses', () => {
    const phrase = (packJsonSchema() as { properties: { steps: { properties: Record<string, Node> } } }).properties
      .steps.properties.listen!.items as { properties: { text: Node; variants: { properties: Record<string, Node> } } };
    for (const text of [phrase.properties.text, phrase.properties.variants.properties.angry!]) {
      // Editors compile patterns as ECMA-262 regular expressions, with the u flag (JSON Schema 2020-12).
      const patterns = (text.allOf as Array<{ pattern: string }>).map(({ pattern }) => new RegExp(pattern, 'u'));
      const accepts = (value: string) => patterns.every((pattern) => pattern.test(value));
      expect(patterns.map(String)).toContain(new RegExp(ONLY_KNOWN_VARIABLES.source, 'u').toString());
      expect(accepts('Hi {{ customer.firstName }},\nsee {{ticket.id}}.')).toBe(true);
      expect(accepts('Hi {{custmer.name}}')).toBe(false);
      expect(accepts('Line one\n{{constructor}}')).toBe(false);
    }
  });

  it('gives Chrome a policy schema in the dialect it accepts', () => {
    const schema = managedPolicySchema();
    expect(schema).not.toHaveProperty('additionalProperties'); // not allowed at the top level
    expect(chromeProblems(schema)).toEqual([]);
  });

  it('lets any step name through Chrome, so parsePack can refuse a misspelt one', () => {
    const steps = (managedPolicySchema() as { properties: { packs: { items: { properties: { pack: Node } } } } })
      .properties.packs.items.properties.pack.properties as Record<string, Node>;
    expect(steps.steps!.additionalProperties).toEqual((steps.steps!.properties as Node).listen);
  });
});
