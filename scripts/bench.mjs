/**
 * Times how long each element takes to render its data in headless Chromium
 * (median of 9 runs, from insertion until every widget is ready), using the
 * single-file bundle. A report against budgets, not a test: timings vary with
 * the machine. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './browser.mjs';
import { serve } from './static-server.mjs';

/** Budgets in milliseconds for the median, on a 2-core machine like CI's. */
const BUDGETS = { 'one sc-indicator-card': 16, 'sc-scorecard (Kazuo, 31 widgets)': 100 };

if (!existsSync('dist/scorecard-kit.js')) {
  console.error('dist/scorecard-kit.js is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await serve('.');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/bench/index.html`);
  await page.waitForFunction(() => window.benchResults, null, { timeout: 120000 });
  const results = await page.evaluate(() => window.benchResults);
  console.log('render time in headless Chromium (median of 9, best)');
  for (const [name, { median, best }] of Object.entries(results)) {
    const budget = BUDGETS[name];
    const verdict = budget === undefined ? '' : median <= budget ? `  within ${budget} ms` : `  OVER ${budget} ms`;
    console.log(`${name.padEnd(36)}${median.toFixed(1).padStart(8)} ms${best.toFixed(1).padStart(9)} ms${verdict}`);
  }
} finally {
  await browser.close();
  server.close();
}
