/**
 * The demo site: `npm start` serves it, `npm run build:demo` writes a static
 * copy to demo-dist/. The single-file embed bundle (dist/scorecard-kit.js) is
 * served at /scorecard-kit.js, with CORS, so that a snippet from the embed
 * builder works pasted into any page, even a file opened from disk. The
 * static copy also holds demo/data/, which the pages load by URL. Both serve
 * the built Storybook (storybook-static/, which `start` and `build:demo` build
 * first) under storybook/, so that the pages' "Docs" link works wherever they
 * are; `npm run storybook` serves live docs on its own port.
 */
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { staticFiles } from './scripts/static-server.mjs';

const root = import.meta.dirname;
const demo = resolve(root, 'demo');
const bundle = resolve(root, 'dist/scorecard-kit.js');
const storybook = resolve(root, 'storybook-static');
const hasStorybook = () => existsSync(resolve(storybook, 'index.html'));

const embedBundle = (): Plugin => ({
  name: 'scorecard-kit-embed-bundle',
  configureServer(server) {
    server.middlewares.use('/scorecard-kit.js', (_request, response) => {
      if (!existsSync(bundle)) {
        response.statusCode = 404;
        response.end('// dist/scorecard-kit.js is missing: run `npm run build`.');
        return;
      }
      response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Cache-Control', 'no-cache');
      response.end(readFileSync(bundle));
    });
    server.middlewares.use('/storybook', staticFiles(storybook));
  },
  writeBundle(options) {
    if (hasStorybook()) cpSync(storybook, resolve(options.dir!, 'storybook'), { recursive: true });
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'scorecard-kit.js', source: readFileSync(bundle) });
    // Its licence notices go wherever it goes.
    if (existsSync(`${bundle}.LICENSE.txt`)) this.emitFile({ type: 'asset', fileName: 'scorecard-kit.js.LICENSE.txt', source: readFileSync(`${bundle}.LICENSE.txt`) });
    // The documents the pages load by URL (src="data/…"): the static copy needs them too.
    for (const name of readdirSync(resolve(demo, 'data'))) {
      this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(resolve(demo, 'data', name)) });
    }
  },
});

export default defineConfig({
  root: demo,
  // Relative asset URLs: the static copy works from any folder (a project page), not only a domain's root.
  base: './',
  plugins: [embedBundle()],
  // Lit's production build in the dev server too: the demo shows what readers get, and its
  // console stays free of "Lit is in dev mode".
  resolve: { conditions: defaultClientConditions.map((name) => (name === 'development|production' ? 'production' : name)) },
  server: { host: '127.0.0.1', port: 5173, open: false, cors: true },
  preview: { host: '127.0.0.1', port: 4173, cors: true },
  build: {
    target: 'es2022',
    outDir: resolve(root, 'demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(demo, 'index.html'),
        builder: resolve(demo, 'builder.html'),
        article: resolve(demo, 'article.html'),
        portal: resolve(demo, 'portal.html'),
      },
    },
  },
});
