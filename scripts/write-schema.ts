/** Writes the published JSON Schema (schema.json) from the TypeScript definition, with the descriptions for editors. */
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from '../src/schema/document.js';
import { describeJsonSchema } from './schema-descriptions.js';
import { kindsAsConditions } from './schema-conditions.js';

const { schema, unused } = describeJsonSchema(documentJsonSchema());
if (unused.length > 0) throw new Error(`scripts/schema-descriptions.ts: keys that match no field: ${unused.join(', ')}`);
const target = new URL('../schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(kindsAsConditions(schema), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
