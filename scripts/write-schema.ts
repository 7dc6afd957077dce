/** Writes the published JSON Schema (schema.json) from the TypeScript definition. */
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from '../src/schema/document.js';

const target = new URL('../schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
