import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import { KAZUO, LINGYUAN, NEVER, SHUANGTA, documents, emptied, narrow, onDark, sharedArgTypes, scorecardHeadingLevelArgType, withoutControls, about, inlineJson, loadingStory, unlessDefault, houseStyle } from './helpers.js';

interface Args {
  src: string;
  lang: 'zh' | 'en';
  palette: '' | 'cn' | 'intl';
  theme: '' | 'light' | 'dark' | 'auto';
  sections: string;
  hideSource: boolean;
  headingLevel: (typeof scorecardHeadingLevelArgType.options)[number];
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
    heading-level=${unlessDefault(headingLevel, '2')}
  >${inlineJson(data)}</sc-scorecard>`;

const meta: Meta<Args> = {
  title: 'Elements/sc-scorecard',
  component: 'sc-scorecard',
  // Variants (the other language, dark, narrow) are tagged !autodocs: in the sidebar, not on the Docs page, which stays short.
  tags: ['autodocs'],
  render: (args) => scorecard(args),
  args: { src: KAZUO, lang: 'zh', palette: '', theme: '', sections: '', hideSource: false, headingLevel: '2' },
  argTypes: {
    ...sharedArgTypes,
    headingLevel: scorecardHeadingLevelArgType,
    src: { control: 'select', options: [KAZUO, LINGYUAN, SHUANGTA] },
    sections: { table: { defaultValue: { summary: 'indicators,growth,pipelines,tourism,projects (each where the document has data for it)' } } },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A story whose document is set in code: no `src` control. */
const fromData = withoutControls('src');

export const KazuoZh: Story = {
  name: 'Kazuo 2024 Q1 (zh)',
  parameters: about("Kazuo's whole 2024 Q1 document: indicator cards in their published groups, growth bars, holiday tourism and key projects. There is no pipeline section, as the document has no pipeline."),
};
export const KazuoEn: Story = {
  name: 'Kazuo 2024 Q1 (en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about("The same scorecard in English; the line above the heading says where the county lies and when (Chaoyang, Liaoning, 2024 Q1)."),
};
export const LingyuanZh: Story = {
  name: 'Lingyuan first half (zh)',
  args: { src: LINGYUAN },
  parameters: about("Lingyuan's first half: cards, growth bars and both project pipelines (investment promotion and enclave); no tourism or project list, which the document does not have."),
};
export const LingyuanEn: Story = {
  name: 'Lingyuan first half (en)',
  tags: ['!autodocs'],
  args: { src: LINGYUAN, lang: 'en' },
  parameters: about("Lingyuan's scorecard in English."),
};
export const ShuangtaZh: Story = {
  name: 'Shuangta 2024 Q1 (zh)',
  args: { src: SHUANGTA },
  parameters: about("Shuangta's 2024 Q1 and spring holidays: cards, growth bars, holiday tourism and key projects."),
};
export const ShuangtaEn: Story = {
  name: 'Shuangta 2024 Q1 (en)',
  tags: ['!autodocs'],
  args: { src: SHUANGTA, lang: 'en' },
  parameters: about("Shuangta's scorecard in English."),
};
export const PickedSections: Story = {
  name: 'Sections picked and ordered: tourism, indicators',
  args: { sections: 'tourism,indicators' },
  parameters: about('`sections="tourism,indicators"`: only those sections, in that order.'),
};
export const Dark: Story = {
  args: { src: SHUANGTA, lang: 'en' },
  parameters: about('Shuangta in English on a dark page (`color-scheme: dark`), with no `theme` attribute.'),
  render: (args) => onDark(scorecard(args)),
};
export const Sidebar: Story = {
  name: 'Narrow sidebar (320 px)',
  args: { src: LINGYUAN },
  parameters: about("Lingyuan's scorecard in a 320 px sidebar."),
  render: (args) => narrow(scorecard(args), 320),
};
export const Wide: Story = {
  name: 'Wide page (1400 px)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about("Kazuo in English across 1400 px: the cards' responsive grid on a wide page."),
  render: (args) => html`<div style="width:1400px">${scorecard(args)}</div>`,
};
export const Phone: Story = {
  name: 'Phone (280 px): one card a row, each at least 160 px',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('Kazuo in English at 280 px: one card a row, each at least 160 px wide.'),
  render: (args) => narrow(scorecard(args), 280),
};
export const PhoneProjects: Story = {
  name: 'Phone (320 px): projects keep their status',
  args: { src: SHUANGTA, lang: 'en', sections: 'projects' },
  parameters: about("Only Shuangta's projects (`sections=\"projects\"`) at 320 px: each project is a block: its name with its status (new, continuing, signed), then its investment after the column's name."),
  render: (args) => narrow(scorecard(args), 320),
};
export const UnderPageHeading: Story = {
  name: 'Under a page heading (heading-level 4)',
  args: { src: LINGYUAN, sections: 'indicators,pipelines', headingLevel: '4' },
  parameters: about("Under a CMS page's own h3: `heading-level=\"4\"` puts the scorecard's heading at level 4, its sections at 5 and card groups at 6, so the page's outline stays right."),
  render: (args) => html`<h3 style="font: 700 1.25rem system-ui; margin: 0 0 1rem">数据发布 · 经济运行</h3>${scorecard(args)}`,
};
/** A page's style for a scorecard: custom properties for what they cover, and the parts it passes on. */
const SCORECARD_HOUSE_STYLE = `.house-style sc-scorecard {
  --sc-font-family: Georgia, "Songti SC", "Noto Serif CJK SC", serif;
  --sc-color-text: #2b2118;
  --sc-color-muted: #5c4a32;
  --sc-color-surface: #f7f3ea;
  --sc-color-border: #7a5c2e;
  --sc-color-accent: #7a5c2e;
  --sc-radius: 0;
}
.house-style sc-scorecard::part(card) {
  border-width: 0 0 0 4px;
}
.house-style sc-scorecard::part(card-label),
.house-style sc-scorecard::part(chart-title) {
  letter-spacing: 0.08em;
}
.house-style sc-scorecard::part(section-title) {
  border-bottom: 1px dashed #7a5c2e;
}`;

export const Theming: Story = {
  name: "Theming: the page's house style",
  args: { src: SHUANGTA, sections: 'indicators,growth' },
  parameters: about(
    "Shuangta's cards and growth bars restyled by the page's own style sheet. Custom properties reach every widget inside; the cards' and charts' parts are passed on renamed, so `::part(card)`, `::part(card-label)` and `::part(chart-title)` reach them through the scorecard. \"Show code\" gives the page's `<style>` to copy.",
  ),
  render: (args) => html`${houseStyle(SCORECARD_HOUSE_STYLE)}<div class="house-style">${scorecard(args)}</div>`,
};

export const Loading: Story = {
  args: { src: NEVER },
  parameters: loadingStory('While the document loads (here a request that never answers; "Show code" has the real URL): 加载中… ("Loading…") in a placeholder laid out as a typical scorecard (20 cards and the growth bars, or the sections `sections` names), taller than the screen, so that what follows it stays out of sight until it arrives.', KAZUO),
};
export const ErrorNetwork: Story = {
  name: 'Error: failed fetch',
  args: { src: 'data/missing.json', lang: 'en' },
  parameters: about("A `src` that answers 404, in English: the error in place, with the URL and the server's answer."),
};
export const ErrorSections: Story = {
  name: 'Error: unknown section',
  args: { sections: 'indicators,charts', lang: 'en' },
  parameters: about('A mistyped section name (charts): the error lists the sections there are.'),
};
export const OneFigure: Story = {
  name: 'A document with one headline figure only',
  parameters: about("A real document cut down to one headline figure (Shuangta's GDP): the scorecard shows only what it has data for."),
  argTypes: fromData,
  render: (args) => {
    const doc = documents.shuangta();
    doc.indicators = doc.indicators!.slice(0, 1);
    delete doc.tourism;
    delete doc.projects;
    return scorecard(args, doc);
  },
};

/** Shuangta's document flagged as made up, to show how a scorecard labels it. */
const illustrativeShuangta = () => ({ ...documents.shuangta(), id: 'illustrative-shuangta', illustrative: true });

export const Illustrative: Story = {
  name: 'A made-up document (illustrative), labelled once',
  parameters: about("Shuangta's document flagged `illustrative`: the scorecard says so once, under its title, and in the credit, not again on each card and chart."),
  argTypes: fromData,
  render: (args) => scorecard(args, illustrativeShuangta()),
};
export const IllustrativeNarrowEn: Story = {
  ...Illustrative,
  name: 'A made-up document, 320 px (illustrative, en)',
  tags: ['!autodocs'],
  args: { lang: 'en' },
  parameters: about('The same in English in a 320 px column: "Illustrative data, not real figures" once, under the title.'),
  render: (args) => narrow(scorecard(args, illustrativeShuangta()), 320),
};

export const NothingToShow: Story = {
  name: 'Empty: a document with no figures',
  args: { lang: 'en' },
  parameters: about('A valid document with no figures at all: a calm "nothing to show" status, and `sc-error` with `empty: true` for the host page.'),
  argTypes: fromData,
  render: (args) => scorecard(args, emptied()),
};
