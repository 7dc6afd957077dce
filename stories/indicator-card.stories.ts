import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes } from './helpers.js';

interface Args {
  src: string;
  indicator: string;
  lang: 'zh' | 'en';
  palette: 'cn' | 'intl' | '';
  theme: '' | 'light' | 'dark' | 'auto';
  hideSource: boolean;
}

const card = ({ src, indicator, lang, palette, theme, hideSource }: Args) =>
  html`<sc-indicator-card
    src=${src}
    indicator=${indicator}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    ?hide-source=${hideSource}
  ></sc-indicator-card>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-indicator-card',
  component: 'sc-indicator-card',
  tags: ['autodocs'],
  render: (args) => html`<div style="max-width: 360px">${card(args)}</div>`,
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
  render: ({ lang }) => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px">
    ${[
      [KAZUO, ['fixed-asset-investment', 'retail-sales', 'retail-sales-above-quota']],
      [LINGYUAN, ['gdp', 'public-budget-revenue', 'fixed-asset-investment', 'industrial-value-added', 'retail-sales', 'rural-income']],
      [SHUANGTA, ['gdp', 'fixed-asset-investment', 'retail-sales', 'general-budget-revenue']],
    ].flatMap(([src, ids]) =>
      (ids as string[]).map((id) => html`<sc-indicator-card src=${src as string} indicator=${id} lang=${lang} hide-source></sc-indicator-card>`),
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
  render: ({ lang, palette }) => html`<div style="max-width:360px"><sc-indicator-card .data=${declining()} lang=${lang} palette=${ifDefined(palette || undefined)}></sc-indicator-card></div>`,
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
  render: ({ lang, palette }) => html`<div style="max-width:360px"><sc-indicator-card .data=${lowerIsBetter()} lang=${lang} palette=${ifDefined(palette || undefined)}></sc-indicator-card></div>`,
};
export const LowerIsBetterNarrowEn: Story = {
  ...LowerIsBetter,
  name: 'Lower is better, 160 px (illustrative, en, intl)',
  args: { lang: 'en', palette: 'intl' },
  render: ({ lang, palette }) => narrow(html`<sc-indicator-card .data=${lowerIsBetter()} lang=${lang} palette=${ifDefined(palette || undefined)}></sc-indicator-card>`, 160),
};

const missed = () => {
  const doc = documents.kazuo();
  doc.illustrative = true;
  doc.indicators = [{ ...doc.indicators![0]!, target: { kind: 'growth', value: 18 } }];
  return doc;
};

export const TargetMissed: Story = {
  name: 'Target missed (illustrative target)',
  render: ({ lang }) => html`<div style="max-width:360px"><sc-indicator-card .data=${missed()} lang=${lang}></sc-indicator-card></div>`,
};

export const Loading: Story = { args: { src: NEVER } };
export const ErrorNetwork: Story = { name: 'Error: failed fetch', args: { src: 'data/missing.json' } };
export const ErrorField: Story = {
  name: 'Error: wrong field',
  render: ({ lang }) => {
    const doc = documents.kazuo() as unknown as { indicators: { change: { kind: string } }[] };
    doc.indicators[0]!.change.kind = 'pct';
    return html`<div style="max-width:360px"><sc-indicator-card .data=${doc} lang=${lang}></sc-indicator-card></div>`;
  },
};
export const ErrorEmptyInline: Story = {
  name: 'Error: empty inline JSON script',
  render: ({ lang }) => html`<div style="max-width:360px"><sc-indicator-card lang=${lang}><script type="application/json"></script></sc-indicator-card></div>`,
};
export const ErrorIndicator: Story = { name: 'Error: unknown indicator id', args: { indicator: 'gpd', lang: 'en' } };
export const Dark: Story = { render: (args) => onDark(html`<div style="max-width:360px">${card(args)}</div>`) };
export const DarkEn: Story = { name: 'Dark (en, intl)', args: { lang: 'en', palette: 'intl' }, render: (args) => onDark(html`<div style="max-width:360px">${card(args)}</div>`) };
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
  render: ({ lang }) => html`<div style="max-width:360px"><sc-indicator-card .data=${emptied()} lang=${lang}></sc-indicator-card></div>`,
};
