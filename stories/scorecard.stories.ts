import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, withoutControls } from './helpers.js';

interface Args {
  src: string;
  lang: 'zh' | 'en';
  palette: '' | 'cn' | 'intl';
  theme: '' | 'light' | 'dark' | 'auto';
  sections: string;
  hideSource: boolean;
  headingLevel: number;
}

/** The scorecard from the args; given a document, from that (`src` then plays no part: see `fromData`). */
const scorecard = ({ src, lang, palette, theme, sections, hideSource, headingLevel }: Args, data?: unknown) =>
  html`<sc-scorecard
    .data=${data}
    src=${ifDefined(data ? undefined : src)}
    lang=${lang}
    palette=${ifDefined(palette || undefined)}
    theme=${ifDefined(theme || undefined)}
    sections=${ifDefined(sections || undefined)}
    ?hide-source=${hideSource}
    heading-level=${headingLevel}
  ></sc-scorecard>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-scorecard',
  component: 'sc-scorecard',
  tags: ['autodocs'],
  render: (args) => scorecard(args),
  args: { src: KAZUO, lang: 'zh', palette: '', theme: '', sections: '', hideSource: false, headingLevel: 2 },
  argTypes: {
    ...sharedArgTypes,
    src: { control: 'select', options: [KAZUO, LINGYUAN, SHUANGTA] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose document is set in code: no `src` control. */
const fromData = withoutControls('src');

export const KazuoZh: Story = { name: 'Kazuo 2024 Q1 (zh)' };
export const KazuoEn: Story = { name: 'Kazuo 2024 Q1 (en)', args: { lang: 'en' } };
export const LingyuanZh: Story = { name: 'Lingyuan first half (zh)', args: { src: LINGYUAN } };
export const LingyuanEn: Story = { name: 'Lingyuan first half (en)', args: { src: LINGYUAN, lang: 'en' } };
export const ShuangtaZh: Story = { name: 'Shuangta 2024 Q1 (zh)', args: { src: SHUANGTA } };
export const ShuangtaEn: Story = { name: 'Shuangta 2024 Q1 (en)', args: { src: SHUANGTA, lang: 'en' } };
export const PickedSections: Story = { name: 'Sections picked and ordered: tourism, indicators', args: { sections: 'tourism,indicators' } };
export const Dark: Story = { args: { src: SHUANGTA, lang: 'en' }, render: (args) => onDark(scorecard(args)) };
export const Sidebar: Story = { name: 'Narrow sidebar (320 px)', args: { src: LINGYUAN }, render: (args) => narrow(scorecard(args), 320) };
export const Wide: Story = { name: 'Wide page (1400 px)', args: { lang: 'en' }, render: (args) => html`<div style="width:1400px">${scorecard(args)}</div>` };
export const Phone: Story = { name: 'Phone (280 px): one card a row, each at least 160 px', args: { lang: 'en' }, render: (args) => narrow(scorecard(args), 280) };
export const PhoneProjects: Story = {
  name: 'Phone (320 px): projects keep their status',
  args: { src: SHUANGTA, lang: 'en', sections: 'projects' },
  render: (args) => narrow(scorecard(args), 320),
};
/** In a CMS column under the page's own h3: the scorecard's heading at level 4, sections at 5, card groups at 6. */
export const UnderPageHeading: Story = {
  name: 'Under a page heading (heading-level 4)',
  args: { src: LINGYUAN, sections: 'indicators,pipelines', headingLevel: 4 },
  render: (args) => html`<h3 style="font: 700 1.25rem system-ui; margin: 0 0 1rem">数据发布 · 经济运行</h3>${scorecard(args)}`,
};
export const Loading: Story = { args: { src: NEVER } };
export const ErrorNetwork: Story = { name: 'Error: failed fetch', args: { src: 'data/missing.json', lang: 'en' } };
export const ErrorSections: Story = { name: 'Error: unknown section', args: { sections: 'indicators,charts', lang: 'en' } };
/** A real document cut down to one figure: the scorecard shows only the sections it has data for. */
export const OneFigure: Story = {
  name: 'A document with one headline figure only',
  argTypes: fromData,
  render: (args) => {
    const doc = documents.shuangta();
    doc.indicators = doc.indicators!.slice(0, 1);
    delete doc.tourism;
    delete doc.projects;
    return scorecard(args, doc);
  },
};

/** A valid document with no figures at all: a calm status in place, and sc-error for the host. */
export const NothingToShow: Story = {
  name: 'Empty: a document with no figures',
  args: { lang: 'en' },
  argTypes: fromData,
  render: (args) => scorecard(args, emptied()),
};
