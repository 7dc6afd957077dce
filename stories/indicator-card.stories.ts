import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, withoutControls, about, inlineJson, loadingStory, houseStyle, lastEvent, EVENTS_SCRIPT } from './helpers.js';
import type { Indicator } from '../src/schema/document.js';

interface Args {
  src: string;
  indicator: string;
  lang: 'zh' | 'en';
  palette: 'cn' | 'intl' | '';
  theme: '' | 'light' | 'dark' | 'auto';
  hideSource: boolean;
}

/** The card from the args; given a document, from that (`src` and `indicator` then play no part: see `fromData`). */
const card = ({ src, indicator, lang, palette, theme, hideSource }: Args, data?: unknown) =>
  html`<sc-indicator-card
    .data=${data}
    src=${ifDefined(data ? undefined : src)}
    indicator=${ifDefined(data ? undefined : indicator)}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    ?hide-source=${hideSource}
  >${inlineJson(data, ['indicators'])}</sc-indicator-card>`;

/** A story whose document is set in code (one indicator): no `src` or `indicator` control. */
const fromData = withoutControls('src', 'indicator');
const column = (story: unknown) => html`<div style="max-width:360px">${story}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-indicator-card',
  component: 'sc-indicator-card',
  // Variants (the other language, dark, narrow) are tagged !autodocs: in the sidebar, not on the Docs page, which stays short.
  tags: ['autodocs'],
  render: (args) => column(card(args)),
  args: { src: KAZUO, indicator: 'fixed-asset-investment', lang: 'zh', palette: '', theme: '', hideSource: false },
  argTypes: {
    ...sharedArgTypes,
    indicator: { table: { defaultValue: { summary: "the document's first indicator" } } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const KazuoFixedAssetInvestmentZh: Story = {
  name: 'Kazuo fixed-asset investment (zh, against the full-year target)',
  parameters: about("The card the introduction's snippet shows: Kazuo's fixed-asset investment, 10.7亿元, 同比增长15.7%, and 0.7个百分点 above the full-year growth target of 15%. Value, change, period, target and source in one card."),
};
export const KazuoFixedAssetInvestmentEn: Story = {
  name: 'Kazuo fixed-asset investment (en)',
  tags: ['!autodocs'],
  args: { lang: 'en', palette: 'intl' },
  parameters: about('The same figure in English with the `intl` palette (green for good news): 1.07 billion yuan, up 15.7% year on year, with the target written out in words.'),
};
export const DerivedTarget: Story = {
  name: 'Above-quota retail: target derived from a published gap',
  args: { indicator: 'retail-sales-above-quota' },
  parameters: about('The source published only the gap (2.9个百分点 above the target), not the target: the card derives the 12.0% target and marks it 据此推算 (derived), so it cannot be taken for a published one.'),
};
export const NoValue: Story = {
  name: 'No value published (Lingyuan industrial value added)',
  args: { src: LINGYUAN, indicator: 'industrial-value-added', lang: 'en' },
  parameters: about('Lingyuan published the growth of industrial value added (+15.5%) but not its value: the card says "not published" rather than showing a zero or leaving a gap.'),
};
export const Qualifier: Story = {
  name: 'Qualifier: more than 80% (Shuangta services share)',
  args: { src: SHUANGTA, indicator: 'services-share' },
  parameters: about('A share published with 以上 (above): the card shows 80%以上, qualifier kept, and adds nothing that was not published (no change, no target).'),
};
export const PreciseValue: Story = {
  name: 'Precision kept: 2.0228亿元',
  args: { src: SHUANGTA, indicator: 'general-budget-revenue' },
  parameters: about("Shuangta's general public budget revenue, 2.0228亿元: every published digit is kept, with no rounding."),
};
export const PlanTarget: Story = {
  name: 'Plan without an actual (Lingyuan factory space)',
  args: { src: LINGYUAN, indicator: 'standard-factory-space' },
  parameters: about("A plan with no actual yet: Lingyuan's target of 40万平方米 of standard factory space newly started. The card shows the target alone and invents no value."),
};
export const CeilingTarget: Story = {
  name: 'Ceiling target: 90个工作日以内 (zh and en, 200 px)',
  args: { src: LINGYUAN, indicator: 'approval-days' },
  argTypes: withoutControls('lang'),
  parameters: about(
    "Lingyuan's plan to approve construction projects within 90 working days, published as 90个工作日以内: the `at-most` qualifier reads 目标：90个工作日以内 and \"Target: at most 90 working days\". The target's word has a line of its own above the figure, so that a long one (\"Target by the end of the year:\") never pushes the figure down.",
  ),
  render: (args) => html`<div style="display:grid;grid-template-columns:repeat(2,200px);gap:12px">
    ${card({ ...args, lang: 'zh' })}${card({ ...args, lang: 'en' })}
  </div>`,
};

export const EveryHeadline: Story = {
  name: 'Every headline indicator, by region',
  args: { hideSource: true },
  parameters: about('Every headline indicator of the three documents as cards under their region\'s name, in the language the `lang` control picks. The page names each region and credits the source once, so the cards hide theirs: `::part(region) { display: none; }` and `hide-source`.'),
  argTypes: withoutControls('src', 'indicator'),
  render: (args) => html`<style>
      .by-region sc-indicator-card::part(region) {
        display: none;
      }
    </style>
    ${(
    [
      [KAZUO, { zh: '喀左县', en: 'Kazuo County' }, ['fixed-asset-investment', 'retail-sales', 'retail-sales-above-quota']],
      [LINGYUAN, { zh: '凌源市', en: 'Lingyuan City' }, ['gdp', 'public-budget-revenue', 'fixed-asset-investment', 'industrial-value-added', 'retail-sales', 'rural-income']],
      [SHUANGTA, { zh: '双塔区', en: 'Shuangta District' }, ['gdp', 'fixed-asset-investment', 'retail-sales', 'general-budget-revenue']],
    ] as const
  ).map(
    ([src, region, ids]) => html`<section class="by-region" lang=${args.lang}>
      <h2 style="font: 600 1.125rem/1.4 system-ui, sans-serif; margin: 16px 0 8px">${region[args.lang]}</h2>
      <div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px">
        ${ids.map((id) => card({ ...args, src, indicator: id }))}
      </div>
    </section>`,
  )}`,
};

/** Shuangta's GDP card with made-up `figures` in place of the published ones, labelled illustrative on screen. */
const madeUpGdp = (id: string, figures: Partial<Indicator>) => {
  const doc = documents.shuangta();
  doc.id = id;
  doc.illustrative = true;
  doc.indicators = [{ ...doc.indicators![0]!, ...figures }];
  return doc;
};

const declining = () => madeUpGdp('illustrative-decline', { change: { kind: 'percent', value: -3.2, basis: 'yoy' } });

export const NegativeChange: Story = {
  name: 'Negative change (illustrative)',
  parameters: about("A made-up fall of 3.2% in Shuangta's GDP: ▼ and 同比下降 say it in words, and the card is labelled as illustrative data on screen."),
  argTypes: fromData,
  render: (args) => column(card(args, declining())),
};

/** Trailing zeros as a bulletin prints them (60.30亿元, 增长5.0%), which JSON alone would drop. */
const printedDecimals = () =>
  madeUpGdp('illustrative-printed-decimals', { value: 60.3, decimals: 2, change: { kind: 'percent', value: 5, decimals: 1, basis: 'yoy' } });

export const PrintedDecimals: Story = {
  name: 'Trailing zeros as printed (illustrative)',
  parameters: about('Made-up figures printed with trailing zeros, 60.30亿元 and 增长5.0%: `"decimals": 2` and `"decimals": 1` keep the zeros JSON drops, in English too ("6.030 billion yuan", "up 5.0%").'),
  argTypes: fromData,
  render: (args) => column(card(args, printedDecimals())),
};

/**
 * A made-up fall where lower is better: good news, said in words as well as colour.
 * On a figure where lower is better indeed (energy use per unit of GDP), not on GDP.
 */
const lowerIsBetter = () => {
  const doc = declining();
  doc.id = 'illustrative-lower-is-better';
  const [gdp] = doc.indicators!;
  doc.indicators = [
    {
      id: 'energy-intensity',
      label: { zh: '单位地区生产总值能耗', en: 'Energy use per unit of GDP' },
      period: gdp!.period,
      value: 0.52,
      unit: { zh: '吨标准煤/万元', en: 'tonnes of standard coal per 10,000 yuan' },
      change: { kind: 'percent', value: -3.2, basis: 'yoy' },
      polarity: 'down-good',
    },
  ];
  return doc;
};

export const LowerIsBetter: Story = {
  name: 'Lower is better: a fall is good news (illustrative)',
  parameters: about('A made-up fall of 3.2% in energy use per unit of GDP, where lower is better (`polarity: "down-good"`): the card writes 越低越好 beside the change, so good news is not told by colour alone.'),
  argTypes: fromData,
  render: (args) => column(card(args, lowerIsBetter())),
};
export const LowerIsBetterNarrowEn: Story = {
  ...LowerIsBetter,
  name: 'Lower is better, 160 px (illustrative, en, intl)',
  tags: ['!autodocs'],
  args: { lang: 'en', palette: 'intl' },
  parameters: about('Lower is better in English with the `intl` palette: a long change line, "down 3.2% year on year (lower is better)", in a 160 px column.'),
  render: (args) => narrow(card(args, lowerIsBetter()), 160),
};

/** The same made-up fall against a made-up target of a 3% cut: beating it is falling further. */
const cutTarget = () => {
  const doc = lowerIsBetter();
  doc.indicators = [{ ...doc.indicators![0]!, target: { kind: 'growth', value: -3 } }];
  return doc;
};

export const LowerIsBetterTarget: Story = {
  name: 'Lower is better: a cut target beaten (illustrative)',
  parameters: about('The made-up fall of 3.2% against a made-up target of −3%: where lower is better a deeper cut beats the target, so the card says 优于−3%的目标0.2个百分点 ("beat the −3% target by 0.2 percentage points") and the bar, which measures the cut, passes the marker.'),
  argTypes: fromData,
  render: (args) => column(card(args, cutTarget())),
};

const missed = () => {
  const doc = documents.kazuo();
  doc.illustrative = true;
  doc.indicators = [{ ...doc.indicators![0]!, target: { kind: 'growth', value: 18 } }];
  return doc;
};

export const TargetMissed: Story = {
  name: 'Target missed (illustrative target)',
  parameters: about("Kazuo's real growth (+15.7%) against a made-up 18% target: the card says it is 2.3个百分点 below the target. Labelled illustrative."),
  argTypes: fromData,
  render: (args) => column(card(args, missed())),
};

/** A made-up rate against a made-up planned rate: points apart, not a completion rate. */
const planRate = () =>
  madeUpGdp('illustrative-plan-rate', {
    id: 'occupancy',
    label: { zh: '重点景区客房入住率', en: 'Hotel occupancy at key scenic spots' },
    value: 92,
    unit: 'percent',
    change: undefined,
    target: { kind: 'plan', value: 80 },
  });

export const PlanRate: Story = {
  name: 'A rate against a planned rate (illustrative)',
  parameters: about('A made-up occupancy of 92% against a made-up plan of 80%: a rate against a rate is said in points, 高于计划（80%）12个百分点 ("12 percentage points above the plan of 80%"), not as "115.0% of the plan".'),
  argTypes: fromData,
  render: (args) => column(card(args, planRate())),
};
export const PlanRateNarrowEn: Story = {
  ...PlanRate,
  name: 'A rate against a planned rate, 160 px (illustrative, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English in a 160 px column.'),
  render: (args) => narrow(card(args, planRate()), 160),
};

/** A made-up completion rate, printed without the plan's amount (完成全年计划的63%). */
const planCompletion = () =>
  madeUpGdp('illustrative-plan-completion', {
    id: 'standard-factories',
    label: { zh: '标准化厂房开工面积', en: 'Standard factory space started' },
    value: 12.6,
    unit: '10k-sqm',
    change: undefined,
    target: { kind: 'plan', completion: 63, period: { zh: '全年', en: 'the year' } },
  });

export const PlanCompletion: Story = {
  name: 'A completion rate as published (illustrative)',
  parameters: about("A made-up 12.6万平方米 reported with only its completion rate, 完成全年计划的63%: written as the plan's `completion`, it is shown as printed (\"63% of the plan for the year\") and fills the track to 63 of 100."),
  argTypes: fromData,
  render: (args) => column(card(args, planCompletion())),
};

/** A made-up fall allowed as the target (at most −5%), beaten by a made-up −3%: no bar could show it from zero. */
const fallTarget = () => madeUpGdp('illustrative-fall-target', { change: { kind: 'percent', value: -3, basis: 'yoy' }, target: { kind: 'growth', value: -5 } });

export const FallTargetBeaten: Story = {
  name: 'A fall set as the target, beaten (illustrative)',
  parameters: about('A made-up fall of 3% against a made-up target of −5%: the card says the target was exceeded by 2 points, in words only, as a progress bar from zero would show nothing reached.'),
  argTypes: fromData,
  render: (args) => column(card(args, fallTarget())),
};

export const Loading: Story = {
  args: { src: NEVER },
  parameters: loadingStory('While the document loads (here a request that never answers; "Show code" has the real URL): a placeholder as tall as a card with a one-line label and no target, so the page does not jump when the data arrive.', KAZUO),
};
export const ErrorNetwork: Story = {
  name: 'Error: failed fetch',
  args: { src: 'data/missing.json' },
  parameters: about("A `src` that answers 404: the card says so in place, naming the URL and the server's answer, and fires `sc-error` with kind `network`."),
};
export const ErrorField: Story = {
  name: 'Error: wrong field',
  parameters: about("A document with a wrong value (`change.kind: 'pct'`): the card names the field and the values it accepts, rather than drawing something wrong."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { indicators: { change: { kind: string } }[] };
    doc.indicators[0]!.change.kind = 'pct';
    return column(card(args, doc));
  },
};
export const ErrorWrittenAsPrinted: Story = {
  name: 'Error: values written as printed',
  parameters: about("A document whose author wrote the unit and basis as the newspaper prints them (`unit: '亿元'`, `basis: '同比'`): each error names the key meant, `100m-cny` and `yoy`."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { indicators: { unit: string; change: { basis: string } }[] };
    doc.indicators[0]!.unit = '亿元';
    doc.indicators[0]!.change.basis = '同比';
    return column(card(args, doc));
  },
};
export const ErrorFigureAsText: Story = {
  name: 'Error: a figure written as text',
  parameters: about("A value copied from the paper with its unit (`value: '10.7亿元'`) and a change as printed (`change: '同比增长15.7%'`): each error says what to write instead, `\"value\": 10.7, \"unit\": \"100m-cny\"` and the change as an object."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { indicators: { value: unknown; change: unknown }[] };
    doc.indicators[0]!.value = '10.7亿元';
    doc.indicators[0]!.change = '同比增长15.7%';
    return column(card(args, doc));
  },
};
export const ErrorOtherName: Story = {
  name: 'Error: another name for a field',
  parameters: about("A label's Chinese under `cn` (`{ cn: '固定资产投资', en: … }`): rather than show the English on a Chinese page without a word, the card names the field meant, `zh`."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { indicators: { label: unknown }[] };
    doc.indicators[0]!.label = { cn: '固定资产投资', en: 'Fixed-asset investment' };
    return column(card(args, doc));
  },
};
export const ErrorChangeInPercentOfAmount: Story = {
  name: 'Error: a change in % of an amount',
  parameters: about("An `absolute` change in `percent` of a figure in 亿元 (`{ kind: 'absolute', value: 15.7, unit: 'percent' }`) would read 增加15.7%, as if growth: the card says a growth rate is `\"kind\": \"percent\"`, without a unit."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { indicators: { change: unknown }[] };
    doc.indicators[0]!.change = { kind: 'absolute', value: 15.7, unit: 'percent', basis: 'yoy' };
    return column(card(args, doc));
  },
};
export const ErrorVersion: Story = {
  name: 'Error: a document from a newer version',
  parameters: about('A document written for version 2 of the format: the card says it reads version 1 and asks for a newer scorecard-kit (or `version: 1`, were it written for this one), rather than guess at fields it does not know.'),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { version: number };
    doc.version = 2;
    return column(card(args, doc));
  },
};
export const ErrorEmptyInline: Story = {
  name: 'Error: empty inline JSON script',
  parameters: about('An empty `<script type="application/json">` inside the element, as a CMS editor might leave it: the card says the content is empty instead of valid JSON.'),
  // Inline JSON takes precedence over `src`.
  argTypes: withoutControls('src', 'indicator'),
  render: ({ lang, palette, theme, hideSource }) =>
    column(
      html`<sc-indicator-card lang=${lang} palette=${ifDefined(palette || undefined)} theme=${ifDefined(theme || undefined)} ?hide-source=${hideSource}
        ><script type="application/json"></script
      ></sc-indicator-card>`,
    ),
};
/** The document in a script whose type a CMS changed to text/json: a browser neither runs it nor gives it to the card. */
const textJsonScript = () => html`<script type="text/json">${JSON.stringify(documents.kazuo()).replace(/</g, '\\u003c')}</script>`;
export const ErrorScriptType: Story = {
  name: 'Error: inline JSON without its type',
  parameters: about(
    'The document inside the card, in a script whose `type` the CMS changed to `text/json` (or stripped): the card says the script needs `type="application/json"`, rather than stay an empty box.',
  ),
  argTypes: withoutControls('src', 'indicator'),
  render: ({ lang, palette, theme, hideSource }) =>
    column(
      html`<sc-indicator-card lang=${lang} palette=${ifDefined(palette || undefined)} theme=${ifDefined(theme || undefined)} ?hide-source=${hideSource}
        >${textJsonScript()}</sc-indicator-card
      >`,
    ),
};
export const ErrorOverFallback: Story = {
  name: "Error: failed fetch, with the page's own sentence",
  args: { src: 'data/missing.json' },
  parameters: about(
    'The page put a sentence with the figures inside the card, for readers without JavaScript. The card hides it while it works; when the data cannot be shown (here a `src` that answers 404), it shows the sentence again, above its error.',
  ),
  argTypes: withoutControls('indicator'),
  render: ({ src, lang, palette, theme, hideSource }) =>
    column(
      html`<sc-indicator-card src=${src} lang=${lang} palette=${ifDefined(palette || undefined)} theme=${ifDefined(theme || undefined)} ?hide-source=${hideSource}
        ><p lang="zh-CN">喀左县一季度固定资产投资10.7亿元，同比增长15.7%。</p></sc-indicator-card
      >`,
    ),
};
export const ErrorIndicator: Story = {
  name: 'Error: unknown indicator id',
  args: { indicator: 'gpd', lang: 'en' },
  parameters: about('A mistyped `indicator` id (gpd): the error lists the ids the document has, so the embed code can be fixed.'),
};
export const ErrorMistypedAttribute: Story = {
  name: 'Error: mistyped attribute name',
  parameters: about(
    "`indicater=\"retail-sales\"` for `indicator`: the card would ignore it and show the document's first figure in an article that talks of another. It says which attribute it does not know and the one meant instead.",
  ),
  argTypes: withoutControls('indicator'),
  render: ({ lang, palette, theme, hideSource, src }) =>
    column(
      html`<sc-indicator-card lang=${lang} palette=${ifDefined(palette || undefined)} theme=${ifDefined(theme || undefined)} ?hide-source=${hideSource}
        src=${src} indicater="retail-sales"></sc-indicator-card>`,
    ),
};
/** As EVENTS_SCRIPT does, here by Lit's listener on each card's box (both events bubble out of the card). */
const showLastEvent = (event: Event) => {
  (event.currentTarget as HTMLElement).querySelector('output')!.textContent = lastEvent(event as HTMLElementEventMap['sc-load']);
};

export const Events: Story = {
  name: 'Events: listening for sc-load and sc-error',
  args: { lang: 'en' },
  parameters: {
    docs: {
      description: {
        story:
          "The page's own listeners (`addEventListener('sc-load', …)` and `'sc-error'`) write each card's last event below it: the document loaded, or the error's `kind` and first `path` (the URL of a failed request, the field at fault). \"Show code\" gives the script.",
      },
      // Idempotent: on a Docs page Storybook 10 applies a transform twice (storybookjs/storybook#35889).
      source: { transform: (code: string) => (code.includes(EVENTS_SCRIPT) ? code : `${code}\n${EVENTS_SCRIPT}`) },
    },
  },
  argTypes: withoutControls('src', 'indicator'),
  render: (args) => {
    // A card that loads, one whose request fails, and one given a broken document (a wrong change.kind, as in "Error: wrong field").
    const broken = documents.kazuo() as unknown as { indicators: { change: { kind: string } }[] };
    broken.indicators = [{ ...broken.indicators[0]!, change: { ...broken.indicators[0]!.change, kind: 'pct' } }];
    const cards: [Args, unknown?][] = [
      [{ ...args, src: KAZUO, indicator: 'fixed-asset-investment' }],
      [{ ...args, src: 'data/missing.json', indicator: 'fixed-asset-investment' }],
      [args, broken],
    ];
    return html`<div class="events" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px">
      ${cards.map(
        ([cardArgs, data]) => html`<div @sc-load=${showLastEvent} @sc-error=${showLastEvent}>
          ${card(cardArgs, data)}
          <p style="margin: 8px 0 0; font-size: 14px; overflow-wrap: anywhere">Last event: <output>none yet</output></p>
        </div>`,
      )}
    </div>`;
  },
};
export const Dark: Story = {
  parameters: about('On a dark page (`color-scheme: dark`) with no `theme` attribute: the card follows the page.'),
  render: (args) => onDark(column(card(args))),
};
export const DarkEn: Story = {
  name: 'Dark (en, intl)',
  tags: ['!autodocs'],
  args: { lang: 'en', palette: 'intl' },
  parameters: about('The English card on a dark page, with the `intl` palette.'),
  render: (args) => onDark(column(card(args))),
};
export const Narrow: Story = {
  name: 'Narrow (160 px)',
  parameters: about('The Chinese card in a 160 px column, as in a narrow sidebar.'),
  render: (args) => narrow(card(args), 160),
};
export const NarrowEn: Story = {
  name: 'Narrow (160 px, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The English card in a 160 px column: the same figure needs more words in English.'),
  render: (args) => narrow(card(args), 160),
};
export const NarrowPreciseEn: Story = {
  name: 'Narrow (160 px, en): 202.28 million yuan, broken only between words',
  tags: ['!autodocs'],
  args: { src: SHUANGTA, indicator: 'general-budget-revenue', lang: 'en' },
  parameters: about('202.28 million yuan in a 160 px column: lines break only between words, never between a figure and its magnitude.'),
  render: (args) => narrow(card(args), 160),
};
export const Wide: Story = {
  name: 'Wide (600 px)',
  args: { lang: 'en' },
  parameters: about('The English card in a 600 px container, as in a wide article column.'),
  render: (args) => html`<div style="width:600px">${card(args)}</div>`,
};

/** A news site's house style for its cards. */
const CARD_HOUSE_STYLE = `.house-style sc-indicator-card {
  --sc-font-family: Georgia, "Songti SC", "Noto Serif CJK SC", serif;
  --sc-color-text: #2b2118;
  --sc-color-muted: #5c4a32;
  --sc-color-surface: #f7f3ea;
  --sc-color-border: #7a5c2e;
  --sc-color-progress: #7a5c2e;
  --sc-radius: 0;
  --sc-card-padding: 20px 24px;
  --sc-value-size: 44px;
}
.house-style sc-indicator-card::part(card) {
  border-width: 0 0 0 4px;
}
.house-style sc-indicator-card::part(label) {
  color: #2b2118;
  letter-spacing: 0.08em;
}
.house-style sc-indicator-card::part(target) {
  padding-top: 8px;
  border-top: 1px dashed #7a5c2e;
}`;

export const Theming: Story = {
  name: "Theming: the page's house style",
  parameters: about(
    "The card as it comes, then restyled by the page's own style sheet: custom properties set its font, colours, corners, padding and figure size, and `::part(card)`, `::part(label)` and `::part(target)` reach what they do not cover. \"Show code\" gives the page's `<style>` to copy.",
  ),
  render: (args) => html`${houseStyle(CARD_HOUSE_STYLE)}
    <div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,360px));gap:16px;align-items:start">
      <div style="padding: 16px">${card(args)}</div>
      <div class="house-style">${card(args)}</div>
    </div>`,
};

export const Empty: Story = {
  name: 'Empty: a document without indicators',
  parameters: about('A valid document with no indicators: a calm "nothing to show" status rather than an error, and `sc-error` with `empty: true`, so the page can hide the widget.'),
  argTypes: fromData,
  render: (args) => column(card(args, emptied())),
};
