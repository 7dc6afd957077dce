import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, withoutControls } from './helpers.js';

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
  ></sc-indicator-card>`;

/** A story whose document is set in code (one indicator): no `src` or `indicator` control. */
const fromData = withoutControls('src', 'indicator');
const column = (story: unknown) => html`<div style="max-width:360px">${story}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-indicator-card',
  component: 'sc-indicator-card',
  tags: ['autodocs'],
  render: (args) => column(card(args)),
  args: { src: KAZUO, indicator: 'fixed-asset-investment', lang: 'zh', palette: '', theme: '', hideSource: false },
  argTypes: {
    ...sharedArgTypes,
  },
};
export default meta;
type Story = StoryObj<Args>;

export const KazuoFixedAssetInvestmentZh: Story = { name: 'Kazuo fixed-asset investment (zh, against the full-year target)' };
export const KazuoFixedAssetInvestmentEn: Story = { name: 'Kazuo fixed-asset investment (en)', args: { lang: 'en', palette: 'intl' } };
export const DerivedTarget: Story = { name: 'Above-quota retail: target derived from a published gap', args: { indicator: 'retail-sales-above-quota' } };
export const NoValue: Story = { name: 'No value published (Lingyuan industrial value added)', args: { src: LINGYUAN, indicator: 'industrial-value-added', lang: 'en' } };
export const Qualifier: Story = { name: 'Qualifier: more than 80% (Shuangta services share)', args: { src: SHUANGTA, indicator: 'services-share' } };
export const PreciseValue: Story = { name: 'Precision kept: 2.0228亿元', args: { src: SHUANGTA, indicator: 'general-budget-revenue' } };
export const PlanTarget: Story = { name: 'Plan without an actual (Lingyuan factory space)', args: { src: LINGYUAN, indicator: 'standard-factory-space' } };

/** Every headline indicator of the three documents, in both languages. */
export const EveryHeadline: Story = {
  name: 'Every headline indicator (zh and en)',
  args: { hideSource: true },
  argTypes: withoutControls('src', 'indicator'),
  render: (args) => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px">
    ${[
      [KAZUO, ['fixed-asset-investment', 'retail-sales', 'retail-sales-above-quota']],
      [LINGYUAN, ['gdp', 'public-budget-revenue', 'fixed-asset-investment', 'industrial-value-added', 'retail-sales', 'rural-income']],
      [SHUANGTA, ['gdp', 'fixed-asset-investment', 'retail-sales', 'general-budget-revenue']],
    ].flatMap(([src, ids]) =>
      (ids as string[]).map((id) => card({ ...args, src: src as string, indicator: id })),
    )}
  </div>`,
};

const declining = () => {
  const doc = documents.shuangta();
  doc.id = 'illustrative-decline';
  doc.illustrative = true;
  doc.indicators = [{ ...doc.indicators![0]!, change: { kind: 'percent', value: -3.2, basis: 'yoy' } }];
  return doc;
};

/** A made-up decline, labelled as illustrative on screen. */
export const NegativeChange: Story = {
  name: 'Negative change (illustrative)',
  argTypes: fromData,
  render: (args) => column(card(args, declining())),
};

/** A made-up fall where lower is better: good news, said in words as well as colour. */
const lowerIsBetter = () => {
  const doc = declining();
  doc.id = 'illustrative-lower-is-better';
  doc.indicators = [{ ...doc.indicators![0]!, polarity: 'down-good' }];
  return doc;
};

export const LowerIsBetter: Story = {
  name: 'Lower is better: a fall is good news (illustrative)',
  argTypes: fromData,
  render: (args) => column(card(args, lowerIsBetter())),
};
export const LowerIsBetterNarrowEn: Story = {
  ...LowerIsBetter,
  name: 'Lower is better, 160 px (illustrative, en, intl)',
  args: { lang: 'en', palette: 'intl' },
  render: (args) => narrow(card(args, lowerIsBetter()), 160),
};

const missed = () => {
  const doc = documents.kazuo();
  doc.illustrative = true;
  doc.indicators = [{ ...doc.indicators![0]!, target: { kind: 'growth', value: 18 } }];
  return doc;
};

export const TargetMissed: Story = {
  name: 'Target missed (illustrative target)',
  argTypes: fromData,
  render: (args) => column(card(args, missed())),
};

export const Loading: Story = { args: { src: NEVER } };
export const ErrorNetwork: Story = { name: 'Error: failed fetch', args: { src: 'data/missing.json' } };
export const ErrorField: Story = {
  name: 'Error: wrong field',
  argTypes: fromData,
  render: (args) => {
    const doc = documents.kazuo() as unknown as { indicators: { change: { kind: string } }[] };
    doc.indicators[0]!.change.kind = 'pct';
    return column(card(args, doc));
  },
};
export const ErrorEmptyInline: Story = {
  name: 'Error: empty inline JSON script',
  // Inline JSON takes precedence over `src`.
  argTypes: withoutControls('src', 'indicator'),
  render: ({ lang, palette, theme, hideSource }) =>
    column(
      html`<sc-indicator-card lang=${lang} palette=${ifDefined(palette || undefined)} theme=${ifDefined(theme || undefined)} ?hide-source=${hideSource}
        ><script type="application/json"></script
      ></sc-indicator-card>`,
    ),
};
export const ErrorIndicator: Story = { name: 'Error: unknown indicator id', args: { indicator: 'gpd', lang: 'en' } };
export const Dark: Story = { render: (args) => onDark(column(card(args))) };
export const DarkEn: Story = { name: 'Dark (en, intl)', args: { lang: 'en', palette: 'intl' }, render: (args) => onDark(column(card(args))) };
export const Narrow: Story = { name: 'Narrow (160 px)', render: (args) => narrow(card(args), 160) };
export const NarrowEn: Story = { name: 'Narrow (160 px, en)', args: { lang: 'en' }, render: (args) => narrow(card(args), 160) };
export const NarrowPreciseEn: Story = {
  name: 'Narrow (160 px, en): 202.28 million yuan, broken only between words',
  args: { src: SHUANGTA, indicator: 'general-budget-revenue', lang: 'en' },
  render: (args) => narrow(card(args), 160),
};
export const Wide: Story = { name: 'Wide (600 px)', args: { lang: 'en' }, render: (args) => html`<div style="width:600px">${card(args)}</div>` };

/** A document with no indicators: the card says so in place. */
export const Empty: Story = {
  name: 'Empty: a document without indicators',
  argTypes: fromData,
  render: (args) => column(card(args, emptied())),
};
