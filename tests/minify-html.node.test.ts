/**
 * The embed bundle's build collapses the indentation of Lit templates
 * (scripts/minify-html-literals.ts): only runs with a line break, to one
 * space, so that what renders and what is read stays the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyHtmlTemplates } from '../scripts/minify-html-literals.js';

test('a line-broken run becomes one space; one typed on a line is kept', () => {
  const source = 'const a = html`<div>\n  <span>a</span>\n  <span>b</span>  <b>c</b>\n</div>`;';
  assert.equal(minifyHtmlTemplates(source), 'const a = html`<div> <span>a</span> <span>b</span>  <b>c</b> </div>`;');
});

test('within a tag: one space between attributes, none before its end; quoted values are kept', () => {
  const source = 'html`<div\n  part="base"\n  class="a\n  b ${x}"\n  lang=${lang}\n>\n  ${y}\n</div>`';
  assert.equal(minifyHtmlTemplates(source), 'html`<div part="base" class="a\n  b ${x}" lang=${lang}> ${y} </div>`');
});

test('nested templates, svg, and a no-break space', () => {
  const source = 'svg`<g>\n  ${items.map((item) => svg`<text>\n    ${item}\u00a0\n  </text>`)}\n</g>`; css`a {\n  b: c;\n}`';
  assert.equal(minifyHtmlTemplates(source), 'svg`<g> ${items.map((item) => svg`<text> ${item}\u00a0 </text>`)} </g>`; css`a {\n  b: c;\n}`');
});

test('nothing to change: undefined', () => {
  assert.equal(minifyHtmlTemplates('const a = html`<p>${b}</p>`; const c = `\n  `;'), undefined);
});
