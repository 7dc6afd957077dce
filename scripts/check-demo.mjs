/**
 * Opens each page of the static demo build in headless Chromium: every widget
 * must load its data (no error, no failed request) and no page error may occur,
 * and every link within the site must lead somewhere (none to a dev server),
 * with the site in a subfolder (as on a project page), not at a domain's root.
 * Catches what the dev server hides, such as a document left out of the build.
 *   node scripts/check-demo.mjs [demo-dist]
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium, settledWidgets } from './browser.mjs';
import { serve } from './static-server.mjs';

// Served from its parent, so the pages are checked in a subfolder (/demo-dist/…), as on a project page.
const folder = resolve(process.argv[2] ?? 'demo-dist');
// Every page the build wrote (the docs sit in a folder of their own).
const PAGES = readdirSync(folder).filter((name) => name.endsWith('.html'));
const server = await serve(dirname(folder));
const site = `${server.url}/${basename(folder)}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const name of PAGES) {
    const problems = [];
    const onError = (error) => problems.push(`page error: ${error.message}`);
    const onResponse = (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`);
    page.on('pageerror', onError);
    page.on('response', onResponse);
    await page.goto(`${site}/${name}`, { waitUntil: 'load' });
    const widgets = await page
      .waitForFunction(settledWidgets, null, { timeout: 15000 })
      .then((handle) => handle.jsonValue())
      .catch(() => (problems.push('widgets did not settle within 15 s'), []));
    for (const widget of widgets) if (widget.state !== 'ready') problems.push(`${widget.tag} ${widget.state} ${JSON.stringify(widget.error)}`);
    for (const href of await page.$$eval('a[href]', (links) => links.map((link) => link.href))) {
      const { hostname, href: url } = new URL(href);
      if (url.startsWith(`${site}/`)) {
        const status = (await page.request.get(url)).status();
        if (status >= 400) problems.push(`link to ${url}: HTTP ${status}`);
      } else if (hostname === '127.0.0.1' || hostname === 'localhost') {
        problems.push(`link outside the site (a dev server, or the domain's root): ${url}`);
      }
    }
    page.off('pageerror', onError);
    page.off('response', onResponse);
    console.log(`${problems.length ? '✗' : '✓'} ${name}: ${widgets.length} widgets`);
    for (const problem of problems) console.log(`    ${problem}`);
    if (problems.length) failed++;
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failed ? 1 : 0;
