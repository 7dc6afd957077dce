import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

export default {
  files: ['src/**/*.test.ts', 'tests/**/*.test.ts', '!tests/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // The demo serves the embed bundle at its root (see vite.demo.config.ts); so does the test server.
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/demo/scorecard-kit.js')) context.url = '/dist/scorecard-kit.js';
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 300000,
};
