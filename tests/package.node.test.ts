/**
 * The package's entry points, as a consumer resolves them by name (the
 * package refers to itself): each one's file and type declarations exist
 * after `npm run build`, and every element can be registered alone. The
 * Custom Elements Manifest names only modules that the package ships.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  typesVersions: Record<string, Record<string, string[]>>;
};
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

test("TypeScript's older module resolution (node, node10) finds the types of every entry the exports map gives types", () => {
  // It reads typesVersions, not exports: without it `import 'scorecard-kit/define'` silently had no types.
  const mapped = pkg.typesVersions['*']!;
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || !target.types || entry === '.') continue;
    const paths = mapped[entry.replace(/^\.\//, '')];
    assert.deepEqual(paths, [target.types], `${entry} in typesVersions`);
    for (const path of elements.map((name) => paths![0]!.replace('*', name))) assert.ok(existsSync(new URL(path, root)), path);
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

/** Every `module` of a reference (export, superclass, mixin, inheritedFrom, type) within this package. */
const localModules = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(localModules);
  if (value === null || typeof value !== 'object') return [];
  const { module, package: from } = value as { module?: unknown; package?: unknown };
  const own = typeof module === 'string' && from === undefined ? [module] : [];
  return [...own, ...Object.values(value).flatMap(localModules)];
};

test('every module the Custom Elements Manifest names is a JavaScript file in the package', () => {
  // What `npm publish` would ship (the `files` of package.json), as npm lists it.
  const npm = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: fileURLToPath(root), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(npm) as { files: { path: string }[] }[];
  const shipped = new Set(packed!.files.map((file) => file.path));
  assert.ok(shipped.has('custom-elements.json'), 'the manifest itself is shipped');
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as { modules: { path: string }[] };
  assert.ok(manifest.modules.length > 0);
  // Each as `path` is written: relative to the package root, without './' or a leading '/'.
  const named = new Set(manifest.modules.flatMap((module) => [`path ${module.path}`, ...localModules(module).map((reference) => `module ${reference} (in ${module.path})`)]));
  const missing = [...named].filter((entry) => {
    const file = entry.split(' ')[1]!;
    return !(file.endsWith('.js') && shipped.has(file));
  });
  assert.deepEqual(missing, []);
});

test("the Custom Elements Manifest says which module registers each element: the package's define/<element> entry", () => {
  type Export = { kind: string; name: string; declaration: { name: string; module: string } };
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as { modules: { path: string; exports?: Export[] }[] };
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, module.path, entry.declaration.module] as const),
  );
  const elements = readdirSync(new URL('src/components/', root)).filter((name) => existsSync(new URL(`src/components/${name}/define.ts`, root)));
  assert.deepEqual(
    definitions.map(([tag]) => tag).sort(),
    elements.map((name) => `sc-${name}`).sort(),
  );
  for (const [tag, registeredIn, declaredIn] of definitions) {
    const name = tag.slice('sc-'.length);
    assert.equal(registeredIn, `dist/components/${name}/define.js`);
    assert.equal(declaredIn, `dist/components/${name}/${name}.component.js`);
  }
});

test('the single-file embed names what it includes of others, and their licence texts go with it', () => {
  const bundle = readFileSync(new URL('dist/scorecard-kit.js', root), 'utf8');
  const banner = /^\/\*![^]*?\*\//.exec(bundle)?.[0] ?? '';
  // Lit's BSD-3-Clause and d3's ISC licence ask that their copyright notices travel with every copy.
  // MIT asks the same of scorecard-kit's own notice.
  assert.match(banner, /^\/\*! scorecard-kit [\d.]+ \(MIT, Copyright \(c\) \d{4} The scorecard-kit authors\)/);
  assert.match(banner, /lit-html[^;]*\(BSD-3-Clause, Copyright \(c\) 2017 Google LLC/);
  assert.match(banner, /d3-array \(ISC, Copyright 2010-2023 Mike Bostock\)/);
  assert.match(banner, /licence texts: scorecard-kit\.js\.LICENSE\.txt/);
  const texts = readFileSync(new URL('dist/scorecard-kit.js.LICENSE.txt', root), 'utf8');
  assert.match(texts, /scorecard-kit [\d.]+ \(MIT\)\n=+\n\nMIT License\n\nCopyright \(c\) \d{4} The scorecard-kit authors\n\nPermission is hereby granted/);
  assert.match(texts, /lit-html [\d.]+ \(BSD-3-Clause\)[^]*Redistributions in binary form must reproduce the above copyright notice/);
  assert.match(texts, /d3-array [\d.]+ \(ISC\)[^]*Permission to use, copy, modify, and\/or distribute this software/);
});
