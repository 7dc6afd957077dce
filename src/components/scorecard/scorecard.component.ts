import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ScElement, invalid, nothingToShow, type View } from '../../internal/sc-element.js';
import { emptyCell } from '../../internal/chart-frame.js';
import { headingLevelOf, keepAmount, markOtherLanguage, renderCredit, renderIllustrative } from '../../internal/templates.js';
import type { Project, ScorecardDocument } from '../../schema/document.js';
import { sharedCopy } from '../../schema/frozen.js';
import { formatQuantity } from '../../format/measure.js';
import { hasRevenue } from '../tourism-surge/tourism-surge.view.js';
import type { Lang } from '../../format/number.js';
import { DOT, labelled, list, lowerFirst, pick, upperFirst } from '../../format/text.js';
import { SECTIONS, groupIndicators, growthRateCount, planSections, projectDetails, periodGoesWithoutSaying, requestedSections, type IndicatorGroup, type SectionName } from './scorecard.layout.js';
import { scorecardStyles } from './scorecard.styles.js';
import { AlignController } from './align.js';

export interface ScorecardView {
  document: ScorecardDocument;
  sections: SectionName[];
  groups: IndicatorGroup[];
  /** Whether any tourism event has a revenue figure or change, to show a revenue chart too. */
  hasRevenue: boolean;
}

const HEADINGS: Record<SectionName, [string, string]> = {
  indicators: ['Indicators at a glance', '指标一览'],
  growth: ['Growth rates', '增速'],
  pipelines: ['Project pipelines', '项目推进'],
  tourism: ['Holiday tourism', '节假日旅游'],
  // "Key": a group of indicator cards may be called "Projects" (项目建设) already.
  projects: ['Key projects', '重点项目'],
};

/**
 * A section's name: the scorecard's title and the section's heading, set apart
 * (喀左县2024年一季度经济运行：指标一览), so that a page with two scorecards names their
 * sections apart, and two headings are not read run together. In English a title that
 * has a colon of its own takes a dash instead of a second one ("…of 2024 – indicators at a glance").
 */
const sectionName = (title: string, name: SectionName, lang: Lang): string =>
  lang === 'en' && title.includes(':') ? `${title} – ${lowerFirst(HEADINGS[name][0])}` : labelled(title, HEADINGS[name][lang === 'zh' ? 1 : 0], lang);

const STATUS: Record<NonNullable<Project['status']>, [string, string]> = {
  negotiating: ['Negotiating', '在谈'],
  signed: ['Signed', '签约'],
  new: ['New', '新建'],
  continuing: ['Continuing', '续建'],
  started: ['Started', '开工'],
  producing: ['Producing', '投产'],
};

/**
 * What a scorecard's placeholder lays out when its `sections` do not say:
 * the indicators (20 cards: a headline group of four and two groups of
 * eight; the demo's documents have 20 to 26 in three or four groups) and the
 * growth bars, which every document with two growth rates has. Taller than a
 * phone's or a laptop's screen, so that what follows the scorecard is out of
 * sight until it arrives, and short of most documents.
 */
const EXPECTED_SECTIONS: SectionName[] = ['indicators', 'growth'];
const EXPECTED_GROUPS = [4, 8, 8];
const EXPECTED_PROJECTS = 6;

/**
 * The parts of the elements inside that a page may style through the scorecard, renamed so
 * that a card's `value` is `card-value` (`sc-scorecard::part(card-value)`) and no name means two things.
 */
const CARD_PARTS = 'card, label: card-label, value: card-value, change: card-change, period: card-period, target: card-target';
const CHART_PARTS = 'title: chart-title, summary: chart-summary, notes: chart-notes, table-toggle: chart-table-toggle, table: chart-table';

/** Stops the children's own load and error events: the scorecard announces for the whole. */
const keepInside = (event: Event) => event.stopPropagation();

/**
 * A project's figures under its name. Chinese reads them with commas; English labels are written to stand
 * alone ("Expected tax", "Started in Q1"), so a comma would leave capitals mid-sentence: middle dots part
 * them for the eye (each kept at the end of its line), full stops for a screen reader, which reads
 * "…battery plant. Expected annual sales: 11.2 billion yuan. Expected tax: …", not one run of words.
 */
const renderDetails = (details: string[], lang: Lang): TemplateResult => {
  const zh = lang === 'zh';
  const stop = (text: string) => html`<span class="visually-hidden">${text}</span>`;
  return html`${stop(zh ? '：' : '.')} <span class="detail">${zh
    ? markOtherLanguage(list(details, lang), lang)
    : details.map((item, index) => html`${index ? html`<span aria-hidden="true">${DOT}</span>${stop('.')} ` : nothing}${markOtherLanguage(item, lang)}`)}</span>`;
};

/**
 * A whole document laid out as a scorecard: a header (region, period, title),
 * the indicator cards in a responsive grid, the growth bars, every pipeline
 * funnel, the holiday tourism and the project list, each present only when
 * the document has data for it; the source is credited once at the foot.
 *
 * @tagname sc-scorecard
 * @summary A complete regional scorecard from one document.
 *
 * @csspart base - The wrapper of every state.
 * @csspart header - Region, period and title.
 * @csspart illustrative - The label under the title on a made-up document.
 * @csspart title - The scorecard's heading.
 * @csspart section - Each section (indicators, growth, pipelines, tourism, projects).
 * @csspart section-title - Each section's heading.
 * @csspart projects - The project table.
 * @csspart footer - The source credit.
 * @csspart source - The source credit's text, inside the footer.
 * @csspart status - The loading placeholder.
 * @csspart error - The in-place error message.
 * @csspart fallback - Over an error, what the page put inside the element for readers without the script (a sentence with the figures).
 * @csspart empty - The neutral message when the document has nothing for this element.
 * @csspart card - Each indicator card's box (the card's own `card` part, passed on).
 * @csspart card-label - Each card's label (its `label` part).
 * @csspart card-value - Each card's figure (its `value` part).
 * @csspart card-change - Each card's change (its `change` part).
 * @csspart card-period - Each card's period (its `period` part).
 * @csspart card-target - Each card's target line (its `target` part).
 * @csspart chart-title - Each chart's title (the `title` part of the growth bars, funnels and holiday charts).
 * @csspart chart-summary - Each chart's written summary (their `summary` part).
 * @csspart chart-notes - Each chart's notes (their `notes` part).
 * @csspart chart-table-toggle - Each chart's "Show data table" button (their `table-toggle` part).
 * @csspart chart-table - Each chart's data table (their `table` part).
 *
 * @cssproperty [--sc-font-family=inherit] - Font for the scorecard and every element in it. Unset: the host page's, inherited; in Chinese, common CJK sans faces come before its generic family.
 * @cssproperty [--sc-color-text=light-dark(#1f2328, #e6e8eb)] - Main text colour.
 * @cssproperty [--sc-color-muted=light-dark(#57606a, #a8b1bb)] - Secondary text colour.
 * @cssproperty [--sc-color-surface=light-dark(#ffffff, #1b1f24)] - Card and panel background.
 * @cssproperty [--sc-color-border=light-dark(#d0d7de, #454c54)] - Borders and rules.
 * @cssproperty [--sc-color-accent=light-dark(#0b5cad, #79b8ff)] - Passed on to the elements inside: fill of the cards' progress bars, the funnels' stages and the holiday bars.
 * @cssproperty [--sc-color-good=var(--sc-color-red) in cn, var(--sc-color-green) in intl] - Colour of good news in the cards and charts inside; the default follows `palette`.
 * @cssproperty [--sc-color-bad=var(--sc-color-green) in cn, var(--sc-color-red) in intl] - Colour of bad news in the cards and charts inside; the default follows `palette`.
 * @cssproperty [--sc-color-progress=var(--sc-color-accent)] - Passed on to the cards inside: fill of their progress-to-target bars.
 * @cssproperty [--sc-color-bar=var(--sc-color-accent)] - Passed on to the holiday charts inside: fill of their bars.
 * @cssproperty [--sc-funnel-band=color-mix(in srgb, var(--sc-color-accent) 22%, transparent)] - Passed on to the funnels inside: fill of the bands joining their bars.
 * @cssproperty [--sc-color-red=light-dark(#c0262d, #ff8a84)] - The palettes' red: good news in cn, bad news in intl.
 * @cssproperty [--sc-color-green=light-dark(#1a7f37, #5fd47f)] - The palettes' green: good news in intl, bad news in cn.
 * @cssproperty [--sc-radius=8px] - Corner radius.
 * @cssproperty [--sc-gap=max(1rem, 16px)] - Space between cards and sections.
 * @cssproperty [--sc-heading-size=max(1.5rem, 24px)] - Font size of the scorecard heading. Unset, it is max(1.875rem, 30px) in a scorecard 900 px wide or more.
 * @cssproperty [--sc-card-padding=max(0.875rem, 14px) max(1rem, 16px)] - Passed on to the cards inside: the padding inside each.
 * @cssproperty [--sc-value-size=max(2rem, 32px)] - Passed on to the cards inside: font size of their figures (unset, it also depends on each card's width; a figure too long for its card is set smaller).
 * @cssproperty [--sc-color-neutral=light-dark(#57606a, #a8b1bb)] - Colour of a change that is neither good nor bad news, in the cards and charts inside.
 * @cssproperty [--sc-color-focus=light-dark(#0b5cad, #79b8ff)] - The focus ring.
 * @cssproperty [--sc-min-height=max(24rem, 384px)] - Height of the loading placeholder (unset: as tall as the layout it expects at this width), and the least height of an error or "nothing to show" message (unset: the default).
 *
 * @event {CustomEvent<ScorecardDocument>} sc-load - The document loaded and passed validation; `detail` is the document.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading, parsing or validation failed; `detail` is `{ kind, errors: [{ path, message, messageZh, id? }], empty? }`; `empty: true` when the document is valid but has nothing for this element.
 */
export class ScScorecard extends ScElement<ScorecardView, ScorecardDocument> {
  static override styles = [...ScElement.styles, scorecardStyles];

  static override properties: PropertyDeclarations = {
    sections: { reflect: true },
    // Not reflected: its default would be written into the page's markup (a CMS saving its editor's HTML keeps it).
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * Which sections to show, in order: `indicators,growth,pipelines,tourism,projects`. Default: all with data
   * (`growth` needs two growth rates in percent or more: one rate is its card, not a comparison).
   */
  declare sections: string | undefined;

  /**
   * The outline level of the scorecard's heading, 1 to 6 (default 2, for a page whose own
   * heading is the h1): its sections' headings are one level below it, and groups of cards and charts' titles two.
   */
  headingLevel = 2;

  constructor() {
    super();
    new AlignController(this, () => this.renderRoot);
  }

  /** The sections the `sections` attribute names (none when it is absent), as `planSections` reads them. */
  private get askedSections(): SectionName[] {
    return this.sections ? requestedSections(this.sections).names : [];
  }

  /** The level of a heading `depth` below the scorecard's own, as aria-level where it differs from the tag's. */
  private level(depth: number): number | typeof nothing {
    const level = this.levelAt(depth);
    return level === 2 + depth ? nothing : level;
  }

  /** The level of a heading `depth` below the scorecard's own. */
  private levelAt(depth: number): number {
    const top = headingLevelOf(this.headingLevel) ?? 2;
    return Math.min(6, top + depth);
  }

  /**
   * While loading: the scorecard as it will most often be, laid out by its own
   * styles, with unseen placeholders of the widgets it will hold (each as tall
   * as its own loading placeholder). None while idle.
   */
  protected override renderShape(): TemplateResult | typeof nothing {
    // With nothing asked for yet (a builder's empty slot), a plain box: a screenful of blank would look broken.
    if (this.state === 'idle') return nothing;
    const asked = this.askedSections;
    const sections = asked.length ? asked : EXPECTED_SECTIONS;
    const cards = (count: number) => Array.from({ length: count }, () => html`<sc-indicator-card hide-source></sc-indicator-card>`);
    const shapes: Record<SectionName, () => TemplateResult> = {
      indicators: () => html`${EXPECTED_GROUPS.map((count, index) =>
        index === 0 ? html`<div class="grid headline">${cards(count)}</div>` : html`<h4>&nbsp;</h4><div class="grid">${cards(count)}</div>`,
      )}`,
      growth: () => html`<sc-growth-bars hide-source></sc-growth-bars>`,
      pipelines: () => html`<div class="pair"><sc-project-funnel hide-source></sc-project-funnel></div>`,
      tourism: () => html`<div class="pair"><sc-tourism-surge hide-source></sc-tourism-surge></div>`,
      projects: () => html`<table class="projects">
        ${Array.from({ length: EXPECTED_PROJECTS }, () => html`<tr><th>&nbsp;<span class="detail">&nbsp;</span></th><td class="num">&nbsp;</td></tr>`)}
      </table>`,
    };
    return html`<div class="scorecard shape" aria-hidden="true">
      <header><p class="eyebrow">&nbsp;</p><h2>&nbsp;</h2></header>
      ${sections.map((name) => html`<section><h3>&nbsp;</h3>${shapes[name]()}</section>`)}
      ${this.hideSource ? nothing : html`<footer>&nbsp;</footer>`}
    </div>`;
  }

  protected toView(documents: ScorecardDocument[]): View<ScorecardView> {
    const document = documents[0]!;
    const { sections, unknown } = planSections(document, this.sections);
    if (unknown.length > 0) {
      return invalid(
        'sections',
        `unknown section '${unknown.join("', '")}'; expected some of ${SECTIONS.join(', ')}`,
        `未知的栏目 '${unknown.join("'、'")}'，应为 ${SECTIONS.join('、')} 中的若干项`,
      );
    }
    if (sections.length === 0) {
      const asked = this.askedSections;
      // One growth rate is data, but not enough for a section that compares them: say so, or "no data" looks wrong.
      const oneRate = growthRateCount(document) === 1;
      const named = (name: SectionName, why: string) => (name === 'growth' && oneRate ? name + why : name);
      return asked.length
        ? nothingToShow(
            'sections',
            `the document has no data for: ${asked.map((name) => named(name, ' (it needs two growth rates or more; the document has one)')).join(', ')}`,
            `文档中没有以下栏目的数据：${asked.map((name) => named(name, '（需要两项或以上的增速，文档中只有一项）')).join('、')}`,
          )
        : nothingToShow('', 'the document has no indicators, pipelines, tourism or projects', '文档中没有指标、项目管线、旅游或项目数据');
    }
    // The widgets share one frozen, known-valid copy: each would otherwise validate the document again.
    const shared = sharedCopy(document);
    return { ok: true, value: { document: shared, sections, groups: groupIndicators(shared.indicators ?? []), hasRevenue: hasRevenue(document.tourism ?? []) } };
  }

  protected renderView(view: ScorecardView, lang: Lang): TemplateResult {
    const { document } = view;
    const zh = lang === 'zh';
    const region = pick(document.region, lang);
    const title = pick(document.title, lang) || region;
    // A title of its own that does not name the region leaves that to the line above it (its cards do not name it):
    // 辽宁省朝阳市喀左县，2024年一季度 / "Kazuo County, Chaoyang, Liaoning, 2024 Q1".
    const parent = pick(document.parentRegion, lang);
    const place = title.includes(region) ? parent : zh ? parent + region : list([region, parent], lang);
    const where = upperFirst(list([place, pick(document.period, lang)], lang));
    return html`<article class="scorecard" @sc-load=${keepInside} @sc-error=${keepInside}>
      <header part="header">
        <p class="eyebrow">${markOtherLanguage(where, lang)}</p>
        <h2 part="title" aria-level=${this.level(0)}>${markOtherLanguage(title, lang)}</h2>
        ${document.illustrative ? renderIllustrative(lang) : nothing}
      </header>
      ${view.sections.map((name) => {
        const label = sectionName(title, name, lang);
        return html`<section part="section" aria-label=${label}>
          <h3 part="section-title" aria-level=${this.level(1)}>${HEADINGS[name][zh ? 1 : 0]}</h3>
          ${this.renderSection(name, label, view, lang)}
        </section>`;
      })}
      ${this.hideSource
        ? nothing
        : html`<footer part="footer">${renderCredit(document.source, lang, document.illustrative)}</footer>`}
    </article>`;
  }

  /** A section's content; `label`: its name, which names the projects table too. */
  private renderSection(name: SectionName, label: string, view: ScorecardView, lang: Lang): TemplateResult {
    const { document } = view;
    const palette = this.paletteName;
    // Each chart's title is a heading under its section's, so screen readers can jump between them.
    const charts = this.levelAt(2);
    switch (name) {
      case 'indicators':
        return html`${view.groups.map((group, index) => {
          const headed = !!group.label && view.groups.length > 1;
          return html`${headed ? html`<h4 aria-level=${this.level(2)}>${markOtherLanguage(pick(group.label!, lang), lang)}</h4>` : nothing}
            <div class="grid ${index === 0 ? 'headline' : ''}" role="list">
              ${group.indicators.map(
                (indicator) =>
                  html`<sc-indicator-card
                    role="listitem"
                    class=${periodGoesWithoutSaying(indicator, document, headed) ? 'same-period' : ''}
                    .data=${document}
                    indicator=${indicator.id}
                    palette=${palette}
                    exportparts=${CARD_PARTS}
                    hide-source
                  ></sc-indicator-card>`,
              )}
            </div>`;
        })}`;
      case 'growth':
        return html`<sc-growth-bars .data=${document} palette=${palette} heading-level=${charts} exportparts=${CHART_PARTS} hide-source></sc-growth-bars>`;
      case 'pipelines':
        return html`<div class="pair ${(document.pipelines?.length ?? 0) > 1 ? 'two' : ''}">
          ${document.pipelines!.map(
            (pipeline) =>
              html`<sc-project-funnel .data=${document} pipeline=${pipeline.id} palette=${palette} heading-level=${charts} exportparts=${CHART_PARTS} hide-source></sc-project-funnel>`,
          )}
        </div>`;
      case 'tourism':
        return html`<div class="pair ${view.hasRevenue ? 'two' : ''}">
          <sc-tourism-surge .data=${document} metric="visitors" ?paired=${view.hasRevenue} palette=${palette} heading-level=${charts} exportparts=${CHART_PARTS} hide-source></sc-tourism-surge>
          ${view.hasRevenue
            ? html`<sc-tourism-surge .data=${document} metric="revenue" paired palette=${palette} heading-level=${charts} exportparts=${CHART_PARTS} hide-source></sc-tourism-surge>`
            : nothing}
        </div>`;
      case 'projects':
        return this.renderProjects(document.projects!, label, lang);
    }
  }

  private renderProjects(projects: Project[], name: string, lang: Lang): TemplateResult {
    const zh = lang === 'zh';
    const investmentName = zh ? '投资' : 'Investment';
    return html`<div class="projects-wrap">
      <table part="projects" class="projects" role="table" aria-label=${name}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${zh ? '项目' : 'Project'}</th>
            <th scope="col" role="columnheader" class="status-col">${zh ? '状态' : 'Status'}</th>
            <th scope="col" role="columnheader" class="num">${investmentName}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${projects.map((project) => {
            const investment = project.investment;
            const details = projectDetails(project, lang);
            const status = project.status && STATUS[project.status][zh ? 1 : 0];
            return html`<tr role="row">
              <th scope="row" role="rowheader">
                ${markOtherLanguage(pick(project.label, lang), lang)}${details.length ? renderDetails(details, lang) : nothing}
                ${status
                  ? html`<span class="status-tag status-inline"><span class="visually-hidden">${zh ? '状态：' : 'Status: '}</span>${status}</span>`
                  : nothing}
              </th>
              <td role="cell" class="status-col">${status ? html`<span class="status-tag">${status}</span>` : nothing}</td>
              <td role="cell" class="num" data-label=${investmentName}>
                ${investment && typeof investment.value === 'number'
                  ? html`<span>${keepAmount(formatQuantity({ ...investment, value: investment.value }, lang), lang)}</span>`
                  : emptyCell(zh)}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
