import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { onDark } from '../stories/helpers.js';
import { argTypesOf, controlsForStoryArgs, type Manifest } from './arg-types.js';

setCustomElementsManifest(manifest);

// Loading-state stories point at this URL, whose request never settles.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).includes('__never__') ? new Promise<Response>(() => {}) : realFetch(input, init);

const preview: Preview = {
  parameters: {
    // One row per property (named by its attribute), parts as ::part(name), methods listed: see arg-types.ts.
    docs: {
      extractArgTypes: (tagName: string) => argTypesOf(manifest as Manifest, tagName),
      // "Show code" gives the story's own markup, not the wrapper the decorator below adds.
      source: { excludeDecorators: true },
      // Every story's markup in its canvas too (the Code tab): variants (the other language, dark, narrow) are on no Docs page.
      codePanel: true,
    },
    controls: { expanded: true },
    a11y: { test: 'error' },
    // The introduction first, then the elements.
    options: { storySort: { order: ['Introduction', 'Elements'] } },
  },
  argTypesEnhancers: [controlsForStoryArgs],
  // The Actions panel logs every sc-load and sc-error of a story, with its detail: they bubble out of
  // the shadow roots (a scorecard's widgets' too) to this wrapper, which takes no box of its own.
  // The toolbar's "Page" menu sets every story on a light or a dark page, as a host page's
  // `color-scheme` would: widgets without a `theme` follow it (stories made for one page keep theirs).
  globalTypes: {
    page: {
      description: "The host page's colour scheme, which widgets without a theme attribute follow",
      toolbar: {
        title: 'Page',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page', icon: 'sun' },
          { value: 'dark', title: 'Dark page', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { page: 'light' },
  decorators: [
    (story, context) => {
      const events = html`<div
        style="display: contents"
        @sc-load=${(event: CustomEvent) => action('sc-load')(event.detail)}
        @sc-error=${(event: CustomEvent) => action('sc-error')(event.detail)}
      >
        ${story()}
      </div>`;
      return context.globals.page === 'dark' ? onDark(events) : events;
    },
  ],
  tags: ['autodocs'],
};

export default preview;
