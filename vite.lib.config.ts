/** The npm library: ES modules with Lit and d3 left as dependencies, so apps share one copy. */
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit(-labs)?\//, /^d3-/],
      // One file per module, so that bundlers can drop what an app does not import.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
});
