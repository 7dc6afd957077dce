/** The npm library: ES modules with Lit and d3 left as dependencies, so apps share one copy. */
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

/** The elements' folders under src/components, each with a define file. */
const ELEMENTS = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/define.ts`))
  .map((entry) => entry.name);

export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Each element's define file is an entry too (`scorecard-kit/define/indicator-card`): else, reached only
    // through src/define.ts, it would lose the export of its class that the README promises.
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        ...Object.fromEntries(ELEMENTS.map((name) => [`components/${name}/define`, `src/components/${name}/define.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit(-labs)?\//, /^d3-/],
      // One file per module, so that bundlers can drop what an app does not import.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
});
