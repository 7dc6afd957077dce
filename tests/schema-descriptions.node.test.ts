/**
 * Hover help in editors: every field of the published schema.json has a
 * description, every description in scripts/schema-descriptions.ts describes
 * something, and none of them reaches the schema objects the runtime reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DocumentSchema, documentJsonSchema } from '../src/schema/document.js';
import { DESCRIPTIONS, describeJsonSchema } from '../scripts/schema-descriptions.js';

type Json = Record<string, unknown>;
const published: Json = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'));

/** Keywords whose value is a schema, an array of schemas, or a map of names to schemas. */
const SCHEMA = ['items', 'not', 'if', 'then', 'else', 'contains', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'];
const SCHEMAS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const MAPS = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
/** Keywords whose object or array value is data, not a schema. */
const DATA = ['required', 'enum', 'const', 'default', 'examples'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON pointers of the properties (at any depth) and `$defs` of a schema that lack a description. */
const undescribed = (schema: Json): string[] => {
  const missing: string[] = [];
  const hasDescription = (node: unknown) => isObject(node) && typeof node.description === 'string' && node.description.trim() !== '';
  const walk = (node: unknown, pointer: string): void => {
    if (typeof node === 'boolean') return;
    assert.ok(isObject(node), `${pointer}: not a schema`);
    for (const [keyword, value] of Object.entries(node)) {
      const at = `${pointer}/${keyword}`;
      if (SCHEMA.includes(keyword)) walk(value, at);
      else if (SCHEMAS.includes(keyword)) (value as unknown[]).forEach((branch, index) => walk(branch, `${at}/${index}`));
      else if (MAPS.includes(keyword)) {
        for (const [name, field] of Object.entries(value as Json)) {
          if ((keyword === 'properties' || keyword === '$defs') && !hasDescription(field)) missing.push(`${at}/${name}`);
          walk(field, `${at}/${name}`);
        }
      } else {
        // A keyword this walk does not know could hold fields it would miss.
        assert.ok(DATA.includes(keyword) || typeof value !== 'object' || value === null, `${at}: unknown keyword holding a value; teach this test`);
      }
    }
  };
  walk(schema, '#');
  return missing;
};

test('every property of schema.json, at any depth, and every $defs entry has a description', () => {
  assert.equal(typeof published.title, 'string');
  assert.equal(typeof published.description, 'string');
  assert.deepEqual(undescribed(published), []);
});

test('the walk reaches properties inside $defs, oneOf branches and items', () => {
  const schema = {
    type: 'object',
    properties: { list: { description: 'd', type: 'array', items: { type: 'object', properties: { inItems: {} } } } },
    $defs: { Kinds: { description: 'd', oneOf: [{ properties: { inBranch: {} } }] } },
  };
  assert.deepEqual(undescribed(schema), ['#/properties/list/items/properties/inItems', '#/$defs/Kinds/oneOf/0/properties/inBranch']);
});

test('every description matches a field (no stale keys)', () => {
  assert.deepEqual(describeJsonSchema(documentJsonSchema()).unused, []);
});

test('a key that matches nothing is reported', () => {
  const stale = {
    root: { ...DESCRIPTIONS.root, versoin: 'A misspelt field.' },
    defs: { ...DESCRIPTIONS.defs, Gone: { '': 'A definition no longer in the schema.' }, Text: { ...DESCRIPTIONS.defs.Text, fr: 'No such field.' } },
  };
  const { unused } = describeJsonSchema(documentJsonSchema(), stale);
  for (const key of ['# versoin', 'Gone ', 'Text fr']) assert.ok(unused.includes(key), `not reported: ${key}`);
});

test('the descriptions stay out of the schema objects the runtime validator reads', () => {
  describeJsonSchema(documentJsonSchema());
  assert.doesNotMatch(JSON.stringify(DocumentSchema), /"description"/);
  const { title: _title, description: _description, ...bare } = documentJsonSchema();
  assert.doesNotMatch(JSON.stringify(bare), /"description"/);
});
