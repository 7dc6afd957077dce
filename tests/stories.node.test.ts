/**
 * What a developer choosing a widget reads in Storybook: the introduction
 * page, and each story's description and controls.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { InputType, StrictArgTypes } from 'storybook/internal/types';
import { argTypesOf, controlsForStoryArgs, type Manifest } from '../.storybook/arg-types.js';
import * as card from '../stories/indicator-card.stories.js';
import * as bars from '../stories/growth-bars.stories.js';
import * as funnel from '../stories/project-funnel.stories.js';
import * as surge from '../stories/tourism-surge.stories.js';
import * as scorecard from '../stories/scorecard.stories.js';
import { EVENTS_SCRIPT, lastEvent } from '../stories/helpers.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const TAGS = ['sc-indicator-card', 'sc-growth-bars', 'sc-project-funnel', 'sc-tourism-surge', 'sc-scorecard'];

test('the introduction gives the README’s embed snippet, word for word, and names every element', () => {
  const readme = read('README.md');
  const intro = read('stories/introduction.mdx');
  const snippet = /## Embed it[^\n]*\n[\s\S]*?(```html\n[\s\S]*?\n```)/.exec(readme)?.[1];
  assert.ok(snippet, 'README has an embed snippet');
  assert.ok(intro.includes(snippet), 'the introduction has the same snippet');
  for (const tag of TAGS) assert.match(intro, new RegExp(`\\*\\*\`${tag}\`\\*\\*`), tag);
  for (const attribute of ['src', 'lang', 'palette', 'theme', 'hide-source', 'sc-load', 'sc-error']) {
    assert.match(intro, new RegExp(`^- \`${attribute}\``, 'm'), attribute);
  }
});

/* Each story as Storybook composes it: its args and argTypes over the file's, over the element's rows from the manifest. */

type Args = Record<string, unknown>;
interface Annotations {
  name?: string;
  component?: string;
  args?: Args;
  argTypes?: Record<string, InputType>;
  parameters?: {
    controls?: { include?: string[]; exclude?: string[] };
    docs?: { description?: { story?: string }; source?: { transform?: (code: string) => string } };
  };
  render?: (args: Args, context: unknown) => unknown;
}

const manifest: Manifest = JSON.parse(read('custom-elements.json'));
const files = { 'indicator-card': card, 'growth-bars': bars, 'project-funnel': funnel, 'tourism-surge': surge, scorecard } as unknown as Record<
  string,
  Record<string, Annotations>
>;

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
/** Storybook's deep merge of annotations: plain objects key by key, anything else replaced. */
const merge = (base: unknown, over: unknown): unknown => {
  if (over === undefined) return base;
  if (!isPlain(base) || !isPlain(over)) return over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = merge(base[key], value);
  return merged;
};

/** As Storybook normalizes a story's own argTypes: each is named by its key unless it names itself. */
const named = (argTypes: Record<string, InputType> | undefined) =>
  argTypes && Object.fromEntries(Object.entries(argTypes).map(([key, argType]) => [key, { name: key, ...argType }]));

const stories = Object.entries(files).flatMap(([file, module]) => {
  const meta = module.default!;
  return Object.entries(module)
    .filter(([exported]) => exported !== 'default')
    .map(([exported, story]) => {
      const args = { ...meta.args, ...story.args };
      const parameters = merge(meta.parameters, story.parameters) as Annotations['parameters'];
      const argTypes = merge(merge(argTypesOf(manifest, meta.component!), named(meta.argTypes)), named(story.argTypes)) as StrictArgTypes;
      const enhanced = controlsForStoryArgs({ argTypes, initialArgs: args } as unknown as Parameters<typeof controlsForStoryArgs>[0]);
      const { include, exclude } = parameters?.controls ?? {};
      const shown = (key: string) => {
        const name = enhanced[key]!.name ?? key;
        return (!include || include.includes(name)) && !exclude?.includes(name);
      };
      const hasControl = (key: string) => {
        const { control, table } = enhanced[key]!;
        return control !== false && !(isPlain(control) && control.disable) && !table?.disable && shown(key);
      };
      return { label: `${file} / ${story.name ?? exported}`, args, argTypes: enhanced, hasControl, parameters, render: story.render ?? meta.render! };
    });
});

/** A value of an arg other than its current one, as its control would set it. */
const another = (value: unknown, { options, control }: InputType): unknown => {
  if (options?.length) return options.find((option) => option !== value);
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  // A number control left empty (no reference line): one typed in.
  if (value === undefined && isPlain(control) && control.type === 'number') return 1;
  if (typeof value === 'string') return value ? `${value}-changed` : 'changed';
  throw new Error(`no other value for ${String(value)}`);
};

/** Whether setting the arg to another value changes the story's template (Lit's strings and values, compared deeply). */
const changesRender = (story: (typeof stories)[number], key: string) =>
  !isDeepStrictEqual(story.render(story.args, {}), story.render({ ...story.args, [key]: another(story.args[key], story.argTypes[key]!) }, {}));

interface Template {
  strings: readonly string[];
  values: readonly unknown[];
}
const isTemplate = (value: unknown): value is Template => isPlain(value) && '_$litType$' in value;
/** Whether an element in the template gets its document from the story (`.data`, or inline JSON), which takes precedence over `src`. */
const givesDocument = (template: unknown): boolean =>
  Array.isArray(template)
    ? template.some(givesDocument)
    : isTemplate(template) &&
      (template.strings.some((text, index) => (text.trimEnd().endsWith('.data=') && template.values[index] !== undefined) || text.includes('type="application/json"')) ||
        template.values.some(givesDocument));

test('every control a story shows changes what the story renders', () => {
  const dead = stories.flatMap((story) =>
    Object.keys(story.args)
      .filter((key) => key in story.argTypes && story.hasControl(key))
      .filter((key) => !changesRender(story, key) || (key === 'src' && givesDocument(story.render(story.args, {}))))
      .map((key) => `${story.label}: ${key}`),
  );
  assert.deepEqual(dead, []);
});

test('a story’s own controls keep the rows named by their attributes (heading-level, not headingLevel)', () => {
  const attributes = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration as { members?: { name: string; attribute?: string }[] }).members ?? [])
      .filter((member) => member.attribute)
      .map((member) => [member.name, member.attribute!]),
  );
  const renamed = stories.flatMap((story) =>
    Object.entries(story.argTypes)
      .filter(([key, argType]) => attributes.has(key) && argType.name !== attributes.get(key))
      .map(([key, argType]) => `${story.label}: ${key} is shown as ${argType.name}`),
  );
  assert.deepEqual(renamed, []);
});

test('the controls and Default column say what an attribute takes and does unset', () => {
  const problems = stories.flatMap((story) => {
    const { lang, palette, theme, headingLevel, reference } = story.argTypes;
    const found: string[] = [];
    // The manifest gives the properties' initial values ('' and none): unset, the element resolves them.
    for (const [name, argType] of Object.entries({ lang, palette, theme })) {
      const summary = argType?.table?.defaultValue?.summary;
      if (!summary || summary === "''") found.push(`${name} has the default ${summary ?? 'none'}`);
    }
    // 1 to 6, as the docs say, on every element; a chart's also none (unset).
    const levels = headingLevel?.options?.filter((option) => option !== '');
    if (headingLevel && !isDeepStrictEqual(levels, ['1', '2', '3', '4', '5', '6'])) found.push(`heading-level offers ${String(levels)}`);
    const choice = isPlain(headingLevel?.control) && ['select', 'radio', 'inline-radio'].includes(headingLevel.control.type as string) ? headingLevel.control : undefined;
    if (headingLevel && !choice) found.push('heading-level is not a choice');
    // Storybook keys a control's choices by their labels: labels that are whole numbers would sort
    // before the others (JS object order), listing "none" after 6.
    const labels = (headingLevel?.options ?? []).map((option) => String((choice?.labels as Record<string, string> | undefined)?.[String(option)] ?? option));
    if (labels.some((label) => /^\d+$/.test(label))) found.push(`heading-level's choices read ${labels.join(', ')}: not in that order in the control`);
    // Typed as the attribute is: Storybook's number control keeps its last number when emptied, so the line could not be taken away.
    if (reference && !(reference.control === 'text' || (isPlain(reference.control) && reference.control.type === 'text'))) found.push('reference has no text control, which can be emptied');
    return found.map((problem) => `${story.label}: ${problem}`);
  });
  assert.deepEqual(problems, []);
});

test('a story turns off only the controls that would change nothing', () => {
  const lost = stories.flatMap((story) =>
    Object.keys(story.args)
      .filter((key) => key in story.argTypes && !story.hasControl(key) && changesRender(story, key))
      .map((key) => `${story.label}: ${key}`),
  );
  assert.deepEqual(lost, []);
});

test('every story says, in a sentence or two, what it shows, each in its own words', () => {
  const seen = new Map<string, string>();
  const problems = stories.flatMap((story) => {
    const description = story.parameters?.docs?.description?.story?.trim() ?? '';
    const sentences = description.split(/(?<=[.!?])\s+(?=[A-Z`])/).length;
    // Alike within one element's Docs page; "Loading" may read the same for two elements.
    const key = `${story.label.split(' / ')[0]}: ${description}`;
    const problem = !description
      ? 'no description'
      : description.length > 320 || sentences > 2
        ? `too long (${description.length} characters, ${sentences} sentences)`
        : seen.has(key)
          ? `the same description as ${seen.get(key)}`
          : undefined;
    seen.set(key, story.label);
    return problem ? [`${story.label}: ${problem}`] : [];
  });
  assert.deepEqual(problems, []);
});

test('every element’s Docs page opens with a description of the element', () => {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []) as { tagName?: string; description?: string }[];
  for (const module of Object.values(files)) {
    const { component, parameters } = module.default!;
    const own = (parameters as { docs?: { description?: { component?: string } } } | undefined)?.docs?.description?.component;
    const fromManifest = declarations.find((declaration) => declaration.tagName === component)?.description;
    assert.ok(own || fromManifest, `${component} has a description`);
  }
});

/** Each attribute a template (or one inside it) binds, with the element it is on and the value it gets. */
const attributeBindings = (template: unknown): { tag: string; name: string; value: unknown }[] => {
  if (Array.isArray(template)) return template.flatMap(attributeBindings);
  if (!isTemplate(template)) return [];
  return template.strings.slice(0, -1).flatMap((text, index) => {
    const before = template.strings.slice(0, index + 1).join('');
    const tag = [...before.matchAll(/<([a-z][a-z0-9-]*)/g)].at(-1)?.[1] ?? '';
    // `name=${…}`: not a property (.data), boolean (?hide-source) or event (@click) binding.
    const name = /\s([a-z][a-z-]*)=$/.exec(text)?.[1];
    const value = template.values[index];
    return [...(name ? [{ tag, name, value }] : []), ...attributeBindings(value)];
  });
};

test('"Show code" gives attributes a page would write: none at its default, none empty, no URL that only Storybook answers', () => {
  const defaults = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) =>
        ((declaration as { members?: { attribute?: string; default?: string }[] }).members ?? [])
          .filter((member) => member.attribute && member.default !== undefined)
          .map((member) => [`${(declaration as { tagName?: string }).tagName} ${member.attribute}`, member.default!.replace(/^'(.*)'$/, '$1')]),
      ),
  );
  const problems = stories.flatMap((story) => {
    const found = attributeBindings(story.render(story.args, {})).flatMap(({ tag, name, value }) =>
      value === undefined || value === ''
        ? [`<${tag}> ${name}="" (an empty attribute)`]
        : tag.startsWith('sc-') && defaults.get(`${tag} ${name}`) === String(value)
          ? [`<${tag}> ${name}="${String(value)}", its default`]
          : [],
    );
    const src = String(story.args.src ?? '');
    if (src.includes('__never__')) {
      const code = `<sc-element src="${src}"></sc-element>`;
      const shown = story.parameters?.docs?.source?.transform?.(code) ?? code;
      if (shown.includes('__never__')) found.push(`src="${src}", which only Storybook answers (never)`);
    }
    return found.map((problem) => `${story.label}: ${problem}`);
  });
  assert.deepEqual(problems, []);
});

/** A template's markup with its values written in (nested templates and lists too), as far as text goes. */
const markup = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(markup).join('')
    : isTemplate(value)
      ? value.strings.map((text, index) => text + (index < value.values.length ? markup(value.values[index]) : '')).join('')
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : '';

test('the events story does what the script its "Show code" gives does', () => {
  const script = /^<script>\n([\s\S]*)<\/script>$/.exec(EVENTS_SCRIPT)?.[1];
  assert.ok(script, 'EVENTS_SCRIPT is one <script>');
  const events = [
    new CustomEvent('sc-load', { detail: { id: 'kazuo-2024-q1' } }),
    new CustomEvent('sc-error', { detail: { kind: 'network', errors: [{ path: 'http://127.0.0.1/data/missing.json', message: 'the server returned HTTP 404', messageZh: '' }] } }),
    new CustomEvent('sc-error', { detail: { kind: 'validation', errors: [{ path: 'indicator', message: 'no indicator gpd', messageZh: '' }] } }),
    new CustomEvent('sc-error', { detail: { kind: 'validation', errors: [{ path: 'indicators', message: 'is empty', messageZh: '' }], empty: true } }),
  ];
  for (const event of events) {
    // The page as the script sees it: one card in the events box, its output beside it.
    const output = { textContent: 'none yet' };
    const widget = Object.assign(new EventTarget(), { parentElement: { querySelector: (selector: string) => (selector === 'output' ? output : null) } });
    new Function('document', script!)({ querySelectorAll: (selector: string) => (selector === '.events sc-indicator-card' ? [widget] : []) });
    widget.dispatchEvent(event);
    assert.equal(output.textContent, lastEvent(event as Parameters<typeof lastEvent>[0]), event.type);
  }
  const story = stories.find((entry) => entry.label === 'indicator-card / Events: listening for sc-load and sc-error');
  assert.ok(story, 'the events story');
  const rendered = markup(story.render(story.args, {}));
  assert.match(rendered, /class="events"/);
  assert.equal(rendered.match(/<sc-indicator-card/g)?.length, rendered.match(/<output>/g)?.length, 'an output for each card');
  // Once, though a Docs page transforms the snippet twice (storybookjs/storybook#35889).
  const transform = story.parameters?.docs?.source?.transform ?? ((code: string) => code);
  assert.equal(transform(transform('<p></p>')), `<p></p>\n${EVENTS_SCRIPT}`, '"Show code" ends with the script, once');
});
