import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ScElement, nothingToShow, unknownIds, type View } from '../../internal/sc-element.js';
import { markOtherLanguage, prose, renderCredit, renderIllustrative, renderQuantity } from '../../internal/templates.js';
import type { Indicator, ScorecardDocument, Source } from '../../schema/document.js';
import { formatChange, type FormattedChange } from '../../format/change.js';
import { magnitudeMayBreak, notGiven, quantityParts, type QuantityParts } from '../../format/measure.js';
import type { Lang } from '../../format/number.js';
import { forPeriod, targetProgress, targetWord, type TargetProgress } from '../../format/target.js';
import { DOT, labelled, list, paren, pick, sentences, upperFirst } from '../../format/text.js';
import { arrow, tone, withPolarity, type Tone } from '../../format/tone.js';
import { progressGeometry, type ProgressGeometry } from './progress.js';
import { figureEms } from './figure-fit.js';
import { indicatorCardStyles } from './indicator-card.styles.js';
import { toneStyles } from '../../internal/styles.js';

export interface IndicatorCardView {
  label: string;
  /** A plan shown as the figure: the line that leads it ("Target by the end of the year:"). */
  planWord?: string;
  value?: QuantityParts;
  change?: FormattedChange & { tone: Tone };
  /** The region, on a card on its own (in a scorecard, its heading names it): "喀左县". */
  region: string;
  /** On its own line, so capitalised: "First half (to end of June)". */
  period: string;
  target?: TargetProgress & { geometry?: ProgressGeometry };
  note: string;
  source?: Source;
  illustrative: boolean;
  /** Everything above as the one sentence a screen reader reads. */
  sentence: string;
}

/** Finds the indicator to show: by id, else the document's first. */
export const findIndicator = (document: ScorecardDocument, id: string | undefined): Indicator | undefined =>
  id ? document.indicators?.find((indicator) => indicator.id === id) : document.indicators?.[0];

/**
 * `withRegion`: a card on its own names its region (three regions all publish fixed-asset investment:
 * a card lifted into an article must say whose); one in a scorecard leaves it to the heading.
 */
export const indicatorCardView = (document: ScorecardDocument, indicator: Indicator, lang: Lang, withRegion = true): IndicatorCardView => {
  const zh = lang === 'zh';
  const region = withRegion ? pick(document.region, lang) : '';
  const label = pick(indicator.label, lang);
  const value =
    indicator.value === undefined || indicator.value === null
      ? undefined
      : quantityParts({ ...indicator, value: indicator.value }, lang);
  const formatted = indicator.change && formatChange(indicator.change, lang, indicator.unit);
  const change = formatted && {
    ...formatted,
    text: withPolarity(formatted.text, formatted.direction, indicator.polarity, lang),
    tone: tone(formatted.direction, indicator.polarity),
  };
  const period = pick(indicator.period === undefined ? document.period : indicator.period, lang);
  const progress = targetProgress(indicator, lang);
  // A plan with nothing achieved yet to compare is the figure itself: show the plan as the value. Not where a
  // change was published: it is the unpublished figure's, and under the plan it would read as the plan's.
  const planTarget =
    !value && !change && indicator.target?.kind === 'plan' && indicator.target.value !== undefined && progress?.status === 'pending'
      ? { ...indicator.target, value: indicator.target.value }
      : undefined;
  const ceiling = indicator.target?.kind === 'plan' && indicator.target.qualifier === 'at-most';
  const geometry = progress && progressGeometry(progress, { lowerIsBetter: indicator.polarity === 'down-good', ceiling });
  const target = progress && !planTarget ? { ...progress, ...(geometry && { geometry }) } : undefined;
  const plan = planTarget && quantityParts({ value: planTarget.value, unit: planTarget.unit ?? indicator.unit, qualifier: planTarget.qualifier }, lang);
  const note = pick(indicator.note, lang);
  const planWord = targetWord(pick(planTarget?.period, lang), lang);
  // On screen the plan word has a line of its own above the figure: inline, a long one ("Target by the end of
  // the year:") would wrap and push the figure below its neighbours'. In the sentence it follows the label's colon.
  const shown = value ?? plan;
  const valueText = value
    ? value.before + value.number + value.after
    : plan
      ? zh
        ? `${planWord}${plan.before}${plan.number}${plan.after}`
        : // "target of 80% by the end of the year", not "target by the end of the year 80%".
          `target of ${plan.before}${plan.number}${plan.after}${forPeriod(pick(planTarget?.period, lang))}`
      : notGiven(lang);
  // Without the figure, the change leads and the gap follows: 同比增长15.5%（总量未公布）, not 未公布，同比增长15.5%,
  // which reads as though nothing at all were published. In the change's own brackets where it has some:
  // 同比下降8%（越低越好，总量未公布）, not （越低越好）（总量未公布）.
  const unpublished = zh ? '总量未公布' : 'value not published';
  const body =
    shown || !change
      ? list([valueText, change?.text ?? ''], lang)
      : /[)）]$/.test(change.text)
        ? change.text.replace(/([)）])$/, `${zh ? '，' : '; '}${unpublished}$1`)
        : paren(change.text, unpublished, lang);
  // Whose and when, in one bracket: （喀左县，2024年一季度）, "(Kazuo County, 2024 Q1)"; a period's own brackets
  // open into it: （凌源市，上半年，截至6月末）. After a bracket ("(lower is better)"), they follow a comma instead.
  const when = list([region, period], lang).replace(/\s*[（(]([^（）()]*)[)）]/g, (_, inner: string) => (zh ? '，' : ', ') + inner);
  const dated = !when ? body : /[)）]$/.test(body) ? list([body, when], lang) : paren(body, when, lang);
  const stop = zh ? '。' : '.';
  const sentence = sentences(
    [labelled(label, dated + stop, lang), target ? target.line + stop : '', note && note + (/[.!?。！？]$/.test(note) ? '' : stop)].filter(Boolean),
    lang,
  );
  return {
    label,
    ...(plan && { planWord: labelled(upperFirst(planWord), '', lang).trimEnd() }),
    ...(shown && { value: shown }),
    ...(change && { change }),
    region,
    period: upperFirst(period),
    ...(target && { target }),
    note,
    source: indicator.source ?? document.source,
    illustrative: !!document.illustrative,
    sentence: sentence.replace(/\s+\./g, '.').trim(),
  };
};

/**
 * The progress track as SVG geometry (attributes, not inline styles, so that a
 * strict Content-Security-Policy has nothing to block).
 */
const progressTrack = ({ fill, marker }: ProgressGeometry) =>
  html`<svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none">
    ${svg`<rect class="track-bg" width="100" height="10" rx="2"></rect>
      <rect class="fill" width=${fill} height="10" rx="2"></rect>
      <line class="marker-halo" x1=${marker} x2=${marker} y1="-2" y2="12"></line>
      <line class="marker" x1=${marker} x2=${marker} y1="-2" y2="12"></line>`}
  </svg>`;

/**
 * A card's texts of typical length (Kazuo's fixed-asset investment, credited as the demo's documents are),
 * for the loading placeholder to wrap.
 */
const TYPICAL_CARD: Record<Lang, { label: string; number: string; unit: string; change: string; region: string; period: string; source: string }> = {
  zh: { label: '固定资产投资', number: '10.7', unit: '亿元', change: '同比增长15.7%', region: '喀左县', period: '2024年一季度', source: '来源：辽宁地方报纸报道' },
  en: {
    label: 'Fixed-asset investment',
    number: '1.07',
    unit: ' billion yuan',
    change: 'up 15.7% year on year',
    region: 'Kazuo County',
    period: '2024 Q1',
    source: 'Source: Regional newspaper reports, Liaoning',
  },
};

/**
 * One published figure as a card: label, value with unit and qualifier, the
 * change in arrow and words, its period, progress to a target and the source.
 *
 * @tagname sc-indicator-card
 * @summary A single economic indicator, readable as one sentence.
 *
 * @csspart base - The wrapper of every state.
 * @csspart card - The card box.
 * @csspart label - The indicator's name.
 * @csspart value - The figure with its unit.
 * @csspart change - The change: arrow, sign and words.
 * @csspart period - The line with the period the figure covers, after the region's name on a card on its own.
 * @csspart region - The region's name and the dot after it, on a card on its own (in a scorecard, its heading names the region). A page about one region may hide it: `::part(region) { display: none }` (the screen-reader sentence keeps it).
 * @csspart target - The progress-to-target line and its sentence.
 * @csspart source - The source credit.
 * @csspart illustrative - The label on made-up figures.
 * @csspart status - The loading placeholder.
 * @csspart error - The in-place error message.
 * @csspart fallback - Over an error, what the page put inside the element for readers without the script (a sentence with the figures).
 * @csspart empty - The neutral message when the document has nothing for this element.
 *
 * @cssproperty [--sc-font-family=inherit] - Font. Unset: the host page's, inherited; in Chinese, common CJK sans faces come before its generic family.
 * @cssproperty [--sc-color-text=light-dark(#1f2328, #e6e8eb)] - Main text colour.
 * @cssproperty [--sc-color-muted=light-dark(#57606a, #a8b1bb)] - Secondary text colour.
 * @cssproperty [--sc-color-surface=light-dark(#ffffff, #1b1f24)] - Card background.
 * @cssproperty [--sc-color-border=light-dark(#d0d7de, #454c54)] - Card border.
 * @cssproperty [--sc-color-accent=light-dark(#0b5cad, #79b8ff)] - Default fill of the progress bar (see --sc-color-progress).
 * @cssproperty [--sc-color-good=var(--sc-color-red) in cn, var(--sc-color-green) in intl] - Colour of good news; the default follows `palette`.
 * @cssproperty [--sc-color-bad=var(--sc-color-green) in cn, var(--sc-color-red) in intl] - Colour of bad news; the default follows `palette`.
 * @cssproperty [--sc-color-red=light-dark(#c0262d, #ff8a84)] - The palettes' red: good news in cn, bad news in intl.
 * @cssproperty [--sc-color-green=light-dark(#1a7f37, #5fd47f)] - The palettes' green: good news in intl, bad news in cn.
 * @cssproperty [--sc-color-progress=var(--sc-color-accent)] - Fill of the progress-to-target bar.
 * @cssproperty [--sc-radius=8px] - Corner radius.
 * @cssproperty [--sc-card-padding=max(0.875rem, 14px) max(1rem, 16px)] - Padding inside the card. Unset, a card 220 px wide or less has less: max(0.625rem, 10px) max(0.75rem, 12px).
 * @cssproperty [--sc-value-size=max(2rem, 32px)] - Font size of the figure. Unset, it also depends on the card's width: max(1.5rem, 24px) up to 220 px, max(2.5rem, 40px) from 420 px. Set or not, a figure too long for the card is set smaller, to fit.
 * @cssproperty [--sc-label-min-height=auto] - Minimum height of the label, to line up the figures of a row of cards (sc-scorecard sets it); the default sets none.
 * @cssproperty [--sc-min-height=max(9.5rem, 152px)] - Height of the loading placeholder (unset: as tall as a typical card at this width), and the least height of an error or "nothing to show" message (unset: the default).
 * @cssproperty [--sc-color-neutral=light-dark(#57606a, #a8b1bb)] - Colour of a change that is neither good nor bad news.
 * @cssproperty [--sc-color-focus=light-dark(#0b5cad, #79b8ff)] - The focus ring (on the source link).
 *
 * @event {CustomEvent<ScorecardDocument>} sc-load - The document loaded and passed validation; `detail` is the document.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, parsing or validation failed; `detail` is `{ kind, errors: [{ path, message, messageZh, id? }], empty? }`; `empty: true` when the document is valid but has nothing for this element.
 */
export class ScIndicatorCard extends ScElement<IndicatorCardView, ScorecardDocument> {
  static override styles = [...ScElement.styles, toneStyles, indicatorCardStyles];

  static override properties: PropertyDeclarations = { indicator: { reflect: true } };

  /** The `id` of the indicator to show. Default: the document's first indicator. */
  declare indicator: string | undefined;

  protected toView(documents: ScorecardDocument[], lang: Lang): View<IndicatorCardView> {
    const document = documents[0]!;
    const id = this.indicator?.trim();
    const indicator = findIndicator(document, id);
    if (!indicator) {
      return id
        ? unknownIds('indicator', ['indicator', '指标'], [id], document.indicators?.map((item) => item.id) ?? [])
        : nothingToShow('indicators', 'the document has no indicators', '文档中没有指标');
    }
    return { ok: true, value: indicatorCardView(document, indicator, lang, !this.isNested) };
  }

  /** While loading: a card as most are (a one-line label, the figure, its change, its region and period and the credit, unless hidden). */
  protected override renderShape(lang: Lang): TemplateResult {
    // The card's own structure, so that its gaps add up as they will, with text of a typical length
    // (unseen): where the reader's text is large or the card narrow, it wraps as the card's will.
    const typical = TYPICAL_CARD[lang];
    return html`<div class="card shape" aria-hidden="true">
      <p class="visually-hidden"></p>
      <div>
        <div class="label">${typical.label}</div>
        <div class="value">${renderQuantity({ before: '', number: typical.number, after: magnitudeMayBreak(typical.unit) }, lang)}</div>
        <div class="change"><span class="arrow">▲</span>${typical.change}</div>
        <div class="meta">${this.isNested ? '' : `${typical.region}${DOT} `}${typical.period}</div>
      </div>
      ${this.hideSource ? nothing : html`<p class="source">${typical.source}</p>`}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // How wide the figure may be, for its size cap in CSS; set through the CSSOM, as a strict CSP
    // blocks style attributes (and the cspStyle directive would bring Lit's directive code into the card).
    const figure = this.renderRoot.querySelector<HTMLElement>('[part=value] .number');
    figure?.style.setProperty('--_figure-ems', String(figureEms(figure.textContent ?? '')));
  }

  protected renderView(view: IndicatorCardView, lang: Lang): TemplateResult {
    const { value, change, target } = view;
    return html`<div part="card" class="card">
      <p class="visually-hidden">${markOtherLanguage(view.sentence, lang)}</p>
      <div aria-hidden="true">
        <div part="label" class="label">${markOtherLanguage(view.label, lang)}</div>
        ${view.planWord ? html`<div class="plan-word">${markOtherLanguage(view.planWord, lang)}</div>` : nothing}
        ${value
          ? html`<div part="value" class="value">
              ${renderQuantity({ ...value, after: magnitudeMayBreak(value.after) }, lang)}
            </div>`
          : html`<div part="value" class="value missing">${notGiven(lang)}</div>`}
        ${change
          ? html`<div part="change" class="change tone-${change.tone}">
              <span class="arrow">${arrow(change.direction)}</span>${prose(change.text, lang)}
            </div>`
          : nothing}
        ${view.period || view.region
          ? html`<div part="period" class="meta">${view.region
              ? // Each kept whole where it fits, so that a line breaks after the dot, not inside 2024年一季度.
                // The dot goes with the region, so that a page that hides the region (::part(region)) hides it too.
                html`<span part="region" class="aside">${markOtherLanguage(view.region, lang)}${view.period ? DOT : ''}</span>${view.period
                  ? html` <span class="aside">${prose(view.period, lang)}</span>`
                  : nothing}`
              : prose(view.period, lang)}</div>`
          : nothing}
        ${target
          ? html`<div part="target" class="target">
              ${target.geometry ? progressTrack(target.geometry) : nothing}
              <div>${prose(target.line, lang)}</div>
            </div>`
          : nothing}
        ${view.note ? html`<div class="note">${markOtherLanguage(view.note, lang)}</div>` : nothing}
      </div>
      ${view.illustrative && !this.labelledOutside ? renderIllustrative(lang) : nothing}
      ${this.hideSource ? nothing : renderCredit(view.source, lang, view.illustrative)}
    </div>`;
  }
}
