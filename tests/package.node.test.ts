/**
 * The package's entry points, as a consumer resolves them by name (the
 * package refers to itself): each one's file and type declarations exist
 * after `npm run build`, and every element can be registered alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
const elements = readdirSync(new URL('src/components/', root)).filter((name) => existsSync(new URL(`src/components/${name}/define.ts`, root)));

test('every entry point in the exports map names files that the build writes', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) {
      for (const path of file.includes('*') ? elements.map((name) => file.replace('*', name)) : [file]) {
        assert.ok(existsSync(new URL(path, root)), `${entry}: ${path} is missing`);
      }
    }
  }
});

test('each element registers alone: scorecard-kit/define/<element>, with its types', () => {
  assert.deepEqual(elements.sort(), ['growth-bars', 'indicator-card', 'project-funnel', 'scorecard', 'tourism-surge']);
  for (const name of elements) {
    const resolved = fileURLToPath(import.meta.resolve(`scorecard-kit/define/${name}`));
    assert.equal(resolved, fileURLToPath(new URL(`dist/components/${name}/define.js`, root)));
    assert.ok(existsSync(resolved), resolved);
    assert.ok(existsSync(new URL(`dist/types/components/${name}/define.d.ts`, root)), `types of ${name}`);
    assert.match(readFileSync(resolved, 'utf8'), new RegExp(`customElements\\.define\\(\\s*"sc-${name}"`));
  }
});
