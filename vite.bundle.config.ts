/**
 * The single-file embed: one ES module with Lit and the d3 parts inlined that
 * registers every element, for `<script type="module" src>` with no build step.
 */
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.js';
import { thirdPartyNotices } from './scripts/third-party-notices.js';

export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), thirdPartyNotices()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'scorecard-kit.js' },
    // Library mode keeps whitespace unless told otherwise.
    // A final file: no bundler reads it again, so the annotations for one (/* @__PURE__ */) go too.
    rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
  },
});
