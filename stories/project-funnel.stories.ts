import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/project-funnel/define.js';
import type { Pipeline, ScorecardDocument } from '../src/schema/document.js';
import { LINGYUAN, NEVER, documents, emptied, narrow, onDark, sharedArgTypes, wide, withoutControls } from './helpers.js';

interface Args {
  src: string;
  pipeline: string;
  measure: 'count' | 'amount';
  orientation: 'horizontal' | 'vertical';
  lang: 'zh' | 'en';
  palette: 'cn' | 'intl' | '';
  theme: '' | 'light' | 'dark' | 'auto';
  hideSource: boolean;
}

/** The funnel from the args; given a document, from that (`src` then plays no part: see `fromData`). */
const funnel = ({ src, pipeline, measure, orientation, lang, palette, theme, hideSource }: Args, data?: ScorecardDocument) =>
  html`<sc-project-funnel
    src=${ifDefined(data ? undefined : src)}
    .data=${data}
    pipeline=${pipeline || undefined}
    measure=${measure}
    orientation=${orientation}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    ?hide-source=${hideSource}
  ></sc-project-funnel>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-project-funnel',
  component: 'sc-project-funnel',
  tags: ['autodocs'],
  render: (args) => wide(funnel(args)),
  args: { src: LINGYUAN, pipeline: '', measure: 'count', orientation: 'horizontal', lang: 'zh', palette: '', theme: '', hideSource: false },
  argTypes: {
    ...sharedArgTypes,
    measure: { control: 'inline-radio', options: ['count', 'amount'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose document is set in code: no `src` control. */
const fromData = withoutControls('src');

/** A copy of the Lingyuan document with one made-up pipeline, flagged illustrative. */
const illustrative = (pipeline: Pipeline): ScorecardDocument => {
  const doc = documents.lingyuan();
  doc.id = `illustrative-${pipeline.id}`;
  doc.illustrative = true;
  doc.pipelines = [pipeline];
  return doc;
};

const text = (zh: string, en: string) => ({ zh, en });

/** Lingyuan's real counts with made-up investment amounts; the signed amount exceeds the negotiated one. */
const withAmounts = () => {
  const real = documents.lingyuan().pipelines![0]!;
  const amounts = [80, 96, 52];
  return illustrative({
    ...real,
    stages: real.stages.map((stage, index) => ({ ...stage, amount: { value: amounts[index]!, unit: '100m-cny' as const } })),
  });
};

/** More projects started than signed in the period (some were signed earlier): made up. */
const growing = () =>
  illustrative({
    id: 'growing',
    label: text('重点项目', 'Key projects'),
    unit: 'count',
    stages: [
      { label: text('签约', 'Signed'), count: 12 },
      { label: text('开工', 'Started'), count: 15 },
      { label: text('投产', 'Producing'), count: 9 },
    ],
  });

/** A count not published and zeros further on: made up. */
const gaps = () =>
  illustrative({
    id: 'gaps',
    label: text('招商引资项目', 'Investment-promotion projects'),
    unit: 'count',
    stages: [
      { label: text('对接洽谈', 'Negotiated'), count: 156 },
      { label: text('签约', 'Signed'), count: null },
      { label: text('落地开工', 'Landed and started'), count: 22 },
      { label: text('投产', 'Producing'), count: 0 },
      { label: text('达产', 'At full capacity'), count: 0 },
    ],
  });

/** Only the first stage of the real pipeline. */
const oneStage = () => {
  const doc = documents.lingyuan();
  const real = doc.pipelines![0]!;
  doc.pipelines = [{ ...real, stages: [real.stages[0]!] }];
  return doc;
};

/** Ten stages: made up. */
const tenStages = () => {
  const names: [string, string][] = [
    ['项目线索', 'Identified'],
    ['初步接洽', 'Contacted'],
    ['实地考察', 'Visited on site'],
    ['对接洽谈', 'Negotiated'],
    ['意向协议', 'Letter of intent'],
    ['正式签约', 'Signed'],
    ['注册落地', 'Registered'],
    ['开工建设', 'Under construction'],
    ['竣工投产', 'Producing'],
    ['达产达效', 'At full capacity'],
  ];
  const counts = [420, 310, 188, 156, 64, 27, 25, 22, 14, 9];
  return illustrative({
    id: 'ten',
    label: text('招商引资全流程', 'Investment promotion, every stage'),
    unit: 'count',
    stages: names.map(([zh, en], index) => ({ label: text(zh, en), count: counts[index]! })),
  });
};

export const LingyuanZh: Story = { name: 'Lingyuan investment promotion (zh)' };
export const LingyuanEn: Story = { name: 'Lingyuan investment promotion (en)', args: { lang: 'en' } };
export const Enclave: Story = {
  name: 'Lingyuan “enclave” projects: separate counts, no rates (pipeline="enclave")',
  args: { pipeline: 'enclave' },
};
export const EnclaveEn: Story = { name: 'Lingyuan “enclave” projects (en): separate counts, no rates', args: { pipeline: 'enclave', lang: 'en' } };
export const EnclaveVertical: Story = {
  name: 'Lingyuan “enclave” projects, vertical (zh): bars from a common zero',
  args: { pipeline: 'enclave', orientation: 'vertical' },
};
export const EnclaveNarrow: Story = {
  name: 'Lingyuan “enclave” projects, narrow (280 px, en)',
  args: { pipeline: 'enclave', lang: 'en' },
  render: (args) => narrow(funnel(args), 280),
};
export const Vertical: Story = { name: 'Vertical (zh)', args: { orientation: 'vertical' } };
export const VerticalEn: Story = { name: 'Vertical (en)', args: { orientation: 'vertical', lang: 'en' } };

export const Amounts: Story = {
  name: 'Amounts measure (illustrative amounts; signed > negotiated)',
  args: { measure: 'amount' },
  argTypes: fromData,
  render: (args) => wide(funnel(args, withAmounts())),
};
export const AmountsEn: Story = {
  name: 'Amounts measure (en, illustrative)',
  args: { measure: 'amount', lang: 'en' },
  argTypes: fromData,
  render: (args) => wide(funnel(args, withAmounts())),
};
export const CountsWithAmounts: Story = {
  name: 'Counts, with illustrative amounts alongside',
  args: { lang: 'en' },
  argTypes: fromData,
  render: (args) => wide(funnel(args, withAmounts())),
};
export const LargerLaterStage: Story = {
  name: 'A stage larger than the previous one (illustrative)',
  argTypes: fromData,
  render: (args) => wide(funnel(args, growing())),
};
export const LargerLaterStageEn: Story = {
  name: 'A stage larger than the previous one (en, illustrative)',
  args: { lang: 'en' },
  argTypes: fromData,
  render: (args) => wide(funnel(args, growing())),
};
export const MissingAndZero: Story = {
  name: 'A count not published, and zeros (illustrative)',
  argTypes: fromData,
  render: (args) => wide(funnel(args, gaps())),
};
export const MissingAndZeroEn: Story = {
  name: 'A count not published, and zeros (en, illustrative)',
  args: { lang: 'en' },
  argTypes: fromData,
  render: (args) => wide(funnel(args, gaps())),
};
export const OneStage: Story = { name: 'One stage', argTypes: fromData, render: (args) => wide(funnel(args, oneStage())) };
export const ManyStages: Story = { name: 'Ten stages (illustrative)', argTypes: fromData, render: (args) => wide(funnel(args, tenStages())) };
export const ManyStagesEn: Story = { name: 'Ten stages (en, illustrative)', args: { lang: 'en' }, argTypes: fromData, render: (args) => wide(funnel(args, tenStages())) };

export const Dark: Story = { name: 'Dark (zh)', render: (args) => onDark(wide(funnel(args))) };
export const DarkEn: Story = { name: 'Dark (en)', args: { lang: 'en' }, render: (args) => onDark(wide(funnel(args))) };
export const DarkAmounts: Story = {
  name: 'Dark, amounts (en, illustrative)',
  args: { lang: 'en', measure: 'amount' },
  argTypes: fromData,
  render: (args) => onDark(wide(funnel(args, withAmounts()))),
};
export const Narrow: Story = { name: 'Narrow (280 px, zh)', render: (args) => narrow(funnel(args), 280) };
export const NarrowEn: Story = { name: 'Narrow (280 px, en)', args: { lang: 'en' }, render: (args) => narrow(funnel(args), 280) };
export const NarrowDark: Story = { name: 'Narrow (280 px, dark, en)', args: { lang: 'en' }, render: (args) => onDark(narrow(funnel(args), 280)) };
export const NarrowAmounts: Story = {
  name: 'Narrow (280 px), amounts (illustrative)',
  args: { measure: 'amount' },
  argTypes: fromData,
  render: (args) => narrow(funnel(args, withAmounts()), 280),
};
export const NarrowGaps: Story = {
  name: 'Narrow (280 px), missing and zero (en, illustrative)',
  args: { lang: 'en' },
  argTypes: fromData,
  render: (args) => narrow(funnel(args, gaps()), 280),
};

export const Loading: Story = { args: { src: NEVER } };
export const ErrorNetwork: Story = { name: 'Error: failed fetch', args: { src: 'data/missing.json' } };
export const ErrorPipeline: Story = { name: 'Error: unknown pipeline id', args: { pipeline: 'enclaves', lang: 'en' } };
export const ErrorMeasure: Story = { name: 'Error: amount measure without amounts', args: { measure: 'amount' } };

/** A document with no pipelines: the element says so in place. */
export const Empty: Story = {
  name: 'Empty: a document without pipelines',
  argTypes: fromData,
  render: (args) => wide(funnel(args, emptied())),
};
