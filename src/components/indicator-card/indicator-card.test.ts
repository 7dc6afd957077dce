import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './define.js';
import type { ScIndicatorCard } from './indicator-card.component.js';
import { CJK_FONT, glyphOf, KAZUO, LINGYUAN, SHUANGTA, failed, inBox, jsonScript, loadDemo, loaded, loadedFrom, partText, stubFetch, until, visualLines, withEvents } from '../../../tests/helpers.js';
import { progressGeometry } from './progress.js';
import { figureEms } from './figure-fit.js';
import { clearDocumentCache } from '../../data/fetch.js';

const sentence = (card: ScIndicatorCard) => partText(card, '.visually-hidden');

describe('sc-indicator-card', () => {
  it('shows the Kazuo fixed-asset investment from src, in Chinese', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=label]')).to.equal('固定资产投资');
    expect(partText(card, '[part=value]')).to.equal('10.7亿元');
    expect(partText(card, '[part=change]')).to.equal('▲同比增长15.7%');
    // On its own, a card says whose figure it is: three regions publish fixed-asset investment.
    expect(partText(card, '[part=period]')).to.equal('喀左县 · 2024年一季度');
    expect(partText(card, '[part=region]')).to.equal('喀左县 ·');
    expect(partText(card, '[part=target]')).to.equal('增速高于2024年全年15%的目标0.7个百分点');
    expect(sentence(card)).to.equal('固定资产投资：10.7亿元，同比增长15.7%（喀左县，2024年一季度）。增速高于2024年全年15%的目标0.7个百分点。');
    await expect(card).to.be.accessible();
    // A page about Kazuo alone may hide the region, and its dot with it.
    const style = document.createElement('style');
    style.textContent = '.about-kazuo::part(region) { display: none; }';
    document.head.append(style);
    card.classList.add('about-kazuo');
    expect((card.shadowRoot!.querySelector('[part=period]') as HTMLElement).innerText.trim()).to.equal('2024年一季度');
    style.remove();
  });

  it('converts magnitudes in English', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    expect(partText(card, '[part=change]')).to.equal('▲up 15.7% year on year');
    expect(partText(card, '[part=target]')).to.equal('0.7 percentage points above the 15% growth target for full year 2024');
    expect(sentence(card)).to.equal(
      'Fixed-asset investment: 1.07 billion yuan, up 15.7% year on year (Kazuo County, 2024 Q1). 0.7 percentage points above the 15% growth target for full year 2024.',
    );
  });

  it('keeps a short aside in brackets whole: （越低越好）, not （越 / 低越好）', async () => {
    const doc = await loadDemo(LINGYUAN);
    const indicator = doc.indicators!.find((item) => item.id === 'gdp')!;
    indicator.label = '规上工业产能利用率';
    indicator.change = { kind: 'points', value: -0.3, basis: 'yoy' };
    indicator.polarity = 'down-good';
    const card = await inBox<ScIndicatorCard>(180, html`<sc-indicator-card lang="zh" .data=${doc} indicator="gdp" style=${`font-family: ${CJK_FONT}`}></sc-indicator-card>`);
    for (const width of [180, 240]) {
      (card.parentElement as HTMLElement).style.width = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const lines = visualLines(card.shadowRoot!.querySelector('[part=change]')!);
      expect(lines.at(-1), `${width} px: ${lines.join(' / ')}`).to.match(/（越低越好）$/);
      expect(lines.join(''), `${width} px`).to.equal('▼同比下降0.3个百分点（越低越好）');
    }
    // Wider than its line (twice the text size in the narrowest card), the aside breaks rather than run out of the card.
    document.documentElement.style.fontSize = '200%';
    try {
      (card.parentElement as HTMLElement).style.width = '160px';
      await until(() => card.getBoundingClientRect().width === 160, 'the card to narrow');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const { right } = card.shadowRoot!.querySelector('[part=card]')!.getBoundingClientRect();
      const aside = card.shadowRoot!.querySelector('[part=change] .aside')!;
      expect(aside.getBoundingClientRect().right).to.be.at.most(right);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('shows a figure and its change with the trailing zeros they were printed with (decimals)', async () => {
    const doc = await loadDemo(LINGYUAN);
    Object.assign(doc.indicators!.find((item) => item.id === 'gdp')!, { value: 60.3, decimals: 2, change: { kind: 'percent', value: 5, decimals: 1, basis: 'yoy' } });
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${doc} indicator="gdp"></sc-indicator-card>`);
    await loaded(card);
    expect([partText(card, '[part=value]'), partText(card, '[part=change]')]).to.deep.equal(['60.30亿元', '▲同比增长5.0%']);
    card.lang = 'en';
    await card.updateComplete;
    expect([partText(card, '[part=value]'), partText(card, '[part=change]')]).to.deep.equal(['6.030 billion yuan', '▲up 5.0% year on year']);
  });

  it('keeps a narrow English figure with its magnitude, and a Chinese unit whole', async () => {
    const value = (card: ScIndicatorCard) => visualLines(card.shadowRoot!.querySelector('[part=value]')!);
    const en = await inBox<ScIndicatorCard>(160, html`<sc-indicator-card lang="en" src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card>`);
    expect(value(en)).to.deep.equal(['202.28 million', 'yuan']);
    // In a wider face the figure and its magnitude may not fit together: then the unit's words go down together, on two lines, not three.
    const sans = await inBox<ScIndicatorCard>(160, html`<div style="font-family: 'DejaVu Sans', sans-serif"><sc-indicator-card lang="en" src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card></div>`);
    expect(value(sans)).to.have.length(2);
    // Narrower than the 160 px a card is made for: words still break only between them.
    for (const width of [110, 130]) {
      for (const [src, indicator] of [[SHUANGTA, 'general-budget-revenue'], [LINGYUAN, 'rural-income']] as const) {
        const narrow = await inBox<ScIndicatorCard>(width, html`<sc-indicator-card lang="en" src=${src} indicator=${indicator}></sc-indicator-card>`);
        const lines = value(narrow);
        const words = partText(narrow, '[part=value]').split(' ');
        expect(lines.flatMap((line) => line.split(' ')), `${width} px: ${lines.join(' / ')}`).to.deep.equal(words);
      }
    }
    const zh = await inBox<ScIndicatorCard>(160, html`<sc-indicator-card lang="zh" src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card>`);
    expect(value(zh)).to.deep.equal(['2.0228亿元']);
  });

  // One test per text size and language: each lays out every figure of the three documents.
  for (const size of ['150%', '200%']) {
    for (const lang of ['zh', 'en'] as const) {
      it(`never breaks inside a figure: in a narrow card at a reader's larger text (${size}, ${lang}), the figure shrinks to fit`, async () => {
        const root = document.documentElement;
        root.style.fontSize = size;
        try {
          for (const src of [KAZUO, LINGYUAN, SHUANGTA]) {
            const document = await loadDemo(src);
            for (const { id, value } of document.indicators ?? []) {
              if (typeof value !== 'number') continue;
              const card = await inBox<ScIndicatorCard>(180, html`<sc-indicator-card lang=${lang} .data=${document} indicator=${id}></sc-indicator-card>`);
              const number = card.shadowRoot!.querySelector('[part=value] .number');
              if (!number) continue;
              const what = `${size} ${lang} ${id}: ${visualLines(number).join(' / ')}`;
              expect(visualLines(number), what).to.have.length(1);
              const box = card.shadowRoot!.querySelector('[part=card]')!.getBoundingClientRect();
              expect(number.getBoundingClientRect().right, what).to.be.at.most(box.right);
              card.parentElement!.remove();
            }
          }
        } finally {
          root.style.fontSize = '';
        }
      });
    }
  }

  it('keeps the size a narrow card gives its figure at the default text size', async () => {
    const card = await inBox<ScIndicatorCard>(180, html`<sc-indicator-card lang="en" src=${KAZUO} indicator="start-up-costs-cut"></sc-indicator-card>`);
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part=value] .number')!).fontSize).to.equal('24px');
  });

  it('takes --sc-card-padding at every width, a narrow card too', async () => {
    for (const width of [180, 400]) {
      const card = await inBox<ScIndicatorCard>(width, html`<sc-indicator-card lang="en" src=${KAZUO} indicator="fixed-asset-investment" style="--sc-card-padding: 30px"></sc-indicator-card>`);
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part=card]')!).padding, `${width} px`).to.equal('30px');
    }
    // Unset, a narrow card has less than a wide one.
    const narrow = await inBox<ScIndicatorCard>(180, html`<sc-indicator-card lang="en" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
    expect(getComputedStyle(narrow.shadowRoot!.querySelector('[part=card]')!).padding).to.equal('10px 12px');
  });

  it('wraps a label without leaving one character or word alone on its last line', async () => {
    let wrapped = 0;
    for (const [lang, src, indicator] of [['zh', KAZUO, 'legal-cadres'], ['zh', KAZUO, 'firms-paired'], ['en', LINGYUAN, 'one-trip-services']] as const) {
      for (let width = 160; width <= 320; width += 8) {
        const card = await inBox<ScIndicatorCard>(width, html`<sc-indicator-card lang=${lang} src=${src} indicator=${indicator}></sc-indicator-card>`);
        const lines = visualLines(card.shadowRoot!.querySelector('[part=label]')!);
        if (lines.length > 1) wrapped += 1;
        const last = lines.at(-1)!.trim();
        expect(lang === 'zh' ? last.length : last.split(' ').length, `${width} px: ${lines.join(' / ')}`).to.be.greaterThan(1);
        card.parentElement!.remove();
      }
    }
    expect(wrapped, 'labels that wrap').to.be.greaterThan(10);
  });

  it('sets English quotation marks at their own width in a page whose font is Chinese', async function () {
    const quoteWidth = async (lang: 'zh' | 'en') => {
      const card = await inBox<ScIndicatorCard>(400, html`<div style="font-family: ${CJK_FONT}"><sc-indicator-card lang=${lang} src=${LINGYUAN} indicator="one-trip-services"></sc-indicator-card></div>`);
      return glyphOf(card.shadowRoot!.querySelector('[part=label]')!, '“').em;
    };
    // Only where a Chinese font is installed: its quotation marks are full width (as Chinese sets them).
    if ((await quoteWidth('zh')) < 0.9) this.skip();
    expect(await quoteWidth('en')).to.be.below(0.6);
  });

  it('keeps full-width brackets in a run of Chinese within English (only the English is set proportionally)', async function () {
    const doc = await loadDemo(KAZUO);
    doc.indicators![0]!.label = { zh: '固定资产投资（2024年）', en: 'Investment （2024年）' };
    // The width of the opening bracket in the label, in ems.
    const bracketWidth = async (lang: 'zh' | 'en') => {
      const card = await inBox<ScIndicatorCard>(400, html`<div style="font-family: ${CJK_FONT}"><sc-indicator-card lang=${lang} .data=${doc} indicator="fixed-asset-investment"></sc-indicator-card></div>`);
      await loaded(card);
      return glyphOf(card.shadowRoot!.querySelector('[part=label]')!, '（').em;
    };
    // Only where a Chinese font is installed: its brackets are full width, as Chinese sets them.
    const chinese = await bracketWidth('zh');
    if (chinese < 0.9) this.skip();
    expect(await bracketWidth('en')).to.be.closeTo(chinese, 0.05);
  });

  it('gives a unit that goes down to its own line a line of its own size, not the figure\'s', async () => {
    const en = await inBox<ScIndicatorCard>(160, html`<sc-indicator-card lang="en" src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card>`);
    const value = en.shadowRoot!.querySelector('[part=value]')!;
    expect(visualLines(value)).to.have.length(2);
    const size = (selector: string) => parseFloat(getComputedStyle(value.querySelector(selector) ?? value).fontSize);
    const [figure, unit] = [size('.number'), size(':scope')];
    expect(unit).to.be.lessThan(figure * 0.7);
    // One line as tall as the figure, one as tall as the unit ("202.28 million" / "yuan").
    expect(value.getBoundingClientRect().height).to.be.at.most((figure + unit) * 1.15 + 2);
  });

  it('lines up the change of a card without a figure with the change of a card beside it', async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px; width: 640px" lang="zh">
      <sc-indicator-card style="flex: 1" src=${LINGYUAN} indicator="gdp"></sc-indicator-card>
      <sc-indicator-card style="flex: 1" src=${LINGYUAN} indicator="industrial-value-added"></sc-indicator-card>
    </div>`);
    const [figure, missing] = [...row.querySelectorAll<ScIndicatorCard>('sc-indicator-card')];
    await Promise.all([loaded(figure!), loaded(missing!)]);
    expect(partText(missing!, '[part=value]')).to.equal('未公布');
    const top = (card: ScIndicatorCard) => card.shadowRoot!.querySelector('[part=change]')!.getBoundingClientRect().top;
    expect(top(missing!)).to.be.closeTo(top(figure!), 2);
  });

  it('never breaks a Chinese figure from its unit, inside 百分点, nor a year from its 年, at any width or text size', async () => {
    const root = document.documentElement;
    try {
      for (const size of ['', '200%']) {
        root.style.fontSize = size;
        for (let width = 160; width <= 320; width += 4) {
          const card = await inBox<ScIndicatorCard>(width, html`<sc-indicator-card lang="zh" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
          const lines = visualLines(card.shadowRoot!.querySelector('[part=target]')!);
          const shown = `${size} ${width} px: ${lines.join(' / ')}`;
          expect(lines.some((line) => line.includes('0.7个百分点')), shown).to.equal(true);
          expect(lines.some((line) => line.includes('2024年')), shown).to.equal(true);
          // The region and the period break apart at the dot, each whole where it fits a line: never 2024年一 / 季度.
          // (At twice the text size in a narrow card, 2024年一季度 can be wider than a line: it breaks, after the dot.)
          const meta = visualLines(card.shadowRoot!.querySelector('[part=period]')!).map((line) => line.replace(/\s+/g, ' ').trim());
          if (size) expect(['喀左县 ·', '喀左县 · 2024年一季度'], `${size} ${width} px: ${meta.join(' / ')}`).to.include(meta[0]);
          else expect(['喀左县 · 2024年一季度', '喀左县 · / 2024年一季度'], `${size} ${width} px`).to.include(meta.join(' / '));
          card.parentElement!.remove();
        }
      }
    } finally {
      root.style.fontSize = '';
    }
  });

  it('never breaks a range of months at its dash (1 / —3月)', async () => {
    const root = document.documentElement;
    try {
      for (const size of ['', '200%']) {
        root.style.fontSize = size;
        for (let width = 160; width <= 320; width += 8) {
          const card = await inBox<ScIndicatorCard>(width, html`<sc-indicator-card lang="zh" src=${KAZUO} indicator="retail-sales-above-quota"></sc-indicator-card>`);
          const meta = visualLines(card.shadowRoot!.querySelector('[part=period]')!);
          expect(meta.some((line) => line.includes('1—3月')), `${size} ${width} px: ${meta.join(' / ')}`).to.equal(true);
          card.parentElement!.remove();
        }
      }
    } finally {
      root.style.fontSize = '';
    }
  });

  it('never leaves an English unit symbol alone at the start of a line', async () => {
    for (let width = 160; width <= 320; width += 4) {
      const card = await inBox<ScIndicatorCard>(width, html`<sc-indicator-card lang="en" src=${LINGYUAN} indicator="standard-factory-space"></sc-indicator-card>`);
      // No value yet, only the plan: the plan is the figure shown.
      const lines = visualLines(card.shadowRoot!.querySelector('[part=value]')!);
      expect(lines.join(' ').replace(/\s+/g, ' '), `${width} px`).to.equal('400,000 m²');
      expect(lines.some((line) => line.trim().startsWith('m²')), `${width} px: ${lines.join(' / ')}`).to.equal(false);
      card.parentElement!.remove();
    }
  });

  it('starts an English target line with a capital', async () => {
    const doc = await loadDemo(KAZUO);
    doc.indicators![0]!.target = { kind: 'growth', value: 15.7, period: { zh: '2024年全年', en: 'full year 2024' } };
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc} indicator=${doc.indicators![0]!.id}></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=target]')).to.equal('In line with the 15.7% growth target for full year 2024');
  });

  it('writes an English period in lower case mid-sentence, and capitalises it where it starts a line', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${LINGYUAN} indicator="gdp"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=period]')).to.equal('Lingyuan City · First half (to end of June)');
    expect(sentence(card)).to.equal('GDP: 7.76 billion yuan, up 3.5% year on year (Lingyuan City, first half, to end of June).');
  });

  it('takes the language from the nearest ancestor, zh-CN counting as zh', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"><sc-indicator-card src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card></div>`);
    const card = wrapper.querySelector('sc-indicator-card')!;
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('2.0228亿元');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await card.updateComplete;
    expect(partText(card, '[part=value]')).to.equal('202.28 million yuan');
  });

  it('reads an ancestor\'s zh_CN (an underscore, a common slip) as Chinese', async () => {
    const wrapper = await fixture(html`<div lang="zh_CN"><sc-indicator-card src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card></div>`);
    const card = wrapper.querySelector('sc-indicator-card')!;
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('2.0228亿元');
  });

  it("takes the browser's language under an ancestor in another language (a page in Mongolian), or with such a lang of its own", async () => {
    const language = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language')!;
    Object.defineProperty(navigator, 'language', { get: () => 'zh-CN', configurable: true });
    try {
      const wrapper = await fixture(html`<div lang="mn"><sc-indicator-card src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card></div>`);
      const card = wrapper.querySelector('sc-indicator-card')!;
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('2.0228亿元');
      // Its own lang is what it says, whatever the browser's.
      card.setAttribute('lang', 'en');
      await card.updateComplete;
      expect(partText(card, '[part=value]')).to.equal('202.28 million yuan');
      // Its own lang in another language (a CMS that sets the page's on each widget) counts as an ancestor's would.
      card.setAttribute('lang', 'mn');
      await card.updateComplete;
      expect(partText(card, '[part=value]'), 'its own lang="mn"').to.equal('2.0228亿元');
      expect(card.language).to.equal('zh');
    } finally {
      delete (navigator as { language?: string }).language;
      expect(navigator.language).to.equal(language.get!.call(navigator));
    }
  });

  it("follows a language switch inside another component's shadow root (an app shell)", async () => {
    const shell = await fixture<HTMLElement>(html`<div></div>`);
    const root = shell.attachShadow({ mode: 'open' });
    const main = document.createElement('main');
    main.lang = 'en';
    const card = document.createElement('sc-indicator-card');
    card.setAttribute('src', SHUANGTA);
    card.setAttribute('indicator', 'general-budget-revenue');
    main.append(card);
    root.append(main);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('202.28 million yuan');
    main.lang = 'zh';
    await new Promise((resolve) => setTimeout(resolve));
    await card.updateComplete;
    expect(partText(card, '[part=value]')).to.equal('2.0228亿元');
  });

  it('speaks the language of a container it is moved into', async () => {
    const page = await fixture(html`<div><div lang="zh"><sc-indicator-card src=${SHUANGTA} indicator="general-budget-revenue"></sc-indicator-card></div><div lang="en"></div></div>`);
    const card = page.querySelector('sc-indicator-card')!;
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('2.0228亿元');
    page.querySelector('[lang=en]')!.append(card);
    await card.updateComplete;
    expect(partText(card, '[part=value]')).to.equal('202.28 million yuan');
  });

  it('renders the data property first, then inline JSON, then src', async () => {
    const kazuo = await loadDemo(KAZUO);
    const lingyuan = await loadDemo(LINGYUAN);
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${SHUANGTA} .data=${kazuo}></sc-indicator-card>`);
    card.append(jsonScript(lingyuan));
    await loaded(card);
    expect(partText(card, '[part=label]')).to.equal('Fixed-asset investment');
    expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    card.data = undefined;
    await loaded(card);
    expect(partText(card, '[part=label]')).to.equal('GDP');
    expect(partText(card, '[part=value]')).to.equal('7.76 billion yuan');
  });

  it('reads an inline JSON script child', async () => {
    const lingyuan = await loadDemo(LINGYUAN);
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" indicator="rural-income"></sc-indicator-card>`);
    card.append(jsonScript(lingyuan));
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('8645元');
    expect(partText(card, '[part=change]')).to.equal('▲同比增长7.5%');
  });

  it('reads an inline JSON script that starts with a byte-order mark (a file pasted whole), as it reads a fetched file', async () => {
    const json = JSON.stringify(await loadDemo(LINGYUAN));
    const card = await loadedFrom<ScIndicatorCard>(`<sc-indicator-card lang="zh" indicator="rural-income"><script type="application/json">\uFEFF${json}</script></sc-indicator-card>`);
    expect(partText(card, '[part=value]')).to.equal('8645元');
  });

  it("follows an inline script's type: one turned into application/json gives the data", async () => {
    const script = jsonScript(await loadDemo(LINGYUAN));
    script.type = 'text/plain';
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" indicator="rural-income">${script}</sc-indicator-card>`);
    await card.updateComplete;
    expect(card.state).to.equal('error');
    script.type = 'application/json';
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('8645元');
  });

  it('says where a CMS left the data where it cannot be read: a script stripped of its type, or turned into a paragraph', async () => {
    const json = JSON.stringify(await loadDemo(LINGYUAN));
    // A script without a type runs when inserted: this one loses its type once in place, as it does nothing then.
    const script = document.createElement('script');
    script.type = 'text/json';
    script.textContent = json;
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" indicator="rural-income"></sc-indicator-card>`);
    card.append(script);
    await failed(card);
    expect(partText(card, '[role=alert] li')).to.equal('<script>: has type "text/json": JSON data needs type="application/json"');
    script.removeAttribute('type');
    await until(() => partText(card, '[role=alert] li').includes('no type'), 'the stripped type to be seen');
    expect(card.error).to.deep.equal({
      kind: 'parse',
      errors: [
        {
          path: '<script>',
          message: 'has no type: JSON data needs type="application/json"',
          messageZh: '缺少 type，JSON 数据须用 type="application/json"',
        },
      ],
    });
    expect(partText(card, '[role=alert] strong')).to.equal('Could not read the data');
    await expect(card).to.be.accessible();

    // A rich-text editor's paragraph, the quotes kept as text.
    script.remove();
    const paragraph = document.createElement('p');
    paragraph.textContent = json;
    card.lang = 'zh';
    card.append(paragraph);
    await until(() => partText(card, '[role=alert] li').startsWith('<p>'), 'the paragraph to be seen');
    expect(partText(card, '[role=alert] li')).to.equal('<p>：JSON 被写成了网页文字，须放在 <script type="application/json"> 中');
    // The JSON is not shown as the page's own text would be.
    // (A slot compared in a failing assertion takes chai's printer for ever: compare a boolean.)
    expect(paragraph.assignedSlot === null, 'the JSON paragraph is slotted').to.equal(true);
    expect(paragraph.getBoundingClientRect().height).to.equal(0);
    // Put right, the data shows.
    paragraph.remove();
    script.type = 'application/json';
    card.append(script);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('8645元');
  });

  it('takes fallback text for a reader without the script as no data, and waits for its input quietly', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh"><p>{固定资产投资}10.7亿元，同比增长15.7%</p></sc-indicator-card>`);
    await card.updateComplete;
    expect(card.state).to.equal('idle');
    // Data given by a property wins over a paragraph of JSON (an app's own fallback, say).
    const withData = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${await loadDemo(LINGYUAN)}><p>{"version": 1}</p></sc-indicator-card>`);
    await loaded(withData);
  });

  it('copies as it is seen: the sentence for screen readers stays out of a copy of the article', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
    await loaded(card);
    const selection = getSelection()!;
    selection.selectAllChildren(card.shadowRoot!.querySelector('[part=card]')!);
    const copied = selection.toString();
    selection.removeAllRanges();
    expect(copied.split('10.7亿元').length - 1, copied).to.equal(1);
    expect(copied).not.to.contain('。');
  });

  it('says when a value was not published but still shows its growth', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${LINGYUAN} indicator="industrial-value-added"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('not published');
    expect(partText(card, '[part=change]')).to.equal('▲up 15.5% year on year');
    // Heard with the growth first: "not published, up 15.5%" would say that nothing was.
    expect(sentence(card)).to.equal('Industrial value added (above designated size): up 15.5% year on year (value not published), Lingyuan City, first half, to end of June.');
    card.lang = 'zh';
    await card.updateComplete;
    expect(sentence(card)).to.equal('规模以上工业增加值：同比增长15.5%（总量未公布），凌源市，上半年，截至6月末。');
    await expect(card).to.be.accessible();
  });

  it('shows a plan with nothing yet to compare as the figure, without a progress track', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" src=${LINGYUAN} indicator="standard-factory-space"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '.plan-word')).to.equal('目标：');
    expect(partText(card, '[part=value]')).to.equal('40万平方米');
    expect(card.shadowRoot!.querySelector('[part=target]')).to.equal(null);
    card.lang = 'en';
    card.indicator = 'services-online';
    await card.updateComplete;
    // On a line of its own above the figure, however long: inline, it would wrap and push the figure down.
    expect(partText(card, '.plan-word')).to.equal('Target by the end of the year:');
    expect(partText(card, '[part=value]')).to.equal('80%');
    const word = card.shadowRoot!.querySelector('.plan-word')!.getBoundingClientRect();
    expect(word.bottom).to.be.at.most(card.shadowRoot!.querySelector('[part=value]')!.getBoundingClientRect().top + 0.5);
    expect(partText(card, '.visually-hidden')).to.contain('target of 80% by the end of the year');
  });

  it('reads a period that has brackets of its own in the one bracket of place and time, not in nested brackets', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" src=${LINGYUAN} indicator="fixed-asset-investment"></sc-indicator-card>`);
    await loaded(card);
    expect(sentence(card)).to.match(/^固定资产投资：18\.4亿元，同比增长5\.6%（凌源市，上半年，截至6月末）。/);
    card.lang = 'en';
    await card.updateComplete;
    expect(sentence(card)).to.match(/^Fixed-asset investment: 1\.84 billion yuan, up 5\.6% year on year \(Lingyuan City, first half, to end of June\)\./i);
  });

  it('shows a ceiling as published (90个工作日以内, at most 90 working days) and reads a plan as one sentence', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${LINGYUAN} indicator="approval-days"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '.plan-word')).to.equal('Target:');
    expect(partText(card, '[part=value]')).to.equal('at most 90 working days');
    expect(sentence(card)).to.equal('Construction-project approval time: target of at most 90 working days (Lingyuan City).');
    card.lang = 'zh';
    await card.updateComplete;
    expect(partText(card, '[part=value]')).to.equal('90个工作日以内');
    expect(sentence(card)).to.equal('工程建设项目审批时限：目标90个工作日以内（凌源市）。');
  });

  it('ends a note without a full stop with one, in the sentence read aloud', async () => {
    const doc = await loadDemo(LINGYUAN);
    doc.indicators!.find((indicator) => indicator.id === 'approval-days')!.note = { zh: '审批时限压缩至90个工作日以内', en: 'Down from 120 working days' };
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${doc} indicator="approval-days"></sc-indicator-card>`);
    await loaded(card);
    expect(sentence(card)).to.equal('工程建设项目审批时限：目标90个工作日以内（凌源市）。审批时限压缩至90个工作日以内。');
    card.lang = 'en';
    await card.updateComplete;
    expect(sentence(card)).to.equal('Construction-project approval time: target of at most 90 working days (Lingyuan City). Down from 120 working days.');
  });

  it('sets a rate against a planned rate in points, and draws no track where there is nothing to set against it', async () => {
    const doc = await loadDemo(LINGYUAN);
    doc.illustrative = true;
    doc.indicators = [
      { id: 'rate', label: { zh: '入住率', en: 'Occupancy' }, value: 92, unit: 'percent', target: { kind: 'plan', value: 80 } },
      { id: 'above', label: { zh: '入住率', en: 'Occupancy' }, value: 92, unit: 'percent', qualifier: 'above', target: { kind: 'plan', value: 95 } },
      { id: 'growth', label: { zh: '投资', en: 'Investment' }, value: 5, unit: '100m-cny', target: { kind: 'growth', value: 10 } },
    ];
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${doc} indicator="rate"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=target]')).to.equal('高于计划（80%）12个百分点');
    expect(!!card.shadowRoot!.querySelector('[part=target] .track')).to.equal(true);
    // 92%以上 against 95% (either side of it), and a growth target without a published growth: no empty bar that reads as nothing reached.
    for (const id of ['above', 'growth']) {
      card.indicator = id;
      await loaded(card);
      expect(!!card.shadowRoot!.querySelector('[part=target] .track'), id).to.equal(false);
    }
  });

  it('shows a completion rate as published, with its track filled to it against the whole plan', async () => {
    const doc = await loadDemo(LINGYUAN);
    doc.illustrative = true;
    doc.indicators = [
      { id: 'housing', label: { zh: '棚户区改造', en: 'Shantytown renovation' }, value: 12.6, unit: '10k-sqm', target: { kind: 'plan', completion: 63, period: { zh: '全年', en: 'the year' } } },
    ];
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${doc} indicator="housing"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=target]')).to.equal('完成全年计划的63%');
    const [fill, marker] = ['.fill', '.marker'].map((selector) => card.shadowRoot!.querySelector(`[part=target] ${selector}`)!);
    // 63 of 100, the marker at the plan: the track ends a little past it.
    expect(Number(fill!.getAttribute('width')) / Number(marker!.getAttribute('x1'))).to.be.closeTo(0.63, 0.01);
    card.lang = 'en';
    await card.updateComplete;
    expect(partText(card, '[part=target]')).to.equal('63% of the plan for the year');
  });

  it('says whether a ceiling was kept, with no completion rate that would read as a shortfall', async () => {
    const doc = await loadDemo(LINGYUAN);
    const indicator = doc.indicators!.find((item) => item.id === 'approval-days')!;
    indicator.value = 75;
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc} indicator="approval-days"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=target]')).to.equal('Met the plan of at most 90 working days');
    // No bar filling towards the ceiling: past its marker it would read as a plan exceeded.
    expect(card.shadowRoot!.querySelector('[part=target] .track')).to.equal(null);
    card.lang = 'zh';
    await card.updateComplete;
    expect(partText(card, '[part=target]')).to.equal('达到计划（90个工作日以内）');
    card.data = { ...doc, indicators: [{ ...indicator, value: 95 }] };
    await loaded(card);
    expect(partText(card, '[part=target]')).to.equal('未达到计划（90个工作日以内）');
  });

  it('shows qualifiers as published', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" src=${SHUANGTA} indicator="services-share"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('80%以上');
    card.lang = 'en';
    await card.updateComplete;
    expect(partText(card, '[part=value]')).to.equal('more than 80%');
  });

  it('derives a target from a published gap and marks it as derived', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO} indicator="retail-sales-above-quota"></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('163 million yuan');
    expect(partText(card, '[part=target]')).to.equal('2.9 percentage points above the target of 12.0% (derived)');
  });

  it('reads a decline as a decline, with an arrow and the palette colour', async () => {
    const doc = await loadDemo(SHUANGTA);
    doc.indicators![0]!.change = { kind: 'percent', value: -3.2, basis: 'yoy' };
    doc.illustrative = true;
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${doc}></sc-indicator-card>`);
    await loaded(card);
    const change = card.shadowRoot!.querySelector('[part=change]')!;
    expect(change.textContent!.replace(/\s+/g, '')).to.equal('▼同比下降3.2%');
    expect(partText(card, '[part=source]')).to.equal('示意数据，改编自辽宁地方报纸报道');
    expect(change.classList.contains('tone-bad')).to.equal(true);
    // cn palette: bad news is green
    expect(getComputedStyle(change).color).to.equal('rgb(26, 127, 55)');
    card.palette = 'intl';
    await card.updateComplete;
    expect(getComputedStyle(change).color).to.equal('rgb(192, 38, 45)');
  });

  it('says a fall is good news in words where lower is better, not by colour alone', async () => {
    const doc = await loadDemo(SHUANGTA);
    doc.illustrative = true;
    doc.indicators![0]! = { ...doc.indicators![0]!, polarity: 'down-good', change: { kind: 'percent', value: -8, basis: 'yoy' } };
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=change]').replace(/\s+/g, ' ')).to.equal('▼down 8% year on year (lower is better)');
    expect(card.shadowRoot!.querySelector('[part=change]')!.classList.contains('tone-good')).to.equal(true);
    expect(partText(card, '.visually-hidden')).to.contain('down 8% year on year (lower is better)');
    // The period follows after a comma, not in a second pair of brackets.
    expect(sentence(card)).to.match(/\(lower is better\), Shuangta District, 2024 Q1\./);
    // Without the figure, what was not published goes in the same brackets, not a second pair.
    card.data = { ...doc, indicators: [{ ...doc.indicators![0]!, value: null }] };
    await until(() => sentence(card).includes('not published'), 'the card to show the new document');
    expect(sentence(card)).to.equal('GDP: down 8% year on year (lower is better; value not published), Shuangta District, 2024 Q1.');
    card.lang = 'zh';
    await card.updateComplete;
    expect(sentence(card)).to.equal('地区生产总值：同比下降8%（越低越好，总量未公布），双塔区，2024年一季度。');
  });

  it('counts a deeper cut than its target as beating it where lower is better, in words and on the track', async () => {
    const doc = await loadDemo(SHUANGTA);
    doc.illustrative = true;
    doc.indicators![0]! = { ...doc.indicators![0]!, polarity: 'down-good', change: { kind: 'percent', value: -8, basis: 'yoy' }, target: { kind: 'growth', value: -3 } };
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=target]')).to.equal('Beat the −3% target by 5 percentage points');
    const fill = Number(card.shadowRoot!.querySelector('.track .fill')!.getAttribute('width'));
    const marker = Number(card.shadowRoot!.querySelector('.track .marker')!.getAttribute('x1'));
    expect(fill).to.be.greaterThan(marker);
    card.lang = 'zh';
    await card.updateComplete;
    expect(partText(card, '[part=target]')).to.equal('优于−3%的目标5个百分点');
  });

  it("uses the host page's font, with CJK faces before its generic family", async () => {
    const page = await fixture(html`<div style="font-family: Georgia, serif"><sc-indicator-card lang="zh" src=${KAZUO}></sc-indicator-card></div>`);
    const card = page.querySelector<ScIndicatorCard>('sc-indicator-card')!;
    await loaded(card);
    const font = getComputedStyle(card.shadowRoot!.querySelector('[part=base]')!).fontFamily;
    expect(font.startsWith('Georgia, "PingFang SC"')).to.equal(true);
    expect(font.endsWith('serif')).to.equal(true);
  });

  it("keeps the host page's font alone in English (its quotes never fall to a CJK face), and adds CJK faces on a switch to Chinese", async () => {
    const page = await fixture(html`<div style="font-family: Georgia, serif"><sc-indicator-card lang="en" src=${KAZUO}></sc-indicator-card></div>`);
    const card = page.querySelector<ScIndicatorCard>('sc-indicator-card')!;
    await loaded(card);
    const font = () => getComputedStyle(card.shadowRoot!.querySelector('[part=base]')!).fontFamily;
    expect(font()).to.equal('Georgia, serif');
    card.lang = 'zh';
    await card.updateComplete;
    expect(font().startsWith('Georgia, "PingFang SC"')).to.equal(true);
  });

  it("follows the page's font when it changes after loading: in English at once, in Chinese at the next render", async () => {
    const page = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif"><sc-indicator-card lang="en" src=${KAZUO}></sc-indicator-card></div>`);
    const card = page.querySelector<ScIndicatorCard>('sc-indicator-card')!;
    await loaded(card);
    const font = () => getComputedStyle(card.shadowRoot!.querySelector('[part=base]')!).fontFamily;
    // A stylesheet loaded late, or a web-font loader's class on <html>.
    page.style.fontFamily = '"DejaVu Sans Mono", monospace';
    expect(font()).to.equal('"DejaVu Sans Mono", monospace');
    card.lang = 'zh';
    await card.updateComplete;
    expect(font().startsWith('"DejaVu Sans Mono", "PingFang SC"')).to.equal(true);
    page.style.fontFamily = 'Georgia, serif';
    card.indicator = 'retail-sales';
    await card.updateComplete;
    expect(font().startsWith('Georgia, "PingFang SC"')).to.equal(true);
  });

  it('keeps "not published" as the figure where a change of it was published beside a plan, and the plan in its own line', async () => {
    const doc = await loadDemo(LINGYUAN);
    doc.illustrative = true;
    doc.indicators = [
      { id: 'output', label: { zh: '产值', en: 'Output' }, value: null, unit: '100m-cny', change: { kind: 'percent', value: 9.8, basis: 'yoy' }, target: { kind: 'plan', value: 40, unit: '100m-cny' } },
    ];
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('not published');
    expect(partText(card, '[part=change]')).to.contain('up 9.8%');
    expect(partText(card, '[part=target]')).to.contain('4 billion yuan');
  });

  it('credits the source, and hides the credit on request', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO}></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=source]')).to.equal('Source: Regional newspaper reports, Liaoning');
    card.hideSource = true;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=source]')).to.equal(null);
  });

  it("links the credit to the source's URL, in a new tab that a screen reader is told of", async () => {
    const doc = await loadDemo(KAZUO);
    doc.source = { name: { zh: '辽宁日报', en: 'Liaoning Daily' }, title: { zh: '喀左县一季度经济', en: "Kazuo County's first quarter" }, date: '2024-04', url: 'https://example.org/kazuo' };
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
    await loaded(card);
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part=source] a')!;
    expect(link.href).to.equal('https://example.org/kazuo');
    expect(link.innerText).to.equal("Source: Liaoning Daily, Kazuo County's first quarter, 2024-04");
    const spoken = () => [(link as HTMLAnchorElement & { computedName: string }).computedName, link.ariaDescribedByElements?.map((node) => node.textContent).join(' ')];
    expect(spoken()).to.deep.equal(["Source: Liaoning Daily, Kazuo County's first quarter, 2024-04", 'Opens in a new tab']);
    card.lang = 'zh';
    await card.updateComplete;
    expect(spoken()).to.deep.equal(['来源：辽宁日报，喀左县一季度经济，2024-04', '在新标签页中打开']);
  });

  it('says "Loading…" once for several cards loading in sight, not once each', async () => {
    const stub = stubFetch();
    try {
      const page = await fixture<HTMLElement>(html`<div lang="en">
        <sc-indicator-card src="/slow.json"></sc-indicator-card><sc-indicator-card src="/slow.json" indicator="retail-sales"></sc-indicator-card
        ><sc-indicator-card src="/slow.json" indicator="retail-sales-above-quota"></sc-indicator-card>
      </div>`);
      const cards = [...page.querySelectorAll<ScIndicatorCard>('sc-indicator-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const speaking = () => cards.filter((card) => card.shadowRoot!.querySelector('[role=status]')).length;
      expect(cards.map((card) => partText(card, '.status-text'))).to.deep.equal(['Loading…', 'Loading…', 'Loading…']);
      expect(speaking()).to.equal(1);
      stub.respond(await loadDemo(KAZUO));
      await Promise.all(cards.map((card) => loaded(card)));
      expect(speaking()).to.equal(0);
    } finally {
      stub.restore();
    }
  });

  it('says it is loading while the request is under way, then renders', async () => {
    const stub = stubFetch();
    try {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="/slow.json"></sc-indicator-card>`);
      await card.updateComplete;
      const status = card.shadowRoot!.querySelector('[role=status]')!;
      expect(status.textContent).to.contain('Loading');
      await expect(card).to.be.accessible();
      stub.respond(await loadDemo(KAZUO));
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    } finally {
      stub.restore();
    }
  });

  it('is as tall while loading as the card that arrives (a label on one line, no target): the text below does not move', async () => {
    const doc = await loadDemo(SHUANGTA);
    // Down to the narrowest box in which each language's figure, change and credit still take one line each.
    for (const [lang, widths] of [['zh', [160, 390, 600]], ['en', [320, 390, 600]]] as const) {
      for (const width of widths) {
        for (const hideSource of [false, true]) {
          const stub = stubFetch();
          try {
            const box = await fixture(html`<div style="width: ${width}px">
              <sc-indicator-card lang=${lang} src="/slow.json" indicator="gdp" ?hide-source=${hideSource}></sc-indicator-card>
              <p>Next paragraph</p>
            </div>`);
            const card = box.querySelector<ScIndicatorCard>('sc-indicator-card')!;
            await card.updateComplete;
            expect(card.state, `${lang} ${width}`).to.equal('loading');
            const below = () => box.querySelector('p')!.getBoundingClientRect().top;
            const before = below();
            stub.respond(doc);
            await loaded(card);
            expect(below(), `${lang} at ${width} px${hideSource ? ', no credit' : ''}`).to.be.closeTo(before, 0.5);
          } finally {
            stub.restore();
          }
        }
      }
    }
  });

  it("is as tall while loading as a card of typical length that arrives at twice the reader's text size, in a narrow column", async () => {
    // The placeholder's typical texts are this card's (its target left out): they wrap as its own do.
    const doc = await loadDemo(KAZUO);
    delete doc.indicators![0]!.target;
    await executeServerCommand('font-sizes', { standard: 32, fixed: 26 });
    try {
      for (const lang of ['zh', 'en'] as const) {
        const stub = stubFetch();
        try {
          const box = await fixture(html`<div style="width: 320px">
            <sc-indicator-card lang=${lang} src="/slow.json" indicator="fixed-asset-investment"></sc-indicator-card>
            <p>Next paragraph</p>
          </div>`);
          const card = box.querySelector<ScIndicatorCard>('sc-indicator-card')!;
          await card.updateComplete;
          const below = () => box.querySelector('p')!.getBoundingClientRect().top;
          const before = below();
          stub.respond(doc);
          await loaded(card);
          expect(below() - before, lang).to.be.closeTo(0, 0.5);
        } finally {
          stub.restore();
        }
      }
    } finally {
      await executeServerCommand('font-sizes', { standard: 16, fixed: 13 });
    }
  });

  it('does not announce loading a document it is given as an object (a scorecard\'s dozens of widgets would each say so)', async () => {
    const doc = await loadDemo(KAZUO);
    const card = document.createElement('sc-indicator-card') as ScIndicatorCard;
    card.data = doc;
    card.lang = 'en';
    document.body.append(card);
    try {
      const announced: string[] = [];
      const observer = new MutationObserver(() => {
        const status = card.shadowRoot!.querySelector('[role=status]');
        if (status) announced.push(status.textContent!.trim());
      });
      observer.observe(card.shadowRoot!, { childList: true, subtree: true });
      await loaded(card);
      observer.disconnect();
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
      expect(announced).to.deep.equal([]);
    } finally {
      card.remove();
    }
  });

  it('shares one request among elements with the same src', async () => {
    const stub = stubFetch();
    try {
      const wrapper = await fixture(html`<div lang="en">
        <sc-indicator-card src="/shared.json" indicator="gdp"></sc-indicator-card>
        <sc-indicator-card src="/shared.json" indicator="retail-sales"></sc-indicator-card>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('sc-indicator-card')];
      expect(stub.calls.length).to.equal(1);
      stub.respond(await loadDemo(LINGYUAN));
      await Promise.all([loaded(first!), loaded(second!)]);
      expect(partText(first!, '[part=label]')).to.equal('GDP');
      expect(partText(second!, '[part=label]')).to.equal('Retail sales');
    } finally {
      stub.restore();
    }
  });

  it('aborts its request when removed from the page, and loads again when put back', async () => {
    const stub = stubFetch();
    try {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="/gone.json"></sc-indicator-card>`);
      const signal = stub.calls[0]!.signal!;
      const errors: Event[] = [];
      card.addEventListener('sc-error', (event) => errors.push(event));
      const parent = card.parentElement!;
      card.remove();
      await Promise.resolve();
      expect(signal.aborted).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors).to.have.length(0);
      parent.append(card);
      expect(stub.calls.length).to.equal(2);
      stub.respond(await loadDemo(KAZUO));
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    } finally {
      stub.restore();
    }
  });

  it('keeps loading when moved to another place on the page mid-request', async () => {
    const stub = stubFetch();
    try {
      const page = await fixture(html`<div lang="en"><div id="a"><sc-indicator-card src="/moved.json"></sc-indicator-card></div><div id="b"></div></div>`);
      const card = page.querySelector<ScIndicatorCard>('sc-indicator-card')!;
      await card.updateComplete;
      page.querySelector('#b')!.append(card);
      await Promise.resolve();
      expect(stub.calls[0]!.signal!.aborted).to.equal(false);
      stub.respond(await loadDemo(KAZUO));
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
    }
  });

  it('can be asked to reload after a failed request, and announces a repeated failure again', async () => {
    const stub = stubFetch();
    try {
      const { element, events } = await withEvents<ScIndicatorCard>('sc-indicator-card', (card) => {
        card.lang = 'en';
        card.src = '/flaky.json';
      });
      stub.respond('unavailable', 503);
      await failed(element);
      const again = element.reload();
      stub.respond('unavailable', 503);
      await again;
      await failed(element);
      expect(events.map((event) => event.type)).to.deep.equal(['sc-error', 'sc-error']);
      const third = element.reload();
      stub.respond(await loadDemo(KAZUO));
      await third;
      await loaded(element);
      expect(partText(element, '[part=value]')).to.equal('1.07 billion yuan');
      expect(stub.calls).to.have.length(3);
      element.remove();
    } finally {
      stub.restore();
    }
  });

  it('asks and announces nothing while off the page, and once when it returns with the data given meanwhile', async () => {
    const stub = stubFetch();
    try {
      const box = await fixture<HTMLElement>(html`<div></div>`);
      const card = document.createElement('sc-indicator-card') as ScIndicatorCard;
      const loads: string[] = [];
      card.addEventListener('sc-load', (event) => loads.push(`${event.detail.id} ${card.isConnected ? 'on' : 'off'} the page`));
      card.lang = 'en';
      card.src = '/first.json';
      box.append(card);
      await card.updateComplete;
      card.remove();
      // Given new data and another URL while out: nothing is asked for.
      card.src = '/second.json';
      await card.updateComplete;
      card.data = await loadDemo(LINGYUAN);
      await card.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stub.calls.map((call) => call.url)).to.have.length(1);
      expect(loads).to.deep.equal([]);
      box.append(card);
      await loaded(card);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.deep.equal(['lingyuan-h1 on the page']);
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
    }
  });

  it('shares one request among widgets that reload one URL together, after a failure, and after success', async () => {
    const stub = stubFetch();
    try {
      const box = await fixture<HTMLElement>(html`<div>${[1, 2, 3, 4].map(() => html`<sc-indicator-card lang="en" src="/shared.json" indicator="fixed-asset-investment"></sc-indicator-card>`)}</div>`);
      const cards = [...box.children] as ScIndicatorCard[];
      stub.respond('unavailable', 503);
      for (const card of cards) await failed(card);
      expect(stub.calls).to.have.length(1);
      // "Retry all": one request more, not one per widget.
      const retried = Promise.all(cards.map((card) => card.reload()));
      await until(() => stub.calls.length > 1, 'the retry');
      stub.respond(await loadDemo(KAZUO));
      await retried;
      for (const card of cards) await loaded(card);
      expect(cards.map((card) => partText(card, '[part=value]'))).to.deep.equal(Array(4).fill('1.07 billion yuan'));
      expect(stub.calls).to.have.length(2);
      // Asked anew once more: the server is asked once.
      const again = Promise.all(cards.map((card) => card.reload()));
      await until(() => stub.calls.length > 2, 'the second reload');
      stub.respond(await loadDemo(KAZUO));
      await again;
      expect(stub.calls).to.have.length(3);
    } finally {
      stub.restore();
    }
  });

  it('recovers every widget showing a failed URL when one of them reloads it, or a widget added later loads it', async () => {
    const stub = stubFetch();
    try {
      const box = await fixture<HTMLElement>(html`<div>${[1, 2, 3].map(() => html`<sc-indicator-card lang="en" src="/shared.json" indicator="fixed-asset-investment"></sc-indicator-card>`)}</div>`);
      const cards = [...box.children] as ScIndicatorCard[];
      stub.respond('unavailable', 503);
      for (const card of cards) await failed(card);
      const loads = cards.map(() => 0);
      cards.forEach((card, index) => card.addEventListener('sc-load', () => (loads[index]! += 1)));
      // The reader's retry on one widget (its page's "try again" button).
      const retried = cards[0]!.reload();
      await until(() => stub.calls.length === 2, 'the retry');
      stub.respond(await loadDemo(KAZUO));
      await retried;
      for (const card of cards) await until(() => card.state === 'ready', 'every card to recover');
      expect(cards.map((card) => partText(card, '[part=value]'))).to.deep.equal(Array(3).fill('1.07 billion yuan'));
      expect(stub.calls, 'requests').to.have.length(2);
      expect(loads, 'sc-load, once each').to.deep.equal([1, 1, 1]);

      // Failed again, and a widget for the URL is added to the page: its request serves the others too.
      for (const card of cards) card.src = '/moved.json';
      await until(() => stub.calls.length === 3, 'the new address');
      stub.respond('unavailable', 503);
      for (const card of cards) await failed(card);
      const removed = cards.pop()!;
      removed.remove();
      const added = document.createElement('sc-indicator-card') as ScIndicatorCard;
      Object.assign(added, { lang: 'en', src: '/moved.json', indicator: 'fixed-asset-investment' });
      box.append(added);
      await until(() => stub.calls.length === 4, "the added widget's request");
      stub.respond(await loadDemo(KAZUO));
      await loaded(added);
      for (const card of cards) await until(() => card.state === 'ready', 'the cards on the page to recover');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(removed.state, 'a widget taken off the page').to.equal('error');
      expect(stub.calls).to.have.length(4);
    } finally {
      stub.restore();
    }
  });

  it('reflects lang, so a scorecard switched by property switches its cards', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card src=${KAZUO}></sc-indicator-card>`);
    await loaded(card);
    expect(card.hasAttribute('lang')).to.equal(false);
    card.lang = 'en';
    await card.updateComplete;
    expect(card.getAttribute('lang')).to.equal('en');
  });

  it('ignores a stale response when src changes', async () => {
    const stub = stubFetch();
    try {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="/first.json"></sc-indicator-card>`);
      card.src = '/second.json';
      await card.updateComplete;
      expect(stub.calls[0]!.signal!.aborted).to.equal(true);
      stub.respond(await loadDemo(SHUANGTA));
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('4.39 billion yuan');
    } finally {
      stub.restore();
    }
  });

  it('fires sc-load with the document, bubbling out of shadow roots', async () => {
    const { element, events } = await withEvents<ScIndicatorCard>('sc-indicator-card', (card) => (card.src = KAZUO));
    await loaded(element);
    expect(events.map((event) => event.type)).to.deep.equal(['sc-load']);
    expect(events[0]!.detail.id).to.equal('kazuo-2024-q1');
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    element.remove();
  });

  it('fires sc-error once for a bad document given as data', async () => {
    const { element, events } = await withEvents<ScIndicatorCard>('sc-indicator-card', (card) => (card.data = { version: 1 }));
    await failed(element);
    await element.updateComplete;
    expect(events.map((event) => event.type)).to.deep.equal(['sc-error']);
    expect(events[0]!.detail.kind).to.equal('validation');
    element.remove();
  });

  describe('errors', () => {
    it('names the field of a validation error, in place and in the event', async () => {
      const doc = (await loadDemo(KAZUO)) as unknown as { indicators: { change: { kind: string } }[] };
      doc.indicators[2]!.change.kind = 'pct';
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.kind).to.equal('validation');
      expect(detail.errors[0]).to.deep.include({
        path: 'indicators[2].change.kind',
        message: "expected one of percent, points, multiple, absolute; got 'pct'",
      });
      // With the indicator's id, sooner found in a long list than its position.
      expect(partText(card, '[role=alert] li')).to.equal("indicators[2].change.kind (retail-sales-above-quota): expected one of percent, points, multiple, absolute; got 'pct'");
      await expect(card).to.be.accessible();
      // In a narrow card the id goes down a line whole, its brackets with it: no "(" left at a line's end.
      card.style.width = '200px';
      card.lang = 'zh';
      await card.updateComplete;
      const id = card.shadowRoot!.querySelector<HTMLElement>('[role=alert] li .id')!;
      // In Chinese, in Chinese brackets, as the colon after it is.
      expect(id.textContent).to.equal('（retail-sales-above-quota）');
      expect(partText(card, '[role=alert] li')).to.match(/^indicators\[2\]\.change\.kind（retail-sales-above-quota）：应为/);
      expect(id.getClientRects()).to.have.length(1);
    });

    it('explains errors in Chinese on a Chinese page', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${{ version: 1, id: 'x' }}></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.errors.map((error) => error.path)).to.deep.equal(['region', 'period', 'source']);
      const alert = card.shadowRoot!.querySelector('[role=alert]')!;
      expect(partText(card, '[role=alert] strong')).to.equal('数据有误，无法显示');
      expect(alert.textContent).to.contain('缺少此项');
    });

    it('refuses a document from a newer major version clearly', async () => {
      const doc = await loadDemo(KAZUO);
      (doc as { version: number }).version = 2;
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.errors[0]!.path).to.equal('version');
      expect(partText(card, '[role=alert]')).to.contain('Update scorecard-kit');
    });

    it('reports invalid inline JSON as a parse error', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en"></sc-indicator-card>`);
      card.append(jsonScript('{ "version": 1, '));
      const detail = await failed(card);
      expect(detail.kind).to.equal('parse');
      // The heading says what happened, the detail why, each once.
      expect(partText(card, '[role=alert] strong')).to.equal('Could not read the data');
      expect(partText(card, '[role=alert] li')).to.match(/^<script type="application\/json">: not valid JSON: /);
      expect(partText(card, '[role=alert]').split('not valid JSON').length).to.equal(2);
      await expect(card).to.be.accessible();
    });

    it('says plainly when the address gives a web page instead of JSON', async () => {
      const stub = stubFetch();
      try {
        const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="/moved.json"></sc-indicator-card>`);
        stub.respond('<!doctype html><title>Page not found</title>');
        const detail = await failed(card);
        expect(detail.kind).to.equal('parse');
        expect(partText(card, '[role=alert]')).to.contain('is a web page (HTML), not JSON: check the address');
        expect(partText(card, '[role=alert]')).to.not.contain('Unexpected token');
      } finally {
        stub.restore();
      }
    });

    it('refuses a file saved as GBK or UTF-16 (a Chinese Windows editor\'s default, Notepad\'s "Unicode"), rather than show it garbled', async () => {
      // The bytes of each Chinese character in GBK.
      const GBK: Record<string, number[]> = {
        喀: [0xbf, 0xa6], 左: [0xd7, 0xf3], 县: [0xcf, 0xd8], 年: [0xc4, 0xea], 一: [0xd2, 0xbb], 季: [0xbc, 0xbe], 度: [0xb6, 0xc8],
        报: [0xb1, 0xa8], 纸: [0xd6, 0xbd], 固: [0xb9, 0xcc], 定: [0xb6, 0xa8], 资: [0xd7, 0xca], 产: [0xb2, 0xfa], 投: [0xcd, 0xb6],
      };
      const text = JSON.stringify(
        {
          version: 1,
          id: 'gbk',
          region: { zh: '喀左县', en: 'Kazuo County' },
          period: { zh: '2024年一季度', en: '2024 Q1' },
          source: { name: { zh: '报纸', en: 'Newspaper' } },
          indicators: [{ id: 'fai', label: { zh: '固定资产投资', en: 'Fixed-asset investment' }, value: 10.7, unit: '100m-cny' }],
        },
        null,
        2,
      );
      const files = {
        '/gbk.json': new Uint8Array([...text].flatMap((char) => GBK[char] ?? [char.charCodeAt(0)])),
        '/utf-16.json': new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]),
      };
      const original = window.fetch;
      clearDocumentCache();
      // As a server sends them: the bytes, whatever the header says.
      window.fetch = (async (input: RequestInfo | URL) =>
        new Response(files[new URL(String(input)).pathname as keyof typeof files], { headers: { 'Content-Type': 'application/json; charset=gbk' } })) as typeof fetch;
      try {
        for (const [file, place] of [['/gbk.json', [5, 12]], ['/utf-16.json', [1, 1]]] as const) {
          const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" src=${file}></sc-indicator-card>`);
          const detail = await failed(card);
          expect(detail.kind).to.equal('parse');
          expect(partText(card, '[role=alert] li')).to.equal(`${new URL(file, location.href).href}：不是 UTF-8 编码（可能是 GBK 或 UTF-16）：第${place[0]}行第${place[1]}列无法读取，请另存为 UTF-8`);
          card.lang = 'en';
          await card.updateComplete;
          expect(partText(card, '[role=alert] li')).to.equal(`${new URL(file, location.href).href}: is not saved as UTF-8 (GBK or UTF-16?): save it as UTF-8 (line ${place[0]} column ${place[1]})`);
        }
      } finally {
        window.fetch = original;
        clearDocumentCache();
      }
    });

    it('says in Chinese where invalid JSON goes wrong and why, not in the browser\'s English', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh"></sc-indicator-card>`);
      card.append(jsonScript('{\n  "version": 1,\n  oops\n}'));
      await failed(card);
      expect(partText(card, '[role=alert] li')).to.equal("<script type=\"application/json\">：不是有效的 JSON：第3行第3列有误：应为带双引号的字段名，实际为 'oops'");
    });

    it('reports an empty inline JSON script as empty, rather than waiting for ever', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en"></sc-indicator-card>`);
      card.append(jsonScript('  \n '));
      const detail = await failed(card);
      expect(detail).to.deep.include({ kind: 'parse' });
      expect(partText(card, '[role=alert] li')).to.equal('<script type="application/json">: is empty: expected a JSON document');
    });

    it("shows, over an error, the page's own text for readers without the script, which it hides otherwise", async () => {
      const card = await fixture<ScIndicatorCard>(
        html`<sc-indicator-card lang="zh" src="/does-not-exist.json"><p>固定资产投资10.7亿元，同比增长15.7%。</p></sc-indicator-card>`,
      );
      const sentence = card.querySelector('p')!;
      await failed(card);
      expect(sentence.assignedSlot?.closest('[part=fallback]')).to.not.equal(null);
      expect(sentence.getBoundingClientRect().height).to.be.above(0);
      const [shown, error] = [sentence.getBoundingClientRect(), card.shadowRoot!.querySelector('[part=error]')!.getBoundingClientRect()];
      expect(shown.bottom).to.be.at.most(error.top);
      await expect(card).to.be.accessible();
      card.src = KAZUO;
      await loaded(card);
      expect(sentence.assignedSlot === null, 'still slotted').to.equal(true);
      expect(sentence.getBoundingClientRect().height).to.equal(0);
    });

    it('refuses several documents, which only a comparison shows, rather than show the first and drop the rest', async () => {
      const [kazuo, shuangta] = [await loadDemo(KAZUO), await loadDemo(SHUANGTA)];
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${[kazuo, shuangta]}></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.errors).to.deep.equal([
        { path: 'data', message: 'expected one document; got 2 (only sc-growth-bars compares several)', messageZh: '应为一个文档，实际为 2 个（只有 sc-growth-bars 可比较多个文档）' },
      ]);
      expect(partText(card, '[role=alert] strong')).to.equal('The data cannot be shown in this widget');
      const fetched = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="${KAZUO} ${SHUANGTA}"></sc-indicator-card>`);
      await failed(fetched);
      expect(partText(fetched, '[role=alert]')).to.equal("Check this widget's attributes src: expected one document; got 2 (only sc-growth-bars compares several)");
      // A list of one is one document.
      card.data = [kazuo];
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    });

    it('reports a failed fetch as a network error naming the URL', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="/does-not-exist.json"></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.kind).to.equal('network');
      expect(detail.empty).to.equal(undefined);
      expect(detail.errors[0]!.path).to.contain('/does-not-exist.json');
      expect(partText(card, '[role=alert]')).to.contain('HTTP 404');
      await expect(card).to.be.accessible();
    });

    it('reports a src that is not a URL as a network error', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="http://["></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.kind).to.equal('network');
      expect(partText(card, '[role=alert]')).to.contain('not a valid URL');
    });

    it('says a javascript: src is not an address it can fetch', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src="javascript:alert(1)"></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.kind).to.equal('network');
      expect(partText(card, '[role=alert] li')).to.equal('javascript:alert(1): cannot fetch a javascript: address; expected http or https');
    });

    it('names an indicator id that is not in the document', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO} indicator="gpd"></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.errors[0]!.path).to.equal('indicator');
      expect(detail.errors[0]!.message).to.contain("no indicator 'gpd'");
      // The page's author has the fix, not the data: the heading says where to look.
      expect(partText(card, '[role=alert] strong')).to.equal("Check this widget's attributes");
      card.lang = 'zh';
      await card.updateComplete;
      expect(partText(card, '[role=alert] strong')).to.equal('请检查组件的属性设置');
      expect(partText(card, '[role=alert] li')).to.match(/^indicator：文档中没有指标 'gpd'/);
    });

    it("lists the document's ids in an error each on one line, not broken at a hyphen (retail-sales- / above-quota)", async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 300px"><sc-indicator-card lang="en" src=${KAZUO} indicator="nope"></sc-indicator-card></div>`);
      const card = box.firstElementChild as ScIndicatorCard;
      await failed(card);
      const ids = [...card.shadowRoot!.querySelectorAll<HTMLElement>('[role=alert] li .id')];
      expect(ids.map((id) => id.textContent!.replace(/,$/, ''))).to.include.members(['retail-sales-above-quota', 'no-application-benefits', 'bth-projects-2024-q1']);
      const broken = ids.filter((id) => id.getClientRects().length !== 1 || id.getBoundingClientRect().height > 30).map((id) => id.textContent);
      expect(broken).to.deep.equal([]);
      // Read and copied as written.
      expect(partText(card, '[role=alert] li')).to.contain('it has: fixed-asset-investment, retail-sales, retail-sales-above-quota, ');
    });

    it('names the id a mistyped indicator most likely meant before the list of every id', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO} indicator="retail-sale"></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.errors[0]!.message).to.match(/^no indicator 'retail-sale' in this document; did you mean 'retail-sales'\? It has: fixed-asset-investment, retail-sales, /);
      card.lang = 'zh';
      await card.updateComplete;
      expect(partText(card, '[role=alert] li')).to.match(/^indicator：文档中没有指标 'retail-sale'，是否应为 'retail-sales'？现有：fixed-asset-investment、/);
    });

    it('names a mistyped attribute and the one meant, rather than quietly showing another figure', async () => {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO} indicater="retail-sales"></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail).to.deep.include({ kind: 'validation' });
      expect(detail.errors.map((issue) => issue.path)).to.deep.equal(['indicater']);
      expect(partText(card, '[role=alert] strong')).to.equal("Check this widget's attributes");
      expect(partText(card, '[role=alert] li')).to.equal("indicater: not an attribute of this widget; did you mean 'indicator'?");
      expect(partText(card, '[part=value]')).to.equal('');
      card.lang = 'zh';
      await card.updateComplete;
      expect(partText(card, '[role=alert] li')).to.equal("indicater：不是本组件的属性，是否应为 'indicator'？");
      // Put right, the card shows the figure meant; the slip alone taken away, the first.
      card.removeAttribute('indicater');
      await until(() => card.state === 'ready', 'the card to render');
      expect(partText(card, '[part=value]')).to.equal('10.7亿元');
      card.indicator = 'retail-sales';
      await card.updateComplete;
      expect(partText(card, '[part=value]')).to.equal('7.73亿元');
      // A slip made after load is seen at once too.
      card.setAttribute('pallete', 'intl');
      await until(() => card.state === 'error', 'the slip to be seen');
      expect(partText(card, '[role=alert] li')).to.equal("pallete：不是本组件的属性，是否应为 'palette'？");
    });

    it('shows the indicator asked for while new data loads, not the one shown before', async () => {
    const stub = stubFetch();
    try {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" indicator="retail-sales" .data=${await loadDemo(KAZUO)}></sc-indicator-card>`);
      await loaded(card);
      card.data = undefined;
      card.src = '/slow.json';
      await card.updateComplete;
      // Loading over the card shown: it stays.
      expect(partText(card, '[part=value]')).to.equal('773 million yuan');
      card.indicator = 'fixed-asset-investment';
      await card.updateComplete;
      // Another figure asked for: the old one is no longer what the card shows.
      expect(partText(card, '[part=value]')).to.equal('');
      expect(card.state).to.equal('loading');
      stub.respond(await loadDemo(KAZUO));
      await until(() => card.state === 'ready', 'the card to render');
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    } finally {
      stub.restore();
    }
  });

  it('names a palette or theme that is none of its values, rather than quietly keeping the default colours', async () => {
      const { element: card, events } = await withEvents<ScIndicatorCard>('sc-indicator-card', (element) => {
        element.lang = 'en';
        element.src = KAZUO;
        element.setAttribute('palette', 'green');
      });
      await failed(card);
      expect(partText(card, '[role=alert] strong')).to.equal("Check this widget's attributes");
      expect(partText(card, '[role=alert] li')).to.equal("palette: expected cn or intl; got 'green'");
      expect(events.map((event) => [event.type, event.detail.errors[0].path])).to.deep.equal([['sc-error', 'palette']]);
      card.setAttribute('palette', 'intl');
      await until(() => card.state === 'ready', 'the card to render');
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
      card.setAttribute('theme', 'night');
      await until(() => card.state === 'error', 'the theme to be seen');
      card.lang = 'zh';
      await card.updateComplete;
      expect(partText(card, '[role=alert] li')).to.equal("theme：应为 light、dark 或 auto，而不是 'night'");
      // An empty value, as a framework writes for an unset binding, is no choice at all.
      card.setAttribute('theme', '');
      await until(() => card.state === 'ready', 'the card to render again');
      card.remove();
    });

    it('names a mistyped src, which leaves the card no input at all, rather than an empty box', async () => {
      const { element: card, events } = await withEvents<ScIndicatorCard>('sc-indicator-card', (element) => {
        element.lang = 'en';
        element.setAttribute('scr', KAZUO);
      });
      await card.updateComplete;
      expect(card.state).to.equal('error');
      expect(partText(card, '[role=alert] li')).to.equal("scr: not an attribute of this widget; did you mean 'src'?");
      expect(events.map((event) => [event.type, event.detail.errors[0].path])).to.deep.equal([['sc-error', 'scr']]);
      card.remove();
    });

    it("takes a page's own and global attributes for what they are", async () => {
      const card = await fixture<ScIndicatorCard>(
        html`<sc-indicator-card lang="en" src=${KAZUO} indicator="retail-sales" id="retail" class="wide" title="Retail" data-track="card" aria-describedby="retail" slot="x" dir="ltr" part="card" :value="x" v-if="shown"></sc-indicator-card>`,
      );
      await loaded(card);
      expect(card.state).to.equal('ready');
      expect(partText(card, '[part=value]')).to.equal('773 million yuan');
    });

    it('says calmly when a valid document has nothing for it, and still tells the host', async () => {
      const doc = await loadDemo(SHUANGTA);
      doc.indicators = [];
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" .data=${doc}></sc-indicator-card>`);
      const detail = await failed(card);
      expect(detail.empty).to.equal(true);
      expect(detail.errors[0]!.path).to.equal('indicators');
      expect(card.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
      expect(partText(card, '[part=empty]')).to.equal('Nothing to show: the document has no indicators');
      await expect(card).to.be.accessible();
    });

    it('leaves the rest of the page alone', async () => {
      const page = await fixture(html`<div lang="en">
        <p id="before">Before</p>
        <sc-indicator-card id="good" src=${KAZUO}></sc-indicator-card>
        <sc-indicator-card id="bad" .data=${{ version: 1 }}></sc-indicator-card>
      </div>`);
      const good = page.querySelector<ScIndicatorCard>('#good')!;
      const bad = page.querySelector<ScIndicatorCard>('#bad')!;
      await Promise.all([loaded(good), failed(bad)]);
      expect(partText(good, '[part=value]')).to.equal('1.07 billion yuan');
      expect(page.querySelector('#before')!.textContent).to.equal('Before');
    });
  });
});

describe('progressGeometry', () => {
  it('places the actual and the target on a track from zero', () => {
    expect(progressGeometry({ actual: 15.7, target: 15 })).to.deep.equal({ fill: 87, marker: 83.1 });
    expect(progressGeometry({ actual: -2, target: 10 })).to.deep.equal({ fill: 0, marker: 87 });
    expect(progressGeometry({ actual: undefined, target: 40 })).to.equal(undefined);
    expect(progressGeometry({ actual: 0, target: 0 })).to.deep.equal({ fill: 0, marker: 0 });
  });

  it('measures the cut where lower is better, and draws no track towards a ceiling', () => {
    expect(progressGeometry({ actual: -4.1, target: -3 }, { lowerIsBetter: true })).to.deep.equal({ fill: 87, marker: 63.6 });
    expect(progressGeometry({ actual: -2, target: -3 }, { lowerIsBetter: true })).to.deep.equal({ fill: 58, marker: 87 });
    expect(progressGeometry({ actual: 1.5, target: 2 }, { lowerIsBetter: true })).to.equal(undefined);
    expect(progressGeometry({ actual: 5.6, target: 5.5 }, { ceiling: true })).to.equal(undefined);
    // A fall allowed as the target of a figure where higher is better: −3% beats −5%, which no bar from zero can show.
    expect(progressGeometry({ actual: -3, target: -5 })).to.equal(undefined);
  });
});

describe('figureEms', () => {
  it('counts digits at 0.7 em and separators at 0.4, the widest common faces set them', () => {
    expect(figureEms('167,655')).to.equal(4.6);
    expect(figureEms('2.0228')).to.equal(3.9);
  });
});
