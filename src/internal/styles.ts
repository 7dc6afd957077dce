import { css } from 'lit';

/**
 * Design tokens and states shared by every element. Public hooks are the
 * `--sc-*` custom properties; `--_*` are private shorthands resolved from them.
 * Colours use `light-dark()`, so they follow the `color-scheme` the host page
 * sets (or the element's `theme` attribute).
 *
 * Sizes are written `max(0.875rem, 14px)`: they follow the reader's preferred
 * text size (rem), but a page that shrinks its root font ("html { font-size:
 * 62.5% }", common in CMS themes) cannot shrink them below the default scale.
 */
/**
 * Out of sight, still read by screen readers: the `visually-hidden` class, and
 * a table's column headings where its rows are set as blocks.
 */
export const outOfSight = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  /* Left out of a copy of the article: a card's sentence would come twice, a hidden table in full. (Safari: prefixed.) */
  -webkit-user-select: none;
  user-select: none;
`;

export const baseStyles = css`
  :host {
    /* The reader's default text size over 16 px: set on the root from code (see ScElement's readerTextSize). */
    --_m: 1;
    display: block;
    box-sizing: border-box;
    /*
     * A formatting context of its own, as a container would be (its queries' container is the root
     * inside): beside a float (a picture in an article) it is narrowed whole, not run under it.
     */
    contain: layout style;
    font-family: var(--sc-font-family, inherit);
    /*
     * Spacing is set on the host, where a reader's text-spacing override
     * ("* { line-height: 1.5 !important }", WCAG 1.4.12) still reaches it.
     */
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    --_text: var(--sc-color-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--sc-color-muted, light-dark(#57606a, #a8b1bb));
    --_surface: var(--sc-color-surface, light-dark(#ffffff, #1b1f24));
    --_border: var(--sc-color-border, light-dark(#d0d7de, #454c54));
    --_accent: var(--sc-color-accent, light-dark(#0b5cad, #79b8ff));
    --_red: var(--sc-color-red, light-dark(#c0262d, #ff8a84));
    --_green: var(--sc-color-green, light-dark(#1a7f37, #5fd47f));
    --_neutral: var(--sc-color-neutral, light-dark(#57606a, #a8b1bb));
    --_radius: var(--sc-radius, 8px);
    --_focus: var(--sc-color-focus, light-dark(#0b5cad, #79b8ff));
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  /* A page whose colours, not its color-scheme, tell its ground (see page-look.ts): as if it had declared it. */
  .root[data-page='dark'] {
    color-scheme: dark;
  }
  .root[data-page='light'] {
    color-scheme: light;
  }
  /* Paper is white: dark colours (a dark page's, or theme="dark") would print pale on it, or as a dark slab. */
  @media print {
    :host,
    :host([theme]) {
      /* Important: over a page rule or style attribute on the element itself, which beats any :host rule. */
      color-scheme: light !important;
    }
    /* Dark ink on paper's white, where a dark page prints its background (the reader's choice, or the page's). */
    :host {
      background-color: Canvas;
    }
    /* Paper has no link to follow: the credit's address is printed after it. */
    .source a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .root[data-page='dark'] {
      color-scheme: light;
    }
  }
  /* Set here, not inherited from the host: a page's "* { box-sizing: content-box }" reaches the host, and would reach all inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * The container of the queries is the root inside, not the host: a container's content gives it
   * no width, and in a box that takes its content's (a float, an inline-block, a table cell, a flex
   * item without flex: 1) the widget would be 0 px wide, one character a line. The sizer after it, an
   * empty canvas 300 px wide and 0 high that may shrink to nothing (max-width: 100%), makes it 300 px
   * there, as an iframe is, while it asks for no width at all (a picture shrinks): a grid or flex
   * column in a phone's page still fits it (WCAG 1.4.10). A page's width for it, or a stretching
   * parent, decides.
   */
  .sizer {
    display: block;
    max-width: 100%;
    height: 0;
  }
  .root {
    container-type: inline-size;
    /* The host's font with CJK fallbacks (set before each render, see ScElement's takePageLook); --sc-font-family still wins. */
    font-family: var(--sc-font-family, var(--_font-stack, inherit));
    /*
     * The rest of the page's text settings stop here. On the host they would
     * lose to any page rule that matches it ("* { color: red }" beats ":host");
     * red is a rise in the cn palette, so a page's colour must never reach a figure.
     */
    font-size: max(1rem, 16px * var(--_m));
    color: var(--_text);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* No word or character left alone on a last line (规模以上工业增加/值, "…for full year / 2024"). */
    text-wrap-style: pretty;
    font-style: normal;
    font-weight: 400;
  }
  /* New data loading over what is shown: the pointer says so, and nothing moves. */
  .root[aria-busy='true'] {
    cursor: progress;
  }
  /*
   * English in a page whose font is Chinese (YaHei, PingFang): its curly quotes and
   * dashes come out full width (“ Enclave ”) unless set proportionally.
   */
  .root:lang(en) {
    font-variant-east-asian: proportional-width;
  }
  /* A Chinese line that wraps to an opening bracket (（约为去年同期的6.3倍，推算）) starts flush, not indented by the bracket's own space. */
  .root:lang(zh) {
    text-spacing-trim: trim-start;
  }
  /* Not a run of Chinese within the English (a name given in Chinese only, marked lang=zh-CN): its brackets and commas stay full width. */
  .root:lang(en) :lang(zh) {
    font-variant-east-asian: normal;
  }
  .figure-run {
    white-space: nowrap;
  }
  /* A short aside in brackets, （越低越好）, goes down a line whole; one wider than the line (a large text size) still breaks. */
  .aside {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  /* The change's arrow (▲▼): a cue beside the words, never the only one. */
  .arrow {
    display: inline-block;
    margin-inline-end: 0.25em;
    font-size: 0.8em;
  }
  /* A Chinese figure's unit is never split (万元, not 万 / 元): the line may break before it (see renderQuantity). */
  .unit {
    white-space: nowrap;
  }
  .visually-hidden {
    ${outOfSight}
    margin: -1px;
    padding: 0;
    border: 0;
  }
  /* The label on made-up figures: a badge, never mistaken for data. */
  .illustrative {
    display: inline-block;
    align-self: flex-start;
    margin: 0 0 max(0.5rem, 8px * var(--_m));
    padding: max(0.125rem, 2px * var(--_m)) max(0.5rem, 8px * var(--_m));
    border: 1px dashed currentColor;
    border-radius: max(0.25rem, 4px * var(--_m));
    font-size: max(0.8125rem, 13px * var(--_m));
    font-weight: 600;
    color: var(--_text);
  }
  /* Border-box, as everything inside: a height the page reserves (--sc-min-height) is the widget's, borders included. */
  .status {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--sc-min-height, var(--_min-height, max(8rem, 128px * var(--_m))));
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: max(0.875rem, 14px * var(--_m));
  }
  .status.idle {
    border-color: transparent;
  }
  /*
   * A shaped placeholder is as tall as its outline: the outline and the text
   * share one grid cell, the outline unseen and laid out in the element's own
   * type sizes (the box's smaller text is the message's alone). A height the
   * page reserves (--sc-min-height) is kept exactly, whatever the outline's.
   */
  .status.shaped {
    display: grid;
    grid-template-rows: minmax(0, 1fr);
    /* The track spans the box (not packed to the centre as the plain box's flex content is): the outline is laid out at the element's width. */
    place-content: stretch;
    place-items: center;
    height: var(--sc-min-height, auto);
    min-height: 0;
    overflow: clip;
    font-size: inherit;
  }
  .status.shaped > * {
    grid-area: 1 / 1;
  }
  .status-text {
    font-size: max(0.875rem, 14px * var(--_m));
  }
  .shape {
    visibility: hidden;
    place-self: stretch;
  }
  .status.empty {
    padding: max(0.75rem, 12px * var(--_m)) max(1rem, 16px * var(--_m));
    text-align: center;
  }
  .error {
    min-height: var(--sc-min-height, var(--_min-height, max(8rem, 128px * var(--_m))));
    padding: max(0.75rem, 12px * var(--_m)) max(1rem, 16px * var(--_m));
    border: 1px solid var(--_red);
    border-left-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: max(0.875rem, 14px * var(--_m));
    overflow-wrap: anywhere;
  }
  /* The page's own text for readers without the script, over an error: it takes the space the error would hold. */
  .fallback {
    margin-bottom: max(0.5rem, 8px * var(--_m));
  }
  .fallback + .error {
    min-height: 0;
  }
  .error strong {
    display: block;
    margin-bottom: max(0.25rem, 4px * var(--_m));
  }
  .error ul {
    margin: 0;
    padding-left: max(1.25rem, 20px * var(--_m));
  }
  /* Broken inside only when wider than the box. */
  .error .id {
    display: inline-block;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 600;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A chart's or scorecard's credit starts at the widget's left edge: its link's ring is drawn in a 2 px padding, inside the widget. */
  .source a {
    color: inherit;
    padding-inline: 2px;
  }
  .source a:focus-visible {
    outline-offset: -2px;
  }
  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
  }
`;

/**
 * Good and bad news in colour, for the elements that show changes (not the
 * funnel, whose documented hooks would otherwise include colours it never uses).
 */
export const toneStyles = css`
  /* Palette cn paints good news red (the Chinese convention), intl green. */
  .root {
    --_good: var(--_red);
    --_bad: var(--_green);
  }
  .root.intl {
    --_good: var(--_green);
    --_bad: var(--_red);
  }
  .tone-good {
    color: var(--sc-color-good, var(--_good));
  }
  .tone-bad {
    color: var(--sc-color-bad, var(--_bad));
  }
  .tone-neutral {
    color: var(--_neutral);
  }
  @media (forced-colors: active) {
    .tone-good,
    .tone-bad,
    .tone-neutral {
      color: CanvasText;
    }
  }
`;
