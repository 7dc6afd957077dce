/**
 * What Storybook's docs table lists for each element, read from the Custom
 * Elements Manifest by .storybook/arg-types.ts: every attribute, property,
 * method, event, part and custom property, each once, none hidden by another
 * of the same name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ArgTypes, StrictArgTypes } from 'storybook/internal/types';
import { argTypesOf, controlsForStoryArgs, literalOptions, type Manifest } from '../.storybook/arg-types.js';

const manifest: Manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const TAGS = ['sc-indicator-card', 'sc-growth-bars', 'sc-project-funnel', 'sc-tourism-surge', 'sc-scorecard'];

/** The rows of one category, as the table shows them: name → description. */
const rows = (argTypes: ArgTypes, category: string) =>
  Object.fromEntries(
    Object.values(argTypes)
      .filter((argType) => argType.table?.category === category)
      .map((argType) => [argType.name, argType.description]),
  );

test('a property and a part of the same name are both listed', () => {
  const bars = argTypesOf(manifest, 'sc-growth-bars');
  assert.match(rows(bars, 'attributes').reference!, /reference line at this growth rate/);
  assert.match(rows(bars, 'css shadow parts')['::part(reference)']!, /reference line/i);
  for (const tag of TAGS) {
    const argTypes = argTypesOf(manifest, tag);
    assert.match(rows(argTypes, 'read-only properties').error!, /error shown/, tag);
    assert.ok(rows(argTypes, 'css shadow parts')['::part(error)'], tag);
    assert.match(rows(argTypes, 'methods')['reload()']!, /Loads the documents again/, tag);
  }
});

test('an attribute-backed property is one row, named by its attribute, with its property named', () => {
  const card = argTypesOf(manifest, 'sc-indicator-card');
  const named = Object.values(card).filter((argType) => /hide-?source/i.test(argType.name ?? ''));
  assert.deepEqual(
    named.map((argType) => [argType.name, argType.table?.category]),
    [['hide-source', 'attributes']],
  );
  assert.match(card.hideSource!.description!, /Property: `hideSource`/);
  assert.equal(card.data!.table?.category, 'properties');
});

test('a property of a few string values gets a choice of them', () => {
  assert.deepEqual(argTypesOf(manifest, 'sc-scorecard').theme!.options, ['light', 'dark', 'auto']);
  assert.deepEqual(literalOptions("'cn' | 'intl' | undefined"), ['cn', 'intl']);
  assert.equal(literalOptions('SortOrder'), undefined);
  assert.equal(literalOptions('string | undefined'), undefined);
});

test('only what the story renders from its args has a control', () => {
  const argTypes = argTypesOf(manifest, 'sc-indicator-card') as StrictArgTypes;
  const context = { argTypes, initialArgs: { src: 'x', lang: 'en' } } as unknown as Parameters<typeof controlsForStoryArgs>[0];
  const enhanced = controlsForStoryArgs(context);
  assert.equal(enhanced.src!.control, undefined);
  assert.equal(enhanced.lang!.control, undefined);
  assert.deepEqual(enhanced.data!.control, { disable: true });
  assert.deepEqual(enhanced.theme!.control, { disable: true });
  // The actions panel still logs the events.
  assert.equal(enhanced.onScLoad!.action, 'sc-load');
});

test('every custom property row gives its default, as the manifest has it', () => {
  for (const tag of TAGS) {
    const properties = Object.values(argTypesOf(manifest, tag)).filter((argType) => argType.table?.category === 'css custom properties');
    assert.ok(properties.length > 0, tag);
    const without = properties.filter((argType) => !argType.table?.defaultValue?.summary).map((argType) => argType.name);
    assert.deepEqual(without, [], `${tag}: custom properties without a default`);
  }
  const card = argTypesOf(manifest, 'sc-indicator-card');
  assert.equal(card['--sc-color-accent']!.table?.defaultValue?.summary, 'light-dark(#0b5cad, #79b8ff)');
  assert.equal(card['--sc-radius']!.table?.defaultValue?.summary, '8px');
});
