/**
 * Prints the min+gzip size of the embed bundle and of single-element bundles
 * (each built here with Lit and d3 inlined). A report against budgets, not a test.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Budgets in bytes (min+gzip, Lit included). Chart.js's bar chart alone is about 53 KB. */
const BUDGETS = { 'sc-indicator-card': 12 * 1024, 'scorecard-kit.js (everything)': 40 * 1024 };

const bundleOf = async (entry) => {
  const outDir = mkdtempSync(join(tmpdir(), 'sc-size-'));
  // The embed bundle's own settings (plugins, target, minification), with another entry.
  await build({
    configFile: 'vite.bundle.config.ts',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, lib: { entry, formats: ['es'], fileName: () => 'bundle.js' } },
  });
  const size = gzip(join(outDir, 'bundle.js'));
  rmSync(outDir, { recursive: true, force: true });
  return size;
};

const rows = [];
if (!existsSync('dist/scorecard-kit.js')) {
  console.error('dist/scorecard-kit.js is missing: run `npm run build` first.');
  process.exit(1);
}
rows.push(['scorecard-kit.js (everything)', gzip('dist/scorecard-kit.js')]);
for (const name of readdirSync('src/components')) {
  const entry = join('src/components', name, 'define.ts');
  if (existsSync(entry)) rows.push([`sc-${name}`, await bundleOf(entry)]);
}

// The floor every element stands on: a bare LitElement with html, svg and css.
// Written under node_modules so that `lit` resolves from it.
const floorDir = join('node_modules', '.cache', 'sc-size');
mkdirSync(floorDir, { recursive: true });
const floorEntry = join(floorDir, 'lit-floor.js');
writeFileSync(
  floorEntry,
  "import { LitElement, html, svg, css } from 'lit';\n" +
    'customElements.define("x-floor", class extends LitElement {\n' +
    '  static properties = { a: {} };\n  static styles = css`:host{display:block}`;\n' +
    '  render() { return html`<p>${this.a}${svg`<g></g>`}</p>`; }\n});\n',
);
const litFloor = await bundleOf(floorEntry);

let over = false;
console.log('min+gzip, Lit and d3 parts included');
for (const [name, size] of rows) {
  const budget = BUDGETS[name];
  const verdict = budget === undefined ? '' : size <= budget ? `  within ${kb(budget)}` : `  OVER ${kb(budget)}`;
  over ||= budget !== undefined && size > budget;
  console.log(`${name.padEnd(32)}${kb(size).padStart(9)}${verdict}`);
}
console.log(`${'(Lit alone, in each of the above)'.padEnd(32)}${kb(litFloor).padStart(9)}`);
if (over) process.exitCode = 1;
