import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Lang } from '../format/number.js';
import { chartStyles, renderChartFrame, uniqueId, type ChartView } from './chart-frame.js';
import { cspStyle } from './csp-style.js';
import { RovingFocusController } from './roving-focus.js';
import { ScElement } from './sc-element.js';
import type { ScorecardDocument } from '../schema/document.js';
import { headingLevelOf } from './templates.js';
import { TextMeasurer, type Measure } from './text-measure.js';
import { WidthController } from './width-controller.js';

export type { ChartView };

/**
 * Room a drawing leaves at each side, in its own px, for the focus ring around
 * a mark at its edge (a box 2 px outside the mark, a 2 px stroke): the ring
 * stays inside the widget, where a CMS column with `overflow: hidden` cannot cut it.
 * See `ringInset`, `svgBox` and `drawnX`.
 */
const RING_ROOM = 3;

/** The room between a mark and its details, in px. */
const TOOLTIP_GAP = 6;

/** The length of a title and a summary on one line, in px at the default text size, per language. */
export interface TextLengths {
  title: Record<Lang, number>;
  summary: Record<Lang, number>;
}

/** The lines a text `length` px long takes at `width`, with a tenth more for the slack that breaking between words leaves. */
export const typicalLines = (length: number, width: number): number => Math.max(1, Math.ceil((length * 1.1) / Math.max(width, 1)));

/**
 * The shared base of the chart elements: the frame (heading, summary, notes,
 * data table toggle, source), the host's width, keyboard and pointer access to
 * the marks, and text measured in the font the drawing uses (again when web fonts load).
 * Subclasses build a `ChartView` (`toView`) and draw it (`renderChart`).
 */
export abstract class ScChart<T extends ChartView, Loaded extends ScorecardDocument | ScorecardDocument[] = ScorecardDocument> extends ScElement<T, Loaded> {
  static override styles = [...ScElement.styles, chartStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    // Internal state (see ScElement's `inlineJson`).
    tableOpen: { attribute: false },
  };

  /**
   * Makes the chart's title a heading of this level (1–6) too, so that screen
   * reader users can jump to it among the article's headings. Default: none
   * (the title names the figure only). In a scorecard, one level below its sections.
   */
  declare headingLevel: number | undefined;

  private tableOpen = false;
  // One function for good: a new one each render would make Lit re-add the button's listener on every hover.
  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private readonly size = new WidthController(this);
  /** Keyboard and pointer access to the marks; bound by `renderMarks`. */
  protected readonly marks = new RovingFocusController(this);
  private readonly measurer = new TextMeasurer(this);
  /** `keys` names the hint that describes each drawing's group of marks, for screen readers (the tooltip that shows the keys is hidden from them). */
  protected readonly ids = { title: uniqueId('sc-title'), table: uniqueId('sc-table'), keys: uniqueId('sc-keys') };

  /**
   * How much larger than the default the reader's text is (a larger default
   * font size in the browser, or a page's larger root font), which the widget's
   * other text follows (see `readerTextSize`): the
   * drawing is laid out for its width divided by this, then drawn this much
   * larger, so that its labels grow with the prose and still fit. Never below
   * 1, as a page that shrinks its root font (62.5%) shrinks no widget text.
   * Set when the layout is computed, from the sizes the page's look was last
   * taken with (see ScElement's `takePageLook`, which renders again when they
   * change), so that the drawing is at its layout's scale.
   */
  protected textScale = 1;

  private readTextScale(): number {
    return Math.max(this.rootTextSize, this.readerTextSize, 16) / 16;
  }

  /** The width to lay the drawing out at: the host's content width (read when connected, then on every resize), in the drawing's units. */
  protected get chartWidth(): number {
    return this.size.width / this.textScale;
  }

  /** A length of the layout as drawn on the page, in CSS px (see `textScale`). */
  protected drawn(length: number): number {
    return length * this.textScale;
  }

  /** The width to lay a drawing out at within `width` (the chart's, or a panel's): RING_ROOM less at each side. */
  protected ringInset(width: number = this.chartWidth): number {
    return width - 2 * RING_ROOM;
  }

  /** An svg's size as drawn and its viewBox, for a drawing laid out at `width` × `height`, with RING_ROOM at its sides. */
  protected svgBox(width: number, height: number): { width: number; height: number; viewBox: string } {
    return { width: this.drawn(width + 2 * RING_ROOM), height: this.drawn(height), viewBox: `${-RING_ROOM} 0 ${width + 2 * RING_ROOM} ${height}` };
  }

  /** An x of a drawing laid out within `ringInset`, as drawn in its svg's box (for a tooltip beside a mark). */
  protected drawnX(x: number): number {
    return this.drawn(RING_ROOM + x);
  }

  /** Measures text as the chart draws it, in `lang`. */
  protected measureText(lang: Lang): Measure {
    return this.measurer.measure(lang);
  }

  private laidOut?: { inputs: unknown[]; layout: unknown };

  /**
   * The chart's layout, computed again only when its inputs change (`inputs`:
   * the view and the subclass's own options; the width, web fonts and the
   * reader's text size are added here). Hover, focus and the table toggle
   * re-render without laying out or measuring text.
   */
  protected layoutFor<L>(inputs: unknown[], compute: () => L): L {
    const scale = this.readTextScale();
    const all = [...inputs, this.size.width, this.measurer.generation, scale];
    const last = this.laidOut;
    if (last && last.inputs.length === all.length && last.inputs.every((input, index) => Object.is(input, all[index]))) {
      return last.layout as L;
    }
    this.textScale = scale;
    const layout = compute();
    this.laidOut = { inputs: all, layout };
    return layout;
  }

  /** The mark whose details were last brought into view for the keyboard. */
  private tooltipInView = -1;

  /**
   * Details shown for a mark focused by the keyboard are scrolled into view
   * once: the page scrolls to the mark, not to the tooltip under it, which
   * could stay below the window's edge; the mark itself comes first. (Hover
   * needs nothing: the pointer is there. Nor does a mark focused by a tap or
   * a click, nor another mark hovered while one has focus: the page would
   * move from under the finger or the pointer.)
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.tableTabStop();
    const shown = this.marks.shown;
    const focused = this.shadowRoot?.activeElement?.closest('[data-mark]');
    if (shown === -1 || !focused?.matches(':focus-visible') || focused.getAttribute('data-mark') !== String(shown)) {
      this.tooltipInView = -1;
      if (shown !== -1) this.tooltipAboveIfNoRoom(shown);
      return;
    }
    if (shown === this.tooltipInView) return;
    this.tooltipInView = shown;
    this.renderRoot.querySelector('[part=tooltip]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Then the mark, whose focus ring must stay in sight (WCAG 2.4.11) where the window is too short for both.
    focused.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /**
   * A hovered mark's details open above it where the window has no room for
   * them below it and has above (near the window's bottom edge, say): the page
   * must not move from under the pointer, so they move instead.
   */
  private tooltipAboveIfNoRoom(shown: number): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('[part=tooltip]');
    const mark = this.renderRoot.querySelector(`[data-mark="${shown}"]`);
    if (!tooltip || !mark) return;
    const box = tooltip.getBoundingClientRect();
    const markTop = mark.getBoundingClientRect().top;
    const above = markTop - TOOLTIP_GAP - box.height;
    const moved = box.bottom > (this.ownerDocument.defaultView ?? window).innerHeight && above >= 0;
    // Its bridge to the mark (see chartStyles) then spans the gap below it.
    tooltip.classList.toggle('above', moved);
    if (moved) tooltip.style.top = `${parseFloat(tooltip.style.top) + above - box.top}px`;
  }

  /**
   * An open table wider than its box takes a tab stop, so that the keyboard can scroll it
   * (WCAG 2.1.1); one that fits takes none, and adds no empty stop to the page's tab order.
   * Checked after each render, so after each resize too.
   */
  private tableTabStop(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap');
    if (!wrap) return;
    // Kept while focused (a rotated phone that widens the box must not drop the focus to the page).
    const focused = this.shadowRoot?.activeElement === wrap;
    if (this.tableOpen && (focused || wrap.scrollWidth > wrap.clientWidth + 1)) wrap.tabIndex = 0;
    else wrap.removeAttribute('tabindex');
  }

  protected override affectsView(property: PropertyKey): boolean {
    return property !== 'tableOpen' && super.affectsView(property);
  }

  /** Draws the view inside the frame. */
  protected abstract renderChart(view: T, lang: Lang): TemplateResult;

  /**
   * The height of the drawing to expect while the data loads, in the
   * drawing's units: a typical drawing for this width and for what the
   * element's options say of the data (how many indicators, say).
   */
  protected abstract expectedDrawingHeight(lang: Lang): number;

  /** How long this kind of chart's title and summary typically are, for the loading placeholder to wrap. */
  protected abstract readonly typicalText: TextLengths;

  /** Whether the chart to expect has a note under its drawing (most have one: what is derived, or not shown). */
  protected expectsNotes(): boolean {
    return true;
  }

  /**
   * While loading: the frame as it will most often be (a title and a summary
   * of typical length, wrapped at this width; a note, the table button and the
   * credit) around the expected drawing.
   */
  protected override renderShape(lang: Lang): TemplateResult | typeof nothing {
    if (!this.size.width) return nothing;
    this.textScale = this.readTextScale();
    const lines = (count: number) => Array.from({ length: count }, (_, index) => (index ? html`<br />&nbsp;` : html`&nbsp;`));
    return html`<figure class="figure shape" aria-hidden="true">
      <div class="title">${lines(typicalLines(this.typicalText.title[lang], this.chartWidth))}</div>
      <p class="summary">${lines(typicalLines(this.typicalText.summary[lang], this.chartWidth))}</p>
      <div class="chart" style=${cspStyle({ height: `${this.drawn(this.expectedDrawingHeight(lang))}px` })}></div>
      ${this.expectsNotes() ? html`<ul class="notes"><li>&nbsp;</li></ul>` : nothing}
      <button class="table-toggle" type="button" tabindex="-1" disabled>&nbsp;</button>
      ${this.hideSource ? nothing : html`<p class="source">&nbsp;</p>`}
    </figure>`;
  }

  protected renderView(view: T, lang: Lang): TemplateResult {
    return renderChartFrame(
      {
        ...view,
        illustrative: !!view.illustrative && !this.labelledOutside,
        lang,
        chart: this.renderChart(view, lang),
        tableOpen: this.tableOpen,
        onToggleTable: this.toggleTable,
        hideSource: this.hideSource,
        headingLevel: headingLevelOf(this.headingLevel),
      },
      this.ids,
    );
  }

  /**
   * The details of the focused or hovered mark, at (x, y) in the marks' container:
   * moved left where needed so that the chart's tooltip width (`--_tip-width`)
   * fits inside it, never left of `from` (0: the container's edge; a chart keeps
   * its labels clear with more), and no wider than the room right of it.
   * `style` may place it otherwise.
   */
  protected renderTooltip(
    content: unknown,
    x: number,
    y: number,
    { from = 0, style = {} }: { from?: number; style?: Record<string, string> } = {},
  ): TemplateResult {
    const place = {
      left: `clamp(${from}px, ${x}px, 100% - var(--_tip-width))`,
      top: `${y}px`,
      ...(from ? { maxWidth: `min(var(--_tip-width), 100% - ${from}px)` } : {}),
      ...style,
    };
    // The keys that work, shown (by CSS) only while a mark has keyboard focus.
    const keys = this.language === 'zh' ? '方向键切换 · Esc 隐藏' : 'Arrow keys move · Esc hides';
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" data-keys=${keys} style=${cspStyle(place)} @pointerdown=${this.marks.holdFocus} @click=${this.marks.tapThrough}>
      ${content}
    </div>`;
  }

  /**
   * The container of the marks (elements with `data-mark`), bound to `marks`:
   * one tab stop, arrow keys, details on focus and hover.
   */
  protected renderMarks(cls: string, content: unknown, style: Record<string, string> = {}): TemplateResult {
    const marks = this.marks;
    return html`<div
      class="marks ${cls}"
      style=${cspStyle(style)}
      @keydown=${marks.keydown}
      @focusin=${marks.focusin}
      @focusout=${marks.focusout}
      @pointerover=${marks.pointerover}
      @pointermove=${marks.pointermove}
      @pointerleave=${marks.pointerleave}
    >
      ${content}
    </div>`;
  }
}
