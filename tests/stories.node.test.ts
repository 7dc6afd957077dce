/**
 * What a developer choosing a widget reads in Storybook: the introduction
 * page, and each story's description and controls.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const TAGS = ['sc-indicator-card', 'sc-growth-bars', 'sc-project-funnel', 'sc-tourism-surge', 'sc-scorecard'];

test('the introduction gives the README’s embed snippet, word for word, and names every element', () => {
  const readme = read('README.md');
  const intro = read('stories/introduction.mdx');
  const snippet = /## Embed it[^\n]*\n+(```html\n[\s\S]*?\n```)/.exec(readme)?.[1];
  assert.ok(snippet, 'README has an embed snippet');
  assert.ok(intro.includes(snippet), 'the introduction has the same snippet');
  for (const tag of TAGS) assert.match(intro, new RegExp(`\\*\\*\`${tag}\`\\*\\*`), tag);
  for (const attribute of ['src', 'lang', 'palette', 'theme', 'hide-source', 'sc-load', 'sc-error']) {
    assert.match(intro, new RegExp(`^- \`${attribute}\``, 'm'), attribute);
  }
});
