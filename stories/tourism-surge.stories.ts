import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/tourism-surge/define.js';
import { KAZUO, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, wide, withoutControls } from './helpers.js';

interface Args {
  src: string;
  events: string;
  metric: '' | 'visitors' | 'revenue';
  lang: 'zh' | 'en';
  palette: '' | 'cn' | 'intl';
  theme: '' | 'light' | 'dark' | 'auto';
  hideSource: boolean;
  paired: boolean;
}

/** The chart from the args; given a document, from that (`src` then plays no part: see `fromData`). */
const surge = ({ src, events, metric, lang, palette, theme, hideSource, paired }: Args, data?: unknown) =>
  html`<sc-tourism-surge
    .data=${data}
    src=${ifDefined(data ? undefined : src)}
    events=${ifDefined(events || undefined)}
    metric=${ifDefined(metric || undefined)}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    ?hide-source=${hideSource}
    ?paired=${paired}
  ></sc-tourism-surge>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-tourism-surge',
  component: 'sc-tourism-surge',
  tags: ['autodocs'],
  render: (args) => wide(surge(args)),
  args: { src: KAZUO, events: '', metric: '', lang: 'zh', palette: '', theme: '', hideSource: false, paired: false },
  argTypes: {
    ...sharedArgTypes,
    metric: { control: 'inline-radio', options: ['', 'visitors', 'revenue'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose document is set in code: no `src` control. */
const fromData = withoutControls('src');

/** Kazuo's two holidays, visitors: the Spring Festival alone (no growth published), Qingming +534%. */
export const KazuoVisitorsZh: Story = { name: 'Kazuo holidays, visitors (zh)' };
export const KazuoVisitorsEn: Story = { name: 'Kazuo holidays, visitors (en)', args: { lang: 'en' } };
/** Revenue: Spring Festival +423% (last year about 1.01亿元, derived), Qingming +712%; no visitor peak under revenue. */
export const KazuoRevenueZh: Story = { name: 'Kazuo holidays, revenue (zh)', args: { metric: 'revenue' } };
export const KazuoRevenueEn: Story = { name: 'Kazuo holidays, revenue (en)', args: { metric: 'revenue', lang: 'en' } };

/** The Qingming holiday: visitors and revenue, side by side. */
export const KazuoQingming: Story = {
  name: 'Kazuo Qingming: visitors and revenue (zh and en)',
  args: { events: 'qingming-2024' },
  // Each of the four charts has its own metric and language.
  argTypes: withoutControls('metric', 'lang'),
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 24px; max-width: 1000px">
    ${surge({ ...args, metric: 'visitors', lang: 'zh' })}
    ${surge({ ...args, metric: 'revenue', lang: 'zh' })}
    ${surge({ ...args, metric: 'visitors', lang: 'en' })}
    ${surge({ ...args, metric: 'revenue', lang: 'en' })}
  </div>`,
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
  argTypes: pairArgTypes,
  render: pair,
};
export const PairNarrowZh: Story = {
  name: 'Shuangta visitors and revenue, as in a scorecard on a phone (280 px, zh)',
  args: { src: SHUANGTA },
  argTypes: pairArgTypes,
  render: pair,
};

/** Qualifiers as published (200余万人次, 近10万人次) and no comparison: nothing is invented. */
export const LanternFestivalZh: Story = { name: 'Shuangta Lantern Festival: qualifiers, no comparison (zh)', args: { src: SHUANGTA, events: 'lantern-festival-2024' } };
export const LanternFestivalEn: Story = { name: 'Shuangta Lantern Festival (en)', args: { src: SHUANGTA, events: 'lantern-festival-2024', lang: 'en' } };
/** A multiple: 6 times last year's daily visitors (+500%, derived; last year more than 800 a day, derived); revenue 1.6 times, its value not published. */
export const FenghuangMultipleZh: Story = { name: 'Fenghuang Mountain: a multiple (zh)', args: { src: SHUANGTA, events: 'qingming-fenghuang-2024' } };
export const FenghuangMultipleEn: Story = { name: 'Fenghuang Mountain: a multiple (en)', args: { src: SHUANGTA, events: 'qingming-fenghuang-2024', lang: 'en' } };
export const FenghuangRevenue: Story = {
  name: 'Fenghuang Mountain revenue: value not published, 1.6 times',
  args: { src: SHUANGTA, events: 'qingming-fenghuang-2024', metric: 'revenue', lang: 'en' },
};
/** A total and a daily average: drawn to separate scales, with a note. */
export const ShuangtaBoth: Story = { name: 'Shuangta: a total and a daily average', args: { src: SHUANGTA } };

/** Kazuo's holidays with made-up daily figures that add up to the published totals. Illustrative. */
const withDays = () => {
  const doc = documents.kazuo();
  doc.id = 'kazuo-illustrative-days';
  doc.illustrative = true;
  const [spring, qingming] = doc.tourism!;
  const springVisitors = [9.8, 11.2, 10.6, 9.9, 9.4, 8.7, 7.3, 6.31];
  const springRevenue = [0.7, 0.8, 0.75, 0.7, 0.66, 0.6, 0.55, 0.51];
  spring!.illustrative = true;
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

export const DailySeriesZh: Story = { name: 'Daily series (illustrative, zh)', argTypes: fromData, render: (args) => wide(daily(args)) };
export const DailySeriesEn: Story = { name: 'Daily series (illustrative, en)', args: { lang: 'en' }, argTypes: fromData, render: (args) => wide(daily(args)) };
export const DailySeriesNarrow: Story = {
  name: 'Daily series, narrow (illustrative, en, 300 px)',
  args: { lang: 'en', events: 'spring-festival-2024' },
  argTypes: fromData,
  render: (args) => narrow(daily(args), 300),
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
  argTypes: fromData,
  render: (args) => html`${narrow(surge(args, tinyBase()), 300)}
    <div style="max-width: 1000px; margin-top: 24px">${surge(args, tinyBase())}</div>`,
};

export const Dark: Story = { render: (args) => onDark(wide(surge(args))) };
export const DarkEn: Story = { name: 'Dark (en, revenue)', args: { lang: 'en', metric: 'revenue' }, render: (args) => onDark(wide(surge(args))) };
export const DarkDaily: Story = { name: 'Dark daily series (illustrative)', argTypes: fromData, render: (args) => onDark(wide(daily(args))) };
export const DarkNarrowZh: Story = { name: 'Dark narrow (300 px, zh)', render: (args) => onDark(narrow(surge(args), 300)) };
export const DarkNarrowEn: Story = {
  name: 'Dark narrow (300 px, en, revenue)',
  args: { lang: 'en', metric: 'revenue' },
  render: (args) => onDark(narrow(surge(args), 300)),
};
export const NarrowZh: Story = { name: 'Narrow (300 px, zh)', render: (args) => narrow(surge(args), 300) };
export const NarrowEn: Story = { name: 'Narrow (300 px, en)', args: { lang: 'en' }, render: (args) => narrow(surge(args), 300) };
export const NarrowShuangtaEn: Story = { name: 'Narrow Shuangta (300 px, en)', args: { src: SHUANGTA, lang: 'en' }, render: (args) => narrow(surge(args), 300) };
export const NarrowRevenueEn: Story = { name: 'Narrow revenue (300 px, en)', args: { metric: 'revenue', lang: 'en' }, render: (args) => narrow(surge(args), 300) };

export const Loading: Story = { args: { src: NEVER } };
export const ErrorNetwork: Story = { name: 'Error: failed fetch', args: { src: 'data/missing.json', lang: 'en' } };
export const ErrorEvent: Story = { name: 'Error: unknown event id', args: { events: 'mid-autumn-2024', lang: 'en' } };
export const ErrorMetric: Story = {
  name: 'Error: unknown metric',
  argTypes: withoutControls('metric'),
  render: (args) => surge({ ...args, metric: 'income' as Args['metric'] }),
};

/** A document with no holidays: the element says so in place. */
export const Empty: Story = {
  name: 'Empty: a document without holiday figures',
  argTypes: fromData,
  render: (args) => wide(surge(args, emptied())),
};

/**
 * A made-up holiday beside Shuangta's real ones: the made-up one is labelled
 * on its own panel; the real ones and the source credit are not.
 */
export const OneIllustrative: Story = {
  name: 'One made-up holiday among real ones (labelled)',
  args: { lang: 'en' },
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
