import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/growth-bars/define.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, wide, withoutControls } from './helpers.js';

interface Args {
  src: string;
  indicators: string;
  indicator: string;
  sort: 'none' | 'desc' | 'asc';
  reference: string;
  referenceLabel: string;
  lang: 'zh' | 'en';
  palette: 'cn' | 'intl' | '';
  theme: '' | 'light' | 'dark' | 'auto';
  hideTargets: boolean;
  hideSource: boolean;
  heading: string;
}

/** The chart from the args; given documents, from those (`src` then plays no part: see `fromData`). */
const chart = (args: Args, data?: unknown): TemplateResult =>
  html`<sc-growth-bars
    .data=${data}
    src=${data ? nothing : args.src || nothing}
    indicators=${args.indicators || nothing}
    indicator=${args.indicator || nothing}
    sort=${args.sort}
    reference=${args.reference || nothing}
    reference-label=${args.referenceLabel || nothing}
    lang=${args.lang}
    palette=${args.palette || nothing}
    theme=${args.theme || nothing}
    ?hide-targets=${args.hideTargets}
    ?hide-source=${args.hideSource}
    heading=${args.heading || nothing}
  ></sc-growth-bars>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-growth-bars',
  component: 'sc-growth-bars',
  tags: ['autodocs'],
  render: (args) => wide(chart(args)),
  args: {
    src: LINGYUAN,
    indicators: '',
    indicator: '',
    sort: 'none',
    reference: '',
    referenceLabel: '',
    lang: 'zh',
    palette: '',
    theme: '',
    heading: '',
    hideTargets: false,
    hideSource: false,
  },
  argTypes: {
    ...sharedArgTypes,
    sort: { control: 'inline-radio', options: ['none', 'desc', 'asc'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose documents are set in code: no `src` control. */
const fromData = withoutControls('src');

/** Lingyuan, first half: six growth rates; industrial value added has no published value but its growth gets a bar. */
export const LingyuanZh: Story = { name: 'Lingyuan first half (zh)' };
export const LingyuanEn: Story = { name: 'Lingyuan first half (en)', args: { lang: 'en' } };
export const LingyuanSorted: Story = { name: 'Lingyuan, sorted fastest first', args: { sort: 'desc' } };
/** A real reference: each indicator against the growth of the whole economy (GDP +3.5%). */
export const LingyuanReference: Story = {
  name: 'Reference line: GDP growth',
  args: { sort: 'desc', reference: '3.5', referenceLabel: '地区生产总值增速' },
};
export const LingyuanReferenceEn: Story = {
  name: 'Reference line: GDP growth (en)',
  args: { lang: 'en', sort: 'desc', reference: '3.5', referenceLabel: 'GDP growth' },
};
/** Picked indicators, in the order given; one without a growth rate is named in a note, not drawn as zero. */
export const LingyuanPicked: Story = {
  name: 'Picked indicators, one without a growth rate',
  args: { indicators: 'fixed-asset-investment,gdp,key-projects', lang: 'en' },
};
export const ShuangtaZh: Story = { name: 'Shuangta 2024 Q1 (zh)', args: { src: SHUANGTA } };
export const ShuangtaEn: Story = { name: 'Shuangta 2024 Q1 (en)', args: { src: SHUANGTA, lang: 'en', palette: 'intl' } };
/** Kazuo: the growth targets as markers (one published, one derived from a published gap). */
export const KazuoTargets: Story = { name: 'Kazuo 2024 Q1: growth targets', args: { src: KAZUO } };
export const KazuoTargetsEn: Story = { name: 'Kazuo 2024 Q1: growth targets (en)', args: { src: KAZUO, lang: 'en' } };

const THREE = `${KAZUO} ${SHUANGTA} ${LINGYUAN}`;
/** Fixed-asset investment in three places; the periods differ and are named. */
export const ComparisonZh: Story = { name: 'Three regions: fixed-asset investment (zh)', args: { src: THREE, indicator: 'fixed-asset-investment' } };
export const ComparisonEn: Story = {
  name: 'Three regions: fixed-asset investment (en)',
  args: { src: THREE, indicator: 'fixed-asset-investment', lang: 'en', sort: 'desc' },
};
export const ComparisonData: Story = {
  name: 'Three regions from .data (retail sales)',
  args: { indicator: 'retail-sales' },
  argTypes: fromData,
  render: (args) => wide(chart(args, [documents.kazuo(), documents.shuangta(), documents.lingyuan()])),
};

const declining = () => {
  const doc = documents.shuangta();
  doc.id = 'illustrative-decline';
  doc.illustrative = true;
  const [gdp, investment, retail, revenue] = doc.indicators!;
  doc.indicators = [
    { ...gdp!, change: { kind: 'percent', value: 2.4, basis: 'yoy' } },
    { ...investment!, change: { kind: 'percent', value: -12.6, basis: 'yoy' } },
    { ...retail!, change: { kind: 'percent', value: 6.2, basis: 'yoy' } },
    { ...revenue!, change: { kind: 'percent', value: -3.1, basis: 'yoy' } },
  ];
  return doc;
};
/** Made-up declines, labelled as illustrative on screen: a diverging axis. */
export const Negative: Story = { name: 'Negative growth (illustrative)', argTypes: fromData, render: (args) => wide(chart(args, declining())) };
export const NegativeEn: Story = {
  name: 'Negative growth (illustrative, en, intl)',
  args: { lang: 'en', palette: 'intl' },
  argTypes: fromData,
  render: (args) => wide(chart(args, declining())),
};
export const NegativeNarrow: Story = { name: 'Negative growth, 320 px (illustrative)', argTypes: fromData, render: (args) => narrow(chart(args, declining())) };

/** Made-up figures where lower is better: a fall is good news, said under the label and in the names. */
const lowerIsBetter = () => {
  const doc = declining();
  doc.id = 'illustrative-lower-is-better';
  const [gdp, investment, retail, revenue] = doc.indicators!;
  doc.indicators = [gdp!, { ...investment!, polarity: 'down-good' }, { ...retail!, polarity: 'down-good' }, revenue!];
  return doc;
};
export const LowerIsBetter: Story = { name: 'Lower is better (illustrative)', argTypes: fromData, render: (args) => wide(chart(args, lowerIsBetter())) };
export const LowerIsBetterNarrowEn: Story = {
  name: 'Lower is better, 320 px (illustrative, en, intl)',
  args: { lang: 'en', palette: 'intl' },
  argTypes: fromData,
  render: (args) => narrow(chart(args, lowerIsBetter())),
};

const longLabels = () => {
  const doc = documents.lingyuan();
  doc.id = 'illustrative-long-labels';
  doc.illustrative = true;
  const labels: [string, string][] = [
    ['地区生产总值（按不变价格计算，含第一、二、三产业）', 'Gross domestic product of the city (at constant prices, all three sectors)'],
    ['一般公共预算收入中的税收收入及非税收入合计', 'Public budget revenue, tax and non-tax revenue taken together'],
    ['固定资产投资（不含农户，项目计划总投资500万元及以上）', 'Fixed-asset investment (excluding rural households; projects of 5 million yuan and more)'],
  ];
  doc.indicators = doc.indicators!.slice(0, 3).map((indicator, index) => ({ ...indicator, label: { zh: labels[index]![0], en: labels[index]![1] } }));
  return doc;
};
/** Invented long labels (the figures are Lingyuan's): they wrap, and move above the bars when narrow. */
export const LongLabels: Story = { name: 'Very long labels (illustrative)', argTypes: fromData, render: (args) => wide(chart(args, longLabels())) };
export const LongLabelsEn: Story = { name: 'Very long labels (illustrative, en)', args: { lang: 'en' }, argTypes: fromData, render: (args) => wide(chart(args, longLabels())) };
export const LongLabelsNarrow: Story = { name: 'Very long labels, 320 px (illustrative)', argTypes: fromData, render: (args) => narrow(chart(args, longLabels())) };
export const LongLabelsNarrowEn: Story = {
  name: 'Very long labels, 280 px (illustrative, en)',
  args: { lang: 'en' },
  argTypes: fromData,
  render: (args) => narrow(chart(args, longLabels()), 280),
};

export const Narrow: Story = { name: 'Narrow (320 px)', render: (args) => narrow(chart(args)) };
export const NarrowEn: Story = { name: 'Narrow (320 px, en)', args: { lang: 'en' }, render: (args) => narrow(chart(args)) };
export const NarrowComparisonEn: Story = {
  name: 'Narrow comparison (280 px, en)',
  args: { src: THREE, indicator: 'fixed-asset-investment', lang: 'en' },
  render: (args) => narrow(chart(args), 280),
};
export const Dark: Story = { render: (args) => onDark(wide(chart(args))) };
export const DarkEn: Story = { name: 'Dark (en, intl)', args: { lang: 'en', palette: 'intl' }, render: (args) => onDark(wide(chart(args))) };
export const DarkComparison: Story = {
  name: 'Dark comparison with a target',
  args: { src: THREE, indicator: 'fixed-asset-investment' },
  render: (args) => onDark(wide(chart(args))),
};
export const DarkThemeOnLightPage: Story = {
  name: 'theme="dark" on a light page (brings its own background)',
  args: { lang: 'en', theme: 'dark' },
  render: (args) => html`<div style="color-scheme: light; background: #fff; padding: 1rem">${narrow(chart(args))}</div>`,
};
export const DarkNarrow: Story = { name: 'Dark, 320 px (en)', args: { lang: 'en' }, render: (args) => onDark(narrow(chart(args))) };
export const Wide: Story = { name: 'Wide (1200 px, en)', args: { lang: 'en' }, render: (args) => html`<div style="width: 1200px">${chart(args)}</div>` };

export const Loading: Story = { args: { src: NEVER } };
export const ErrorNetwork: Story = { name: 'Error: failed fetch', args: { src: 'data/missing.json' } };
export const ErrorIndicator: Story = { name: 'Error: unknown indicator id', args: { indicators: 'gdp,gpd', lang: 'en' } };
export const ErrorComparison: Story = { name: 'Error: comparison without an indicator', args: { src: THREE, lang: 'en' } };

/** A document with no growth rates: the chart says so in place. */
export const Empty: Story = {
  name: 'Empty: a document without growth rates',
  argTypes: fromData,
  render: (args) => wide(chart(args, emptied())),
};
