import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/tourism-surge/define.js';
import type { ScTourismSurge } from '../src/components/tourism-surge/tourism-surge.component.js';
import { KAZUO, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, headingLevelArgType, wide, withoutControls, about, inlineJson, loadingStory } from './helpers.js';

interface Args {
  src: string;
  events: string;
  metric: '' | 'visitors' | 'revenue';
  lang: 'zh' | 'en';
  palette: '' | 'cn' | 'intl';
  theme: '' | 'light' | 'dark' | 'auto';
  hideSource: boolean;
  headingLevel: string;
  paired: boolean;
}

/** The chart from the args; given a document, from that (`src` then plays no part: see `fromData`). */
const surge = ({ src, events, metric, lang, palette, theme, hideSource, paired, headingLevel }: Args, data?: unknown) =>
  html`<sc-tourism-surge
    .data=${data}
    src=${ifDefined(data ? undefined : src)}
    events=${ifDefined(events || undefined)}
    metric=${ifDefined(metric || undefined)}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    ?hide-source=${hideSource}
    heading-level=${headingLevel || nothing}
    ?paired=${paired}
  >${inlineJson(data, ['tourism'])}</sc-tourism-surge>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-tourism-surge',
  component: 'sc-tourism-surge',
  // Variants (the other language, dark, narrow) are tagged !autodocs: in the sidebar, not on the Docs page, which stays short.
  tags: ['autodocs'],
  render: (args) => wide(surge(args)),
  args: { src: KAZUO, events: '', metric: '', lang: 'zh', palette: '', theme: '', hideSource: false, paired: false, headingLevel: '' },
  argTypes: {
    ...sharedArgTypes,
    headingLevel: headingLevelArgType,
    metric: {
      control: { type: 'inline-radio', labels: { '': 'by holiday' } },
      options: ['', 'visitors', 'revenue'],
      table: { defaultValue: { summary: 'visitors where given, else revenue' } },
    },
    events: { table: { defaultValue: { summary: "every holiday of the document" } } },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose document is set in code: no `src` control. */
const fromData = withoutControls('src');

export const KazuoVisitorsZh: Story = {
  name: 'Kazuo holidays, visitors (zh)',
  parameters: about("Kazuo's two holidays, visitors: the Spring Festival alone (73.21万人次, no growth published), and Qingming (24.1万人次, +534%) beside last year's figure derived from that growth (about 3.8万人次, marked 推算); peak day 12万人次."),
};
export const KazuoVisitorsEn: Story = {
  name: 'Kazuo holidays, visitors (en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about("The same in English: 732,100 and 241,000 visits, and +534% also read as \"about 6.3 times last year's (derived)\"."),
};
export const KazuoRevenueZh: Story = {
  name: 'Kazuo holidays, revenue (zh)',
  args: { metric: 'revenue' },
  parameters: about("`metric=\"revenue\"`: Spring Festival 5.27亿元 (+423%; last year about 1.01亿元, derived) and Qingming 1.39亿元 (+712%). The visitors' peak day is not repeated under revenue."),
};
export const KazuoRevenueEn: Story = {
  name: 'Kazuo holidays, revenue (en)',
  tags: ['!autodocs'],
  args: { metric: 'revenue', lang: 'en' },
  parameters: about("Revenue in English: 527 million and 139 million yuan, each beside last year's figure, derived and marked as such."),
};

export const KazuoQingming: Story = {
  name: 'Kazuo Qingming: visitors and revenue (zh and en)',
  args: { events: 'qingming-2024' },
  parameters: about('One holiday (`events="qingming-2024"`) four ways: visitors and revenue, in Chinese and in English, side by side.'),
  // Each of the four charts has its own metric and language.
  argTypes: withoutControls('metric', 'lang'),
  // Two columns where they fit (a language a row), else one. The column's width limit is on a box around the
  // grid, not the grid: a grid with a max-width counts as wide as its columns would fill, and the dark page grew to it.
  render: (args) =>
    wide(html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 24px">
      ${surge({ ...args, metric: 'visitors', lang: 'zh' })}
      ${surge({ ...args, metric: 'revenue', lang: 'zh' })}
      ${surge({ ...args, metric: 'visitors', lang: 'en' })}
      ${surge({ ...args, metric: 'revenue', lang: 'en' })}
    </div>`),
};

/**
 * A visitors chart above a revenue chart of the same holidays, `paired` as a scorecard shows them on a phone:
 * both are laid out alike (figures beside the bars in both, or above them in both), and a holiday's
 * other figures show once, money beside revenue (the Lantern Festival's sales).
 */
const pair = (args: Args) =>
  narrow(
    html`<div style="display: grid; gap: 24px">${surge({ ...args, metric: 'visitors', paired: true })}${surge({ ...args, metric: 'revenue', paired: true })}</div>`,
    280,
  );
/** The pair sets each chart's metric, and `paired` on both. */
const pairArgTypes = withoutControls('metric', 'paired');
export const PairNarrowEn: Story = {
  name: 'Visitors and revenue, as in a scorecard on a phone (280 px, en)',
  args: { lang: 'en' },
  parameters: about('A visitors chart above a revenue chart, both `paired`, at 280 px as a scorecard shows them on a phone: the two are laid out alike.'),
  argTypes: pairArgTypes,
  render: pair,
};
export const PairNarrowZh: Story = {
  name: 'Shuangta visitors and revenue, as in a scorecard on a phone (280 px, zh)',
  tags: ['!autodocs'],
  args: { src: SHUANGTA },
  parameters: about("Shuangta's holidays `paired` at 280 px: a holiday's other figures show once, money beside revenue (the Lantern Festival's sales)."),
  argTypes: pairArgTypes,
  render: pair,
};

export const LanternFestivalZh: Story = {
  name: 'Shuangta Lantern Festival: qualifiers, no comparison (zh)',
  args: { src: SHUANGTA, events: 'lantern-festival-2024' },
  parameters: about('Figures published with 余 (more than) and 近 (nearly): 200余万人次 and a peak day of 近10万人次 keep their qualifiers, and no comparison is drawn, as none was published.'),
};
export const LanternFestivalEn: Story = {
  name: 'Shuangta Lantern Festival (en)',
  tags: ['!autodocs'],
  args: { src: SHUANGTA, events: 'lantern-festival-2024', lang: 'en' },
  parameters: about('The same in English: "more than 2 million visits", "nearly 100,000 visits"; the show-area sales and the indirect spending keep their "more than" too.'),
};
export const FenghuangMultipleZh: Story = {
  name: 'Fenghuang Mountain: a multiple (zh)',
  args: { src: SHUANGTA, events: 'qingming-fenghuang-2024' },
  parameters: about("A change published as a multiple: 日均5000余人次, 6倍 last year's. The chart derives +500% and last year's 日均800余人次, keeping the 余 of the published figure."),
};
export const FenghuangMultipleEn: Story = {
  name: 'Fenghuang Mountain: a multiple (en)',
  tags: ['!autodocs'],
  args: { src: SHUANGTA, events: 'qingming-fenghuang-2024', lang: 'en' },
  parameters: about("The multiple in English: \"6 times last year's (up 500%, derived)\", and a daily average says so (\"a day on average\")."),
};
export const FenghuangRevenue: Story = {
  name: 'Fenghuang Mountain revenue: value not published, 1.6 times',
  args: { src: SHUANGTA, events: 'qingming-fenghuang-2024', metric: 'revenue', lang: 'en' },
  parameters: about("Revenue with no published amount, only 1.6 times last year's: the chart says \"not published\" and derives \"up 60%\"."),
};
export const ShuangtaBoth: Story = {
  name: 'Shuangta: a total and a daily average',
  args: { src: SHUANGTA },
  parameters: about("Shuangta's two holidays: a total (the Lantern Festival) and a daily average (Fenghuang Mountain), drawn to separate scales, with a note."),
};

/** Kazuo's holidays with made-up daily figures that add up to the published totals. Illustrative. */
const withDays = () => {
  const doc = documents.kazuo();
  doc.id = 'kazuo-illustrative-days';
  doc.illustrative = true;
  const [spring, qingming] = doc.tourism!;
  const springVisitors = [9.8, 11.2, 10.6, 9.9, 9.4, 8.7, 7.3, 6.31];
  const springRevenue = [0.7, 0.8, 0.75, 0.7, 0.66, 0.6, 0.55, 0.51];
  spring!.illustrative = true;
  // The holidays' dates, shown under their names.
  spring!.period = { zh: '2月10日至17日', en: '10–17 February', start: '2024-02-10', end: '2024-02-17' };
  qingming!.period = { zh: '4月4日至6日', en: '4–6 April', start: '2024-04-04', end: '2024-04-06' };
  spring!.days = springVisitors.map((visitors, index) => ({ date: `2024-02-${10 + index}`, visitors, revenue: springRevenue[index]! }));
  qingming!.illustrative = true;
  qingming!.days = [
    { date: '2024-04-04', visitors: 6, revenue: 0.35 },
    { date: '2024-04-05', visitors: 12, revenue: 0.69 },
    { date: '2024-04-06', visitors: 6.1, revenue: 0.35 },
  ];
  return doc;
};

const daily = (args: Args) => surge(args, withDays());

export const DailySeriesZh: Story = {
  name: 'Daily series (illustrative, zh)',
  parameters: about("Kazuo's holidays with made-up daily figures that add up to the published totals (illustrative): a column a day, the peak day marked; each day is said in the summary and listed in the data table too. Each holiday's `period` gives its dates as printed, shown under its name and in brackets in the summary and the table."),
  argTypes: fromData,
  render: (args) => wide(daily(args)),
};
export const DailySeriesEn: Story = {
  name: 'Daily series (illustrative, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The daily series in English: days as "10 Feb", the peak day labelled.'),
  argTypes: fromData,
  render: (args) => wide(daily(args)),
};
export const DailySeriesNarrow: Story = {
  name: 'Daily series, narrow (illustrative, en, 300 px)',
  tags: ['!autodocs'],
  args: { lang: 'en', events: 'spring-festival-2024' },
  parameters: about("One holiday's daily series (`events=\"spring-festival-2024\"`) at 300 px: only some days are labelled, so the labels do not collide."),
  argTypes: fromData,
  render: (args) => narrow(daily(args), 300),
};

/** Kazuo's Spring Festival as a paper might print it with last year's figure and no growth rate. Illustrative. */
const withPrevious = () => {
  const doc = documents.kazuo();
  doc.id = 'kazuo-illustrative-previous';
  doc.illustrative = true;
  doc.tourism = [{ ...doc.tourism![0]!, visitors: { ...doc.tourism![0]!.visitors!, previous: 65.2 } }];
  return doc;
};

export const PreviousPrinted: Story = {
  name: "Last year's figure as printed (illustrative)",
  parameters: about("Kazuo's 73.21万人次 beside a made-up 去年同期65.2万人次 (`previous`) and no growth rate: last year's bar is solid, as published, and the change is worked out from the two, 同比增长12.3%（推算）."),
  argTypes: fromData,
  render: (args) => wide(surge(args, withPrevious())),
};

/** A tiny base year keeps a visible bar and a readable label. Illustrative. */
const tinyBase = () => {
  const doc = documents.kazuo();
  doc.id = 'illustrative-tiny-base';
  doc.illustrative = true;
  doc.tourism = [
    {
      id: 'tiny-base',
      label: { zh: '2024年某新开景区五一假期', en: 'A new scenic area, May Day holiday 2024' },
      visitors: { value: 50, unit: '10k-visits', change: { kind: 'percent', value: 49900, basis: 'yoy' } },
      illustrative: true,
    },
  ];
  return doc;
};
export const TinyBase: Story = {
  name: 'Tiny base year (illustrative)',
  parameters: about("A made-up holiday that grew 49900% (500 times last year's): last year's bar stays visible and its label readable, at 300 px and at full width."),
  argTypes: fromData,
  render: (args) => html`${narrow(surge(args, tinyBase()), 300)}
    <div style="max-width: 1000px; margin-top: 24px">${surge(args, tinyBase())}</div>`,
};

export const Dark: Story = {
  parameters: about("Kazuo's holidays on a dark page (`color-scheme: dark`), with no `theme` attribute."),
  render: (args) => onDark(wide(surge(args))),
};
export const DarkEn: Story = {
  name: 'Dark (en, revenue)',
  tags: ['!autodocs'],
  args: { lang: 'en', metric: 'revenue' },
  parameters: about('Revenue in English on a dark page.'),
  render: (args) => onDark(wide(surge(args))),
};
export const DarkDaily: Story = {
  name: 'Dark daily series (illustrative)',
  tags: ['!autodocs'],
  parameters: about('The made-up daily series on a dark page.'),
  argTypes: fromData,
  render: (args) => onDark(wide(daily(args))),
};
export const DarkNarrowZh: Story = {
  name: 'Dark narrow (300 px, zh)',
  tags: ['!autodocs'],
  parameters: about('On a dark page, in Chinese, in a 300 px column.'),
  render: (args) => onDark(narrow(surge(args), 300)),
};
export const DarkNarrowEn: Story = {
  name: 'Dark narrow (300 px, en, revenue)',
  tags: ['!autodocs'],
  args: { lang: 'en', metric: 'revenue' },
  parameters: about('Revenue on a dark page, in English, in a 300 px column.'),
  render: (args) => onDark(narrow(surge(args), 300)),
};
export const NarrowZh: Story = {
  name: 'Narrow (300 px, zh)',
  parameters: about("Kazuo's holidays in a 300 px column, in Chinese."),
  render: (args) => narrow(surge(args), 300),
};
export const NarrowEn: Story = {
  name: 'Narrow (300 px, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about("Kazuo's holidays in a 300 px column, in English."),
  render: (args) => narrow(surge(args), 300),
};
export const NarrowShuangtaEn: Story = {
  name: 'Narrow Shuangta (300 px, en)',
  tags: ['!autodocs'],
  args: { src: SHUANGTA, lang: 'en' },
  parameters: about("Shuangta's qualified figures in a 300 px column, in English: \"more than 2 million visits\" beside a daily average."),
  render: (args) => narrow(surge(args), 300),
};
export const NarrowRevenueEn: Story = {
  name: 'Narrow revenue (300 px, en)',
  tags: ['!autodocs'],
  args: { metric: 'revenue', lang: 'en' },
  parameters: about("Kazuo's holiday revenue in a 300 px column, in English."),
  render: (args) => narrow(surge(args), 300),
};

/**
 * Opens the chart's data table once it has loaded, as a reader pressing "显示数据表" would.
 * It runs on the Docs page too (`autoplay`): it only clicks the chart's own button, and takes no focus.
 */
const tableOpened = (story: string) => ({ docs: { ...about(story).docs, story: { autoplay: true } } });
const openTable = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const chart = canvasElement.querySelector<ScTourismSurge>('sc-tourism-surge')!;
  await customElements.whenDefined('sc-tourism-surge');
  if (chart.state !== 'ready') await new Promise((resolve) => chart.addEventListener('sc-load', resolve, { once: true }));
  await chart.updateComplete;
  chart.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
};

export const TableTabletZh: Story = {
  name: 'Data table, tablet width (540 px, zh): rows stacked',
  args: { src: SHUANGTA },
  parameters: tableOpened(
    'The data table opened in a 540 px column, in Chinese. Its names are not broken inside a word (凤凰山景区), so six columns would not fit: below 576 px each holiday is a block, each figure after its column\'s name, and nothing scrolls sideways.',
  ),
  render: (args) => narrow(surge(args), 540),
  play: openTable,
};
export const TableWideZh: Story = {
  name: 'Data table, 640 px (zh): six columns',
  args: { src: SHUANGTA },
  parameters: tableOpened('The data table opened in a 640 px column, in Chinese: six columns, the change in words wrapping between characters with its figures whole (为去年同期的6倍).'),
  render: (args) => narrow(surge(args), 640),
  play: openTable,
};

export const Loading: Story = {
  args: { src: NEVER },
  parameters: loadingStory('While the document loads (here a request that never answers; "Show code" has the real URL): a placeholder as tall as two holiday panels (or as many as `events` names) at this width.', KAZUO),
};
export const ErrorNetwork: Story = {
  name: 'Error: failed fetch',
  args: { src: 'data/missing.json', lang: 'en' },
  parameters: about("A `src` that answers 404, in English: \"Could not load the data\", with the URL and the server's answer."),
};
export const ErrorEvent: Story = {
  name: 'Error: unknown event id',
  args: { events: 'mid-autumn-2024', lang: 'en' },
  parameters: about('A mistyped `events` id (mid-autumn-2024): the error lists the holidays the document has.'),
};
export const ErrorMetric: Story = {
  name: 'Error: unknown metric',
  parameters: about('`metric="income"`: the error says the metric must be visitors or revenue.'),
  argTypes: withoutControls('metric'),
  render: (args) => wide(surge({ ...args, metric: 'income' as Args['metric'] })),
};

export const Empty: Story = {
  name: 'Empty: a document without holiday figures',
  parameters: about('A valid document with no holiday figures: a calm "nothing to show" status, and `sc-error` with `empty: true`, so the page can hide the widget.'),
  argTypes: fromData,
  render: (args) => wide(surge(args, emptied())),
};

export const OneIllustrative: Story = {
  name: 'One made-up holiday among real ones (labelled)',
  args: { lang: 'en' },
  parameters: about("A made-up holiday added to Shuangta's real ones: only its own panel is labelled illustrative; the real holidays and the source credit are not."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.shuangta();
    doc.tourism!.push({
      id: 'example-holiday',
      label: { zh: '示例假期', en: 'Example holiday' },
      illustrative: true,
      visitors: { value: 10, unit: '10k-visits', change: { kind: 'percent', value: 20, basis: 'yoy' } },
    });
    return wide(surge(args, doc));
  },
};
