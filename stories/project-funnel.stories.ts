import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/project-funnel/define.js';
import type { Pipeline, ScorecardDocument } from '../src/schema/document.js';
import { LINGYUAN, NEVER, documents, emptied, narrow, onDark, sharedArgTypes, headingLevelArgType, wide, withoutControls, about, inlineJson, loadingStory, unlessDefault } from './helpers.js';

interface Args {
  src: string;
  pipeline: string;
  measure: 'count' | 'amount';
  orientation: 'horizontal' | 'vertical';
  lang: 'zh' | 'en';
  palette: 'cn' | 'intl' | '';
  theme: '' | 'light' | 'dark' | 'auto';
  hideSource: boolean;
  headingLevel: string;
}

/** The funnel from the args; given a document, from that (`src` then plays no part: see `fromData`). */
const funnel = ({ src, pipeline, measure, orientation, lang, palette, theme, hideSource, headingLevel }: Args, data?: ScorecardDocument) =>
  html`<sc-project-funnel
    src=${ifDefined(data ? undefined : src)}
    .data=${data}
    pipeline=${pipeline || nothing}
    measure=${unlessDefault(measure, 'count')}
    orientation=${unlessDefault(orientation, 'horizontal')}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    ?hide-source=${hideSource}
    heading-level=${headingLevel || nothing}
  >${inlineJson(data, ['pipelines'])}</sc-project-funnel>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-project-funnel',
  component: 'sc-project-funnel',
  // Variants (the other language, dark, narrow) are tagged !autodocs: in the sidebar, not on the Docs page, which stays short.
  tags: ['autodocs'],
  render: (args) => wide(funnel(args)),
  args: { src: LINGYUAN, pipeline: '', measure: 'count', orientation: 'horizontal', lang: 'zh', palette: '', theme: '', hideSource: false, headingLevel: '' },
  argTypes: {
    ...sharedArgTypes,
    headingLevel: headingLevelArgType,
    // A value that fails in most stories is said so beside the control, not left to look broken.
    measure: {
      control: 'inline-radio',
      options: ['count', 'amount'],
      description:
        "What the stages' widths show: count (projects) or amount (their investment). amount only where the stages have an amount (the stories with illustrative amounts); elsewhere the funnel says which pipeline has none.",
    },
    // The funnel has no rises or falls to colour.
    palette: { ...sharedArgTypes.palette, description: "No effect on the funnel's colours, which have no rises or falls; a value other than cn or intl is still shown as an error." },
    pipeline: { table: { defaultValue: { summary: "the document's first pipeline" } } },
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

export const LingyuanZh: Story = {
  name: 'Lingyuan investment promotion (zh)',
  parameters: about("Lingyuan's investment-promotion projects in the first half: 156 negotiated, 27 signed, 22 landed and started. The conversion rates (17.3%, 81.5%, 14.1%) are computed from the counts, and a note says so."),
};
export const LingyuanEn: Story = {
  name: 'Lingyuan investment promotion (en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same pipeline in English: each rate says what it is a share of ("81.5% of signed", "14.1% of negotiated").'),
};
export const Enclave: Story = {
  name: 'Lingyuan “enclave” projects: separate counts, no rates (pipeline="enclave")',
  args: { pipeline: 'enclave' },
  parameters: about("Lingyuan's enclave projects (`pipeline=\"enclave\"`): 38 under negotiation, 19 newly signed and 18 landed are separate counts, not one group moving on (`rates: false`), so no conversion rate is computed."),
};
export const EnclaveEn: Story = {
  name: 'Lingyuan “enclave” projects (en): separate counts, no rates',
  tags: ['!autodocs'],
  args: { pipeline: 'enclave', lang: 'en' },
  parameters: about('The enclave counts in English, with the note that no rates are computed.'),
};
export const EnclaveVertical: Story = {
  name: 'Lingyuan “enclave” projects, vertical (zh): bars from a common zero',
  args: { pipeline: 'enclave', orientation: 'vertical' },
  parameters: about('Separate counts with `orientation="vertical"`: bars from a common zero, compared as plain counts.'),
};
export const EnclaveNarrow: Story = {
  name: 'Lingyuan “enclave” projects, narrow (280 px, en)',
  tags: ['!autodocs'],
  args: { pipeline: 'enclave', lang: 'en' },
  parameters: about('The enclave counts in a 280 px column: a narrow container always gets a stacked list.'),
  render: (args) => narrow(funnel(args), 280),
};
export const Vertical: Story = {
  name: 'Vertical (zh)',
  args: { orientation: 'vertical' },
  parameters: about('`orientation="vertical"`: each rate sits on the arrow between two stages (↓ 占对接洽谈的17.3%).'),
};
export const VerticalEn: Story = {
  name: 'Vertical (en)',
  tags: ['!autodocs'],
  args: { orientation: 'vertical', lang: 'en' },
  parameters: about('The vertical layout in English (↓ 17.3% of negotiated).'),
};

export const Amounts: Story = {
  name: 'Amounts measure (illustrative amounts; signed > negotiated)',
  args: { measure: 'amount' },
  parameters: about("`measure=\"amount\"`, with made-up investment amounts on Lingyuan's real counts: the rates are by amount, and since the signed amount (96亿元) exceeds the negotiated one (80亿元), a note says the stages do not narrow at every step."),
  argTypes: fromData,
  render: (args) => wide(funnel(args, withAmounts())),
};
export const AmountsEn: Story = {
  name: 'Amounts measure (en, illustrative)',
  tags: ['!autodocs'],
  args: { measure: 'amount', lang: 'en' },
  parameters: about('Amounts in English: 8 billion yuan negotiated, 9.6 billion yuan signed (120.0% of negotiated), 5.2 billion yuan landed and started.'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, withAmounts())),
};
export const CountsWithAmounts: Story = {
  name: 'Counts, with illustrative amounts alongside',
  args: { lang: 'en' },
  parameters: about("The default `measure=\"count\"` on a pipeline that also has (made-up) amounts: rates by count, each stage's amount beside its count."),
  argTypes: fromData,
  render: (args) => wide(funnel(args, withAmounts())),
};
export const LargerLaterStage: Story = {
  name: 'A stage larger than the previous one (illustrative)',
  parameters: about('A made-up pipeline where more projects started (15) than were signed (12), as when some were signed in an earlier period: the rate reads 125.0%, and a note says the stages do not narrow at every step.'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, growing())),
};
export const LargerLaterStageEn: Story = {
  name: 'A stage larger than the previous one (en, illustrative)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English: "Started is larger than signed (125.0%)".'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, growing())),
};
export const MissingAndZero: Story = {
  name: 'A count not published, and zeros (illustrative)',
  parameters: about('Five made-up stages, one count not published (signed) and zeros further on: 未公布 in place of a count, and no rate computed from a missing or zero stage, with notes saying why.'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, gaps())),
};
export const MissingAndZeroEn: Story = {
  name: 'A count not published, and zeros (en, illustrative)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English: "no rate: signed not published", and no rate from a stage of 0.'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, gaps())),
};
/** A last stage so small that its rate rounds to 0.0%: made up. */
const tiny = () =>
  illustrative({
    id: 'tiny',
    label: text('招商引资项目', 'Investment-promotion projects'),
    unit: 'count',
    stages: [
      { label: text('对接洽谈', 'Negotiated'), count: 8600 },
      { label: text('签约', 'Signed'), count: 27 },
      { label: text('投产', 'Producing'), count: 3 },
    ],
  });
export const RateUnderATenth: Story = {
  name: 'A rate under 0.1% (illustrative)',
  parameters: about('Made-up counts, 8,600 negotiated and 3 producing: a rate that rounds to 0.0% but is not none reads 占对接洽谈的不到0.1% ("less than 0.1% of negotiated").'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, tiny())),
};
export const RateUnderATenthNarrowEn: Story = {
  name: 'A rate under 0.1%, 320 px (en, illustrative)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English in a 320 px column, where the stages are rows: "less than 0.1% of negotiated".'),
  argTypes: fromData,
  render: (args) => narrow(funnel(args, tiny())),
};
export const LargerLaterStageNarrow: Story = {
  name: 'A stage larger than the previous one, 320 px (illustrative)',
  tags: ['!autodocs'],
  parameters: about('The made-up larger stage in rows: its rate reads ▲ 125.0%, in place of the arrow down from the stage above, not both.'),
  argTypes: fromData,
  render: (args) => narrow(funnel(args, growing())),
};
export const OneStage: Story = {
  name: 'One stage',
  parameters: about("Only the first stage of Lingyuan's pipeline (156 negotiated): one bar and no rates."),
  argTypes: fromData,
  render: (args) => wide(funnel(args, oneStage())),
};
export const ManyStages: Story = {
  name: 'Ten stages (illustrative)',
  parameters: about('Ten made-up stages: the summary gives the first and last and the lowest stage-to-stage rate, and points to the data table for the rest.'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, tenStages())),
};
export const ManyStagesEn: Story = {
  name: 'Ten stages (en, illustrative)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about(
    'Ten stages in English. The summary reads "Lowest stage-to-stage rate: “Letter of intent”, 41.0% of negotiated"; under each column, a rate says what it is of: "of contacted" after a stage named by a participle, and a quoted name after any other ("of “Letter of intent”").',
  ),
  argTypes: fromData,
  render: (args) => wide(funnel(args, tenStages())),
};

export const Dark: Story = {
  name: 'Dark (zh)',
  parameters: about("Lingyuan's pipeline on a dark page (`color-scheme: dark`), with no `theme` attribute."),
  render: (args) => onDark(wide(funnel(args))),
};
export const DarkEn: Story = {
  name: 'Dark (en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('On a dark page, in English.'),
  render: (args) => onDark(wide(funnel(args))),
};
export const DarkAmounts: Story = {
  name: 'Dark, amounts (en, illustrative)',
  tags: ['!autodocs'],
  args: { lang: 'en', measure: 'amount' },
  parameters: about('Made-up amounts on a dark page, in English; the step up to 120.0% is marked ▲.'),
  argTypes: fromData,
  render: (args) => onDark(wide(funnel(args, withAmounts()))),
};
export const Narrow: Story = {
  name: 'Narrow (280 px, zh)',
  parameters: about("Lingyuan's pipeline in a 280 px column: a stacked list, with the rates on the arrows between stages."),
  render: (args) => narrow(funnel(args), 280),
};
export const NarrowEn: Story = {
  name: 'Narrow (280 px, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The stacked list in English, at 280 px.'),
  render: (args) => narrow(funnel(args), 280),
};
export const NarrowDark: Story = {
  name: 'Narrow (280 px, dark, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The stacked list on a dark page, in English.'),
  render: (args) => onDark(narrow(funnel(args), 280)),
};
export const NarrowAmounts: Story = {
  name: 'Narrow (280 px), amounts (illustrative)',
  tags: ['!autodocs'],
  args: { measure: 'amount' },
  parameters: about('Made-up amounts in a 280 px column, in Chinese (80亿元, 96亿元, 52亿元).'),
  argTypes: fromData,
  render: (args) => narrow(funnel(args, withAmounts()), 280),
};
export const NarrowGaps: Story = {
  name: 'Narrow (280 px), missing and zero (en, illustrative)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The count not published and the zeros, in a 280 px column, in English.'),
  argTypes: fromData,
  render: (args) => narrow(funnel(args, gaps()), 280),
};

export const Loading: Story = {
  args: { src: NEVER },
  parameters: loadingStory('While the document loads (here a request that never answers; "Show code" has the real URL): a placeholder as tall as a three-stage funnel at this width.', LINGYUAN),
};
export const ErrorNetwork: Story = {
  name: 'Error: failed fetch',
  args: { src: 'data/missing.json' },
  parameters: about("A `src` that answers 404: the error is shown in place, with the URL and the server's answer."),
};
export const ErrorPipeline: Story = {
  name: 'Error: unknown pipeline id',
  args: { pipeline: 'enclaves', lang: 'en' },
  parameters: about('A mistyped `pipeline` id (enclaves): the error lists the pipelines the document has (investment-promotion, enclave).'),
};
export const ErrorMeasure: Story = {
  name: 'Error: amount measure without amounts',
  args: { measure: 'amount' },
  parameters: about('`measure="amount"` on a pipeline without amounts: the error says none of its stages has one, rather than drawing empty bars.'),
};

export const Empty: Story = {
  name: 'Empty: a document without pipelines',
  parameters: about('A valid document with no pipelines: a calm "nothing to show" status, and `sc-error` with `empty: true`, so the page can hide the widget.'),
  argTypes: fromData,
  render: (args) => wide(funnel(args, emptied())),
};
