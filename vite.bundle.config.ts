/**
 * The single-file embed: one file with Lit and the d3 parts inlined that
 * registers every element, for `<script type="module" src>` with no build step.
 * Its code is wrapped in a function (IIFE), which a module runs just the same:
 * loaded as a classic script (a CMS that strips `type="module"`), its hundreds of
 * top-level names would otherwise become the page's globals and overwrite its `$` or `_`.
 */
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.js';
import { thirdPartyNotices } from './scripts/third-party-notices.js';
import { privateMemberNames } from './scripts/private-names.js';

export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), thirdPartyNotices()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // `name` is required of an IIFE, but unused: the entry exports nothing, so no global is made.
    lib: { entry: 'src/define.ts', formats: ['iife'], name: 'scorecardKit', fileName: () => 'scorecard-kit.js' },
    // Library mode keeps whitespace unless told otherwise.
    // A final file: no bundler reads it again, so the annotations for one (/* @__PURE__ */) go too.
    // 'use strict' inside the function: as a classic script, the code runs as strictly as in a module.
    // Private and protected members get short names too (see scripts/private-names.ts): the embed exports nothing.
    rolldownOptions: {
      output: {
        minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: new RegExp(`^(?:${privateMemberNames().map((name) => name.replace(/\$/g, '\\$')).join('|')})$`) } },
        comments: { annotation: false },
        intro: "'use strict';",
      },
    },
  },
});
