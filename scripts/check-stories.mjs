/**
 * Opens every story of a built Storybook in headless Chromium and runs axe-core
 * on it: each story must render without page errors and with no violations.
 *   node scripts/check-stories.mjs [storybook-static]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium, settledWidgets } from './browser.mjs';
import { serve } from './static-server.mjs';

const root = resolve(process.argv[2] ?? 'storybook-static');
const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const server = await serve(root);
const base = server.url;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  for (const story of stories) {
    const errors = [];
    const onError = (error) => errors.push(error.message);
    page.on('pageerror', onError);
    // The a11y addon runs axe after each render too, and one axe runs at a time: set it to manual here.
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
    // Wait until every widget has settled (loading stories stay loading by design).
    await page
      .waitForFunction(settledWidgets, '__never__', { timeout: 10000 })
      .catch(() => errors.push('widgets did not settle within 10 s'));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const root = document.querySelector('#storybook-root') ?? document.body;
      const run = async (where, options = {}) =>
        (await window.axe.run(root, options)).violations.map((violation) => `${violation.id}${where}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      const onLight = await run('');
      // Colours again on the toolbar's dark page (see .storybook/preview.ts), which every story can be shown on.
      Object.assign(root.style, { colorScheme: 'dark', background: '#0d1117', color: '#e6e8eb', width: 'fit-content', minWidth: '100%' });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return [...onLight, ...(await run(' (dark page)', { runOnly: ['color-contrast'] }))];
    });
    // A story that gives an element its document as `.data` also writes it as inline JSON, so that
    // "Show code" gives a snippet that works when pasted: the element pasted beside it must say the same.
    const snippets = await page.evaluate(async () => {
      const problems = [];
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((node) => node.localName.startsWith('sc-') && node.data !== undefined);
      const text = (widget) => widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
      for (const widget of widgets) {
        if (!widget.querySelector(':scope > script[type="application/json"]')) {
          problems.push(`<${widget.localName}> has .data but no inline JSON: its "Show code" snippet shows no data`);
          continue;
        }
        // The snippet is the markup less Lit's comment markers, as Storybook writes it.
        widget.insertAdjacentHTML('afterend', widget.outerHTML.replace(/<!--\?lit\$[0-9]+\$-->|<!--\??-->/g, ''));
        const pasted = widget.nextElementSibling;
        await new Promise((done) => {
          if (pasted.state === 'ready' || pasted.state === 'error') done();
          pasted.addEventListener('sc-load', done);
          pasted.addEventListener('sc-error', done);
          setTimeout(done, 5000);
        });
        await pasted.updateComplete;
        if (text(pasted) !== text(widget)) problems.push(`<${widget.localName}> pasted from "Show code" says "${text(pasted).slice(0, 120)}", not "${text(widget).slice(0, 120)}"`);
        pasted.remove();
      }
      return problems;
    });
    page.off('pageerror', onError);
    const problems = [...errors, ...violations, ...snippets];
    console.log(`${problems.length ? '✗' : '✓'} ${story.title} / ${story.name}`);
    for (const problem of problems) console.log(`    ${problem}`);
    if (problems.length) failures.push(story.id);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${stories.length - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
