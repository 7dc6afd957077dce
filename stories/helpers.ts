/** Story helpers: the demo documents (served at /data/ by Storybook) and page wrappers. */
import { html, nothing, type TemplateResult } from 'lit';
import kazuo from '../demo/data/kazuo-2024-q1.json';
import lingyuan from '../demo/data/lingyuan-h1.json';
import shuangta from '../demo/data/shuangta-2024-q1.json';
import type { ScorecardDocument } from '../src/schema/document.js';

export const KAZUO = 'data/kazuo-2024-q1.json';
export const LINGYUAN = 'data/lingyuan-h1.json';
export const SHUANGTA = 'data/shuangta-2024-q1.json';

/** Deep copies of the demo documents, for stories that modify them. */
export const documents = {
  kazuo: () => structuredClone(kazuo) as ScorecardDocument,
  lingyuan: () => structuredClone(lingyuan) as ScorecardDocument,
  shuangta: () => structuredClone(shuangta) as ScorecardDocument,
};

/**
 * A dark page around the story, as a host page with `color-scheme: dark` would be. It grows with
 * a story that cannot shrink to the frame (`min-content`), so that nothing wider stands on the white beyond;
 * a story that can (a grid of `auto-fit` columns) keeps to the frame.
 */
export const onDark = (story: TemplateResult): TemplateResult =>
  html`<div style="color-scheme: dark; background: #0d1117; color: #e6e8eb; padding: 1rem; box-sizing: border-box; min-width: min-content">${story}</div>`;

/** A wide column, as in a desktop article. */
export const wide = (story: TemplateResult, width = 1000): TemplateResult => html`<div style="max-width: ${width}px">${story}</div>`;

/** A narrow column, as in a phone or a sidebar. */
export const narrow = (story: TemplateResult, width = 320): TemplateResult =>
  html`<div style="width: ${width}px; border: 1px dotted #8886; padding: 0">${story}</div>`;

/** A URL that never answers in Storybook (see preview.ts), to show the loading state. */
export const NEVER = 'data/__never__.json';

/**
 * A loading story's parameters: its description, and a "Show code" with a real document's URL
 * in place of `NEVER` (a 404 outside Storybook). Pasted, that snippet shows the same placeholder
 * while the document loads, then the widget. (Replacing is idempotent, as a transform must be: a
 * Docs page applies it twice, storybookjs/storybook#35889.)
 */
export const loadingStory = (story: string, src: string) => ({
  docs: { description: { story }, source: { transform: (code: string) => code.replaceAll(NEVER, src) } },
});

/** An attribute's value, or none when it is the element's default: "Show code" then leaves it out. */
export const unlessDefault = <Value>(value: Value, byDefault: Value): Value | typeof nothing => (value === byDefault ? nothing : value);

/**
 * A real document with every list emptied: what an element shows when the
 * document has nothing for it (no figure is changed or added).
 */
export const emptied = (): ScorecardDocument => {
  const doc = documents.shuangta();
  doc.id = 'shuangta-without-lists';
  doc.indicators = [];
  delete doc.tourism;
  delete doc.projects;
  delete doc.pipelines;
  return doc;
};

/**
 * The controls every element's stories share; an empty value leaves the attribute off (the default).
 * Their Default column says what an element does without the attribute (the manifest has the
 * property's initial value: `lang` is `''` until the element resolves it).
 */
export const sharedArgTypes = {
  lang: { control: 'inline-radio', options: ['zh', 'en'], table: { defaultValue: { summary: "the nearest ancestor's lang, then the browser's" } } },
  palette: {
    control: { type: 'inline-radio', labels: { '': 'by language' } },
    options: ['', 'cn', 'intl'],
    table: { defaultValue: { summary: 'cn in Chinese, intl in English' } },
  },
  theme: {
    control: { type: 'inline-radio', labels: { '': "the page's" } },
    options: ['', 'light', 'dark', 'auto'],
    table: { defaultValue: { summary: "the page's color-scheme" } },
  },
} as const;

/** The levels `heading-level` takes (a higher number is read as 6). */
const LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/**
 * Each level's name in the control: "h1" to "h6". Storybook keys a control's options by their
 * labels, and a plain "1" to "6" would then sort before any other label (integer keys come first
 * in a JS object), putting "none" after 6.
 */
const levelLabels = Object.fromEntries(LEVELS.map((level) => [level, `h${level}`]));

/** The charts' `heading-level` control: none (the title names the figure only), or a level from 1 to 6. */
export const headingLevelArgType = {
  // Named here, or Storybook would name the row by its key, headingLevel, an attribute that does nothing.
  name: 'heading-level',
  control: { type: 'inline-radio', labels: { '': 'none', ...levelLabels } },
  options: ['', ...LEVELS],
  table: { defaultValue: { summary: 'none' } },
} as const;

/** The scorecard's `heading-level` control: a level from 1 to 6 (its default is 2; it is never none). */
export const scorecardHeadingLevelArgType = {
  name: 'heading-level',
  control: { type: 'inline-radio', labels: levelLabels },
  options: LEVELS,
} as const;

/**
 * A story's `argTypes` for args its render sets itself (a `.data` document in
 * place of `src`, a fixed language per chart): their rows stay in the table,
 * without a control that would change nothing.
 */
export const withoutControls = <Key extends string>(...keys: Key[]) =>
  Object.fromEntries(keys.map((key) => [key, { control: { disable: true } }])) as Record<Key, { control: { disable: true } }>;

/** A story's description on its element's Docs page: what state it shows, and why a developer would care. */
export const about = (story: string) => ({ docs: { description: { story } } });

type List = 'indicators' | 'pipelines' | 'tourism' | 'projects';

/**
 * A story's `.data` document again as the inline JSON a page would paste. The
 * element reads `.data`, which wins over inline JSON; "Show code" gives the
 * JSON, so that the snippet pasted as it is shows what the story shows. Only
 * the lists the element reads (`reads`) are written out: the rest would only
 * lengthen the snippet (`indicators` stays, empty, as the schema requires it).
 */
export const inlineJson = (data: unknown, reads: List[] = ['indicators', 'pipelines', 'tourism', 'projects']) => {
  if (data === undefined) return nothing;
  const trim = (doc: ScorecardDocument): ScorecardDocument => {
    const copy: Record<string, unknown> = { ...doc };
    for (const list of ['indicators', 'pipelines', 'tourism', 'projects'] as const) {
      if (!reads.includes(list) && list in copy) copy[list] = list === 'indicators' ? [] : undefined;
    }
    return copy as ScorecardDocument;
  };
  const shown = Array.isArray(data) ? data.map(trim) : data && typeof data === 'object' ? trim(data as ScorecardDocument) : data;
  // "<" escaped, so that no text in the data can end the script (</script>) in the pasted snippet.
  return html`<script type="application/json">${JSON.stringify(shown, null, 2).replace(/</g, '\\u003c')}</script>`;
};

/**
 * A host page's house style, as its own style sheet would give it: custom properties for what
 * they cover, `::part()` for the rest. `rules` are the element's own; the wrapper (`.house-style`,
 * a section of the page in its paper colour) is shared. Rendered in a `<style>`, so that "Show
 * code" gives it to copy. The paper colour is light whatever the page's scheme, so the section
 * says so (`color-scheme: light`): widgets then keep their light colours on it, on a dark page too.
 */
export const houseStyle = (rules: string): TemplateResult => html`<style>
.house-style {
  color-scheme: light;
  padding: 16px;
  background: #f7f3ea;
}
${rules}
</style>`;

/**
 * What a page's listeners write for a widget's last event (see EVENTS_SCRIPT, which does the
 * same): the document of an `sc-load`, the kind and first place of an `sc-error`.
 */
export const lastEvent = (event: HTMLElementEventMap['sc-load'] | HTMLElementEventMap['sc-error']): string => {
  // A card's sc-load has one document (only sc-growth-bars sends an array).
  if (event.type === 'sc-load') return `sc-load: document ${(event.detail as ScorecardDocument).id}`;
  const { kind, errors, empty } = (event as HTMLElementEventMap['sc-error']).detail;
  return `sc-error: ${kind}${empty ? ' (nothing to show)' : ''}, first at ${errors[0]!.path}`;
};

/** The page's script that the events story runs (by `lastEvent`), as "Show code" gives it. */
export const EVENTS_SCRIPT = `<script>
  // A script after the widgets runs before the module script that defines them: no event is missed.
  // (Code that starts later can read each widget's state and error.)
  for (const widget of document.querySelectorAll('.events sc-indicator-card')) {
    const output = widget.parentElement.querySelector('output');
    widget.addEventListener('sc-load', (event) => {
      output.textContent = \`sc-load: document \${event.detail.id}\`;
    });
    widget.addEventListener('sc-error', (event) => {
      const { kind, errors, empty } = event.detail;
      output.textContent = \`sc-error: \${kind}\${empty ? ' (nothing to show)' : ''}, first at \${errors[0].path}\`;
    });
  }
</script>`;
