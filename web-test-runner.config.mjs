import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

/**
 * `executeServerCommand('font-sizes', { standard, fixed })` sets the browser's default font sizes
 * (px), as a reader does in its settings ("Font size: Very large" is 24): the `medium` keyword's.
 */
const fontSizes = {
  name: 'font-sizes',
  async executeCommand({ command, payload, session }) {
    if (command !== 'font-sizes') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: payload });
    await cdp.detach();
    return true;
  },
};

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
  plugins: [fontSizes, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
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
