import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/growth-bars/define.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, headingLevelArgType, wide, withoutControls, about, inlineJson, loadingStory, unlessDefault, houseStyle } from './helpers.js';

interface Args {
  src: string;
  indicators: string;
  indicator: string;
  sort: 'none' | 'desc' | 'asc';
  /** The attribute as written: a number control cannot be cleared (Storybook keeps its last number), a text one can. */
  reference: string;
  referenceLabel: string;
  lang: 'zh' | 'en';
  palette: 'cn' | 'intl' | '';
  theme: '' | 'light' | 'dark' | 'auto';
  hideTargets: boolean;
  hideSource: boolean;
  heading: string;
  headingLevel: string;
}

/** The chart from the args; given documents, from those (`src` then plays no part: see `fromData`). */
const chart = (args: Args, data?: unknown): TemplateResult =>
  html`<sc-growth-bars
    .data=${data}
    src=${data ? nothing : args.src || nothing}
    indicators=${args.indicators || nothing}
    indicator=${args.indicator || nothing}
    sort=${unlessDefault(args.sort, 'none')}
    reference=${args.reference || nothing}
    reference-label=${args.referenceLabel || nothing}
    lang=${args.lang}
    palette=${args.palette || nothing}
    theme=${args.theme || nothing}
    ?hide-targets=${args.hideTargets}
    ?hide-source=${args.hideSource}
    heading=${args.heading || nothing}
    heading-level=${args.headingLevel || nothing}
  >${inlineJson(data, ['indicators'])}</sc-growth-bars>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-growth-bars',
  component: 'sc-growth-bars',
  // Variants (the other language, dark, narrow) are tagged !autodocs: in the sidebar, not on the Docs page, which stays short.
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
    headingLevel: '',
    hideTargets: false,
    hideSource: false,
  },
  argTypes: {
    ...sharedArgTypes,
    headingLevel: headingLevelArgType,
    sort: { control: 'inline-radio', options: ['none', 'desc', 'asc'] },
    indicators: { table: { defaultValue: { summary: 'every indicator with a change in percent' } } },
    // A growth rate in percent, typed as the attribute is; cleared, no line.
    reference: { control: { type: 'text' } },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose documents are set in code: no `src` control. */
const fromData = withoutControls('src');

export const LingyuanZh: Story = {
  name: 'Lingyuan first half (zh)',
  parameters: about("Lingyuan's first half: one bar for each of the six indicators with a published growth rate. Industrial value added has no published value, but its +15.5% still gets a bar; a note counts the 14 indicators without a growth rate."),
};
export const LingyuanEn: Story = {
  name: 'Lingyuan first half (en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same chart in English: title, summary sentence, bar names and data table are all written in English, not translated word for word.'),
};
export const LingyuanSorted: Story = {
  name: 'Lingyuan, sorted fastest first',
  args: { sort: 'desc' },
  parameters: about('`sort="desc"`: fastest growth first, from industrial value added (+15.5%) down to GDP (+3.5%).'),
};
export const LingyuanReference: Story = {
  name: 'Reference line: GDP growth',
  args: { sort: 'desc', reference: '3.5', referenceLabel: '地区生产总值增速' },
  parameters: about("A reference line at Lingyuan's GDP growth (`reference=\"3.5\"`, `reference-label`): the summary counts the indicators above it, and the data table gains a column comparing each with it."),
};
export const LingyuanReferenceEn: Story = {
  name: 'Reference line: GDP growth (en)',
  tags: ['!autodocs'],
  args: { lang: 'en', sort: 'desc', reference: '3.5', referenceLabel: 'GDP growth' },
  parameters: about('The reference line in English: the summary says "5 of 6 above GDP growth (3.5%)".'),
};
export const LingyuanPicked: Story = {
  name: 'Picked indicators, one without a growth rate',
  args: { indicators: 'fixed-asset-investment,gdp,key-projects', lang: 'en' },
  parameters: about('`indicators="fixed-asset-investment,gdp,key-projects"`: bars in the order given; key projects, which have no growth rate, are named in a note rather than drawn as zero.'),
};
export const ShuangtaZh: Story = {
  name: 'Shuangta 2024 Q1 (zh)',
  args: { src: SHUANGTA },
  parameters: about("Shuangta's 2024 Q1: four growth rates, from GDP (+5%) to fixed-asset investment (+21.3%)."),
};
export const ShuangtaEn: Story = {
  name: 'Shuangta 2024 Q1 (en)',
  tags: ['!autodocs'],
  args: { src: SHUANGTA, lang: 'en', palette: 'intl' },
  parameters: about('Shuangta in English with the `intl` palette, where growth is green.'),
};
export const KazuoTargets: Story = {
  name: 'Kazuo 2024 Q1: growth targets',
  args: { src: KAZUO },
  parameters: about("Kazuo's growth targets as markers: fixed-asset investment against the published full-year target of 15%, and above-quota retail against a 12.0% target derived from the published gap, marked 推算."),
};
export const KazuoTargetsEn: Story = {
  name: 'Kazuo 2024 Q1: growth targets (en)',
  tags: ['!autodocs'],
  args: { src: KAZUO, lang: 'en' },
  parameters: about('The targets in English: the derived one reads "Target 12.0% (derived)".'),
};

const THREE = `${KAZUO} ${SHUANGTA} ${LINGYUAN}`;
export const ComparisonZh: Story = {
  name: 'Three regions: fixed-asset investment (zh)',
  args: { src: THREE, indicator: 'fixed-asset-investment' },
  parameters: about('One indicator across three places (three documents in `src`, `indicator="fixed-asset-investment"`): the periods differ (two first quarters, one first half) and the chart says so.'),
};
export const ComparisonEn: Story = {
  name: 'Three regions: fixed-asset investment (en)',
  tags: ['!autodocs'],
  args: { src: THREE, indicator: 'fixed-asset-investment', lang: 'en', sort: 'desc' },
  parameters: about("The comparison in English, fastest first: Shuangta +21.3%, Kazuo +15.7%, Lingyuan +5.6%. Kazuo's target marker comes along."),
};
/** What "Show code" gives for a story drawn from `.data`: the documents set by a script, not pasted inline. */
const DATA_SCRIPT = `<script type="module">
  // Documents as objects: fetched here, or built by your own code. A new array redraws the chart.
  const urls = ['${KAZUO}', '${SHUANGTA}', '${LINGYUAN}'];
  const documents = await Promise.all(urls.map((url) => fetch(url).then((response) => response.json())));
  document.querySelector('sc-growth-bars').data = documents;
</script>`;

export const ComparisonData: Story = {
  name: 'Three regions from .data (retail sales)',
  args: { indicator: 'retail-sales' },
  parameters: {
    docs: {
      description: {
        story:
          'The comparison from three documents given as the `data` property, for retail sales: Lingyuan published it under another name (社会零售品销售总额), and a note says so. "Show code" gives the script that sets `data`.',
      },
      // The inline JSON gives way to the script. Idempotent: on a Docs page Storybook 10 applies a transform twice.
      source: {
        transform: (code: string) =>
          code.includes(DATA_SCRIPT) ? code : `${code.replace(/<script type="application\/json">[\s\S]*?<\/script>/, '')}\n${DATA_SCRIPT}`,
      },
    },
  },
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
export const Negative: Story = {
  name: 'Negative growth (illustrative)',
  parameters: about("Made-up declines on Shuangta's indicators (illustrative): bars go left of the zero line, and the summary counts the falls."),
  argTypes: fromData,
  render: (args) => wide(chart(args, declining())),
};
export const NegativeEn: Story = {
  name: 'Negative growth (illustrative, en, intl)',
  tags: ['!autodocs'],
  args: { lang: 'en', palette: 'intl' },
  parameters: about('The declines in English with the `intl` palette: "Of these, 2 declined".'),
  argTypes: fromData,
  render: (args) => wide(chart(args, declining())),
};
export const NegativeNarrow: Story = {
  name: 'Negative growth, 320 px (illustrative)',
  tags: ['!autodocs'],
  parameters: about('The declines in a 320 px column: the axis keeps only a few ticks.'),
  argTypes: fromData,
  render: (args) => narrow(chart(args, declining())),
};

/**
 * Made-up figures where lower is better: a fall is good news, said under the label and in the names.
 * Two figures where lower is better indeed (energy and water use per unit of output), one falling, one rising.
 */
const lowerIsBetter = () => {
  const doc = declining();
  doc.id = 'illustrative-lower-is-better';
  const [gdp, , , revenue] = doc.indicators!;
  doc.indicators = [
    gdp!,
    {
      id: 'energy-intensity',
      label: { zh: '单位地区生产总值能耗', en: 'Energy use per unit of GDP' },
      period: gdp!.period,
      change: { kind: 'percent', value: -12.6, basis: 'yoy' },
      polarity: 'down-good',
    },
    {
      id: 'water-intensity',
      label: { zh: '万元工业增加值用水量', en: 'Water use per 10,000 yuan of industrial value added' },
      period: gdp!.period,
      change: { kind: 'percent', value: 6.2, basis: 'yoy' },
      polarity: 'down-good',
    },
    revenue!,
  ];
  return doc;
};
export const LowerIsBetter: Story = {
  name: 'Lower is better (illustrative)',
  parameters: about('Made-up figures where lower is better (`polarity: "down-good"`: energy and water use per unit of output, one falling, one rising): 越低越好 is written under their labels and in their names, so the colour is not the only cue.'),
  argTypes: fromData,
  render: (args) => wide(chart(args, lowerIsBetter())),
};
export const LowerIsBetterNarrowEn: Story = {
  name: 'Lower is better, 320 px (illustrative, en, intl)',
  tags: ['!autodocs'],
  args: { lang: 'en', palette: 'intl' },
  parameters: about('Lower is better in English, 320 px, `intl` palette: "Lower is better" under the labels.'),
  argTypes: fromData,
  render: (args) => narrow(chart(args, lowerIsBetter())),
};

/** Made-up rates of other bases among year-on-year growth: one against its target, one on the previous period. */
const mixedBases = () => {
  const doc = declining();
  doc.id = 'illustrative-mixed-bases';
  const [gdp, investment, retail] = doc.indicators!;
  doc.indicators = [gdp!, { ...investment!, change: { kind: 'percent', value: -12.5, basis: 'target' } }, { ...retail!, change: { kind: 'percent', value: 2, basis: 'previous-period' } }];
  return doc;
};
export const MixedBases: Story = {
  name: 'Rates of other bases among year-on-year growth (illustrative)',
  parameters: about('Made-up rates: one against its target and one on the previous period among year-on-year growth. Each says so under its name (比目标, 环比), as the title names no basis for them.'),
  argTypes: fromData,
  render: (args) => wide(chart(args, mixedBases())),
};
export const MixedBasesNarrowEn: Story = {
  name: 'Rates of other bases, 320 px (illustrative, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English at 320 px: "Against target", "On the previous period".'),
  argTypes: fromData,
  render: (args) => narrow(chart(args, mixedBases())),
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
export const LongLabels: Story = {
  name: 'Very long labels (illustrative)',
  parameters: about("Invented long labels on Lingyuan's figures (illustrative): they wrap beside the bars."),
  argTypes: fromData,
  render: (args) => wide(chart(args, longLabels())),
};
export const LongLabelsEn: Story = {
  name: 'Very long labels (illustrative, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The long labels in English, which run longer than the Chinese.'),
  argTypes: fromData,
  render: (args) => wide(chart(args, longLabels())),
};
export const LongLabelsNarrow: Story = {
  name: 'Very long labels, 320 px (illustrative)',
  tags: ['!autodocs'],
  parameters: about('The long Chinese labels in a 320 px column: they move above the bars.'),
  argTypes: fromData,
  render: (args) => narrow(chart(args, longLabels())),
};
export const LongLabelsNarrowEn: Story = {
  name: 'Very long labels, 280 px (illustrative, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The long English labels at 280 px, above the bars and wrapped between words.'),
  argTypes: fromData,
  render: (args) => narrow(chart(args, longLabels()), 280),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  parameters: about("Lingyuan's chart in a 320 px column, as on a phone or in a sidebar."),
  render: (args) => narrow(chart(args)),
};
export const NarrowEn: Story = {
  name: 'Narrow (320 px, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English at 320 px: the longer labels wrap.'),
  render: (args) => narrow(chart(args)),
};
export const NarrowComparisonEn: Story = {
  name: 'Narrow comparison (280 px, en)',
  tags: ['!autodocs'],
  args: { src: THREE, indicator: 'fixed-asset-investment', lang: 'en' },
  parameters: about('The three-region comparison at 280 px in English: each bar keeps its region and its period.'),
  render: (args) => narrow(chart(args), 280),
};
export const Dark: Story = {
  parameters: about('On a dark page (`color-scheme: dark`) with no `theme` attribute: the chart follows the page.'),
  render: (args) => onDark(wide(chart(args))),
};
export const DarkEn: Story = {
  name: 'Dark (en, intl)',
  tags: ['!autodocs'],
  args: { lang: 'en', palette: 'intl' },
  parameters: about('On a dark page, in English, with the `intl` palette.'),
  render: (args) => onDark(wide(chart(args))),
};
export const DarkComparison: Story = {
  name: 'Dark comparison with a target',
  tags: ['!autodocs'],
  args: { src: THREE, indicator: 'fixed-asset-investment' },
  parameters: about("The three-region comparison on a dark page, with Kazuo's target marker."),
  render: (args) => onDark(wide(chart(args))),
};
export const DarkThemeOnLightPage: Story = {
  name: 'theme="dark" on a light page (brings its own background)',
  args: { lang: 'en', theme: 'dark' },
  parameters: about('`theme="dark"` on a light page: the widget paints its own background (`--sc-color-surface`), so its light text never sits on white.'),
  render: (args) => html`<div style="color-scheme: light; background: #fff; padding: 1rem">${narrow(chart(args))}</div>`,
};
export const DarkNarrow: Story = {
  name: 'Dark, 320 px (en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('On a dark page, in English, in a 320 px column.'),
  render: (args) => onDark(narrow(chart(args))),
};
/** A news site's house style for its charts: the palettes' red and green in its own shades keep their meaning. */
const BARS_HOUSE_STYLE = `.house-style sc-growth-bars {
  --sc-font-family: Georgia, "Songti SC", "Noto Serif CJK SC", serif;
  --sc-color-text: #2b2118;
  --sc-color-muted: #5c4a32;
  --sc-color-surface: #f7f3ea;
  --sc-color-border: #d9ccb4;
  --sc-color-red: #a50f15;
  --sc-color-green: #00695c;
  --sc-radius: 0;
}
.house-style sc-growth-bars::part(title) {
  padding-bottom: 6px;
  border-bottom: 2px solid #2b2118;
  font-size: 20px;
}
.house-style sc-growth-bars::part(table-toggle) {
  border-color: #2b2118;
  border-radius: 0;
  background: #2b2118;
  color: #ffffff;
}`;

export const Theming: Story = {
  name: "Theming: the page's house style",
  parameters: about(
    "Lingyuan's chart restyled by the page's own style sheet: custom properties set its font, text and rule colours, and the palettes' red and green in the site's shades (still good and bad news), and `::part(title)` and `::part(table-toggle)` restyle the title and the button. \"Show code\" gives the page's `<style>` to copy.",
  ),
  render: (args) => html`${houseStyle(BARS_HOUSE_STYLE)}
    <div class="house-style">${wide(chart(args))}</div>`,
};
export const Wide: Story = {
  name: 'Wide (1200 px, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about("Lingyuan's chart in English across 1200 px, as on a full-width page."),
  render: (args) => html`<div style="width: 1200px">${chart(args)}</div>`,
};

export const Loading: Story = {
  args: { src: NEVER },
  parameters: loadingStory('While the documents load (here a request that never answers; "Show code" has the real URL): a placeholder as tall as a typical chart of as many bars as `indicators` names (four when it names none), at this width. Reserve the height yourself with `--sc-min-height` to keep an article from moving.', LINGYUAN),
};
export const ErrorNetwork: Story = {
  name: 'Error: failed fetch',
  args: { src: 'data/missing.json' },
  parameters: about("A `src` that answers 404: the chart says so in place, with the URL and the server's answer, and fires `sc-error`."),
};
export const ErrorIndicator: Story = {
  name: 'Error: unknown indicator id',
  args: { indicators: 'gdp,gpd', lang: 'en' },
  parameters: about('A mistyped id in `indicators` (gpd): the error names it and lists the ids the document has.'),
};
export const ErrorParse: Story = {
  name: 'Error: inline JSON that is not valid',
  parameters: about('A `<script type="application/json">` with a trailing comma, as a hand edit in a CMS leaves it: the chart says the JSON cannot be read and where, and fires `sc-error` with kind `parse`.'),
  // Nothing but the language and colours can change what a document that cannot be read shows.
  argTypes: {
    ...withoutControls('src', 'indicators', 'indicator', 'sort', 'reference', 'heading'),
    // Rows keep their attributes' names.
    referenceLabel: { name: 'reference-label', control: { disable: true } },
    headingLevel: { name: 'heading-level', control: { disable: true } },
    hideTargets: { name: 'hide-targets', control: { disable: true } },
    hideSource: { name: 'hide-source', control: { disable: true } },
  },
  render: (args) =>
    html`<sc-growth-bars lang=${args.lang} palette=${args.palette || nothing} theme=${args.theme || nothing}
      ><script type="application/json">
        { "version": 1, "id": "kazuo-2024-q1", }
      </script></sc-growth-bars
    >`,
};
export const ErrorComparison: Story = {
  name: 'Error: comparison without an indicator',
  args: { src: THREE, lang: 'en' },
  parameters: about('Three documents but no `indicator`: the error says a comparison needs one, and lists the ids with a percent change in all three.'),
};

export const Empty: Story = {
  name: 'Empty: a document without growth rates',
  parameters: about('A valid document with no growth rates: a calm "nothing to show" status, and `sc-error` with `empty: true`, so the page can hide the widget.'),
  argTypes: fromData,
  render: (args) => wide(chart(args, emptied())),
};
