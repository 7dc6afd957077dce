/**
 * Takes screenshots of pages in headless Chromium, to look at what we build.
 *   node scripts/screenshot.mjs <url> <out.png> [width=1024] [light|dark] [height|full=full] [scrollY=0]
 * A Storybook story: http://127.0.0.1:6006/iframe.html?id=<story-id>&viewMode=story
 */
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './browser.mjs';

const [url, out, width = '1024', scheme = 'light', height = 'full', scrollY = '0'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const full = height === 'full';
  const page = await browser.newPage({ viewport: { width: Number(width), height: full ? 800 : Number(height) }, colorScheme: scheme });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(600);
  if (Number(scrollY)) {
    await page.evaluate((y) => window.scrollTo(0, y), Number(scrollY));
    await page.waitForTimeout(200);
  }
  await page.screenshot({ path: out, fullPage: full });
  for (const problem of problems) console.log(problem);
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
