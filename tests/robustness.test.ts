/**
 * Odd and hostile input found by a stress test of the embed bundle: each case
 * shows a clear message or a sensible default, never a wrong figure.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ScIndicatorCard } from '../src/components/indicator-card/indicator-card.component.js';
import type { ScGrowthBars } from '../src/components/growth-bars/growth-bars.component.js';
import type { ScScorecard } from '../src/components/scorecard/scorecard.component.js';
import type { ScTourismSurge } from '../src/components/tourism-surge/tourism-surge.component.js';
import { formatNumber } from '../src/format/number.js';
import type { ScErrorDetail } from '../src/data/errors.js';
import { validateDocument } from '../src/schema/document.js';
import { luminance } from '../src/internal/page-look.js';
import { LARGEST } from '../src/schema/dsl.js';
import { KAZUO, LINGYUAN, SHUANGTA, failed, hover, inBox, loadDemo, loaded, openPage, partText, stubFetch, until, visualLines, withEvents } from './helpers.js';

describe('odd input', () => {
  it('keeps a fetched document read-only, so one element or host script cannot change it under the others', async () => {
    const first = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO}></sc-indicator-card>`);
    await loaded(first);
    const document = first.loadedDocuments![0]!;
    expect(Object.isFrozen(document.indicators![0])).to.equal(true);
    expect(() => {
      (document.indicators![0] as { value?: unknown }).value = 'oops';
    }).to.throw(TypeError);
    const second = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO}></sc-indicator-card>`);
    await loaded(second);
    expect(partText(second, '[part=value]')).to.equal('1.07 billion yuan');
  });

  it('names an empty list of documents', async () => {
    const { element } = await withEvents<ScIndicatorCard>('sc-indicator-card', (card) => {
      card.lang = 'en';
      card.data = [];
    });
    const error = await failed(element);
    expect(error.errors[0]).to.include({ path: 'data', message: 'expected a document or a list of documents; got an empty list' });
    element.remove();
  });

  it('gives a list path without a trailing dot when a listed document is not an object', async () => {
    const { element } = await withEvents<ScGrowthBars>('sc-growth-bars', async (bars) => {
      bars.lang = 'en';
      bars.data = [await loadDemo(KAZUO), 'not a document'];
    });
    const error = await failed(element);
    expect(error.errors.map((issue) => issue.path)).to.deep.equal(['[1]']);
    element.remove();
  });

  it('reads reference="" as no reference line, not a line at 0%', async () => {
    const bars = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" src=${KAZUO} reference=""></sc-growth-bars>`);
    await loaded(bars);
    expect(bars.shadowRoot!.querySelector('[part=reference]')).to.equal(null);
    expect(partText(bars, '[part=summary]')).to.not.contain('reference');
  });

  it('trims the indicator id', async () => {
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" indicator=" retail-sales " src=${KAZUO}></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=label]')).to.equal('Retail sales of consumer goods');
  });

  it('says calmly when a scorecard has nothing to show, and fires sc-error', async () => {
    const document = await loadDemo(KAZUO);
    delete document.indicators;
    delete document.pipelines;
    delete document.tourism;
    delete document.projects;
    const { element, events } = await withEvents<ScScorecard>('sc-scorecard', (card) => {
      card.lang = 'en';
      card.data = document;
    });
    await failed(element);
    expect(partText(element, '[part=empty]')).to.contain('no indicators, pipelines, tourism or projects');
    expect(events.map((event) => event.type)).to.deep.equal(['sc-error']);
    expect((events[0] as CustomEvent<ScErrorDetail>).detail).to.include({ kind: 'validation', empty: true });
    element.remove();
  });

  it('types its events for listeners anywhere on the page (written without a cast: the type check fails otherwise)', async () => {
    const heard: string[] = [];
    const listening = new AbortController();
    document.addEventListener('sc-error', (event) => heard.push(`${event.type} ${event.detail.kind} ${event.detail.errors[0]!.path}`), listening);
    document.addEventListener('sc-load', (event) => heard.push(`${event.type} ${[event.detail].flat().map((loaded) => loaded.id)}`), listening);
    const good = await fixture<ScIndicatorCard>(html`<sc-indicator-card src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
    await loaded(good);
    const bad = await fixture<ScIndicatorCard>(html`<sc-indicator-card src=${KAZUO} indicator="nope"></sc-indicator-card>`);
    await failed(bad);
    listening.abort();
    expect(heard).to.deep.equal(['sc-load kazuo-2024-q1', 'sc-error validation indicator']);
  });

  it("draws every chart's labels at the reader's text size, and keeps each drawing inside its box", async () => {
    const charts = [
      html`<sc-project-funnel lang="zh" src=${LINGYUAN}></sc-project-funnel>`,
      html`<sc-tourism-surge lang="en" src=${SHUANGTA}></sc-tourism-surge>`,
      html`<sc-growth-bars lang="zh" src=${LINGYUAN}></sc-growth-bars>`,
    ];
    /** The height of the first text in each drawing, and whether every drawing fits the box. */
    const measure = async (template: ReturnType<typeof html>, width: number) => {
      const chart = await inBox<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(width, template);
      const drawings = [...chart.shadowRoot!.querySelectorAll('svg[role=group]')];
      const box = chart.parentElement!.getBoundingClientRect();
      return {
        text: drawings[0]!.querySelector('text')!.getBoundingClientRect().height,
        fits: drawings.every((drawing) => drawing.getBoundingClientRect().right <= box.right + 0.5),
      };
    };
    for (const template of charts) {
      const normal = await measure(template, 800);
      document.documentElement.style.fontSize = '200%';
      try {
        for (const width of [360, 800]) {
          const large = await measure(template, width);
          expect(large.text / normal.text, `${width} px`).to.be.closeTo(2, 0.15);
          expect(large.fits, `${width} px`).to.equal(true);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    }
  });

  it('prints dark on white from a dark page, with theme="dark" or a color-scheme on the element, as paper needs', async () => {
    const box = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: #121212">
      <sc-indicator-card lang="zh" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>
      <sc-growth-bars lang="zh" src=${KAZUO} theme="dark" style="color-scheme: dark"></sc-growth-bars>
    </div>`);
    const [card, bars] = [...box.children] as (ScIndicatorCard | ScGrowthBars)[];
    await loaded(card!);
    await loaded(bars!);
    /** The brightness (0–255) of a text's colour: pale text is near 255. */
    const brightness = (node: Element) => Math.max(...getComputedStyle(node).color.match(/[\d.]+/g)!.slice(0, 3).map(Number));
    const texts = () => [card!.shadowRoot!.querySelector('[part=value]')!, bars!.shadowRoot!.querySelector('[part=summary]')!, bars!.shadowRoot!.querySelector('text.label')!];
    expect(texts().map(brightness).every((value) => value > 180), 'pale on screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(texts().map(brightness).every((value) => value < 120), 'dark on paper').to.equal(true);
      // On the white of paper, too, where the page prints its dark background (the reader's choice in the print dialog).
      for (const element of [card!, bars!]) expect(getComputedStyle(element).backgroundColor, element.localName).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('lays a chart wider than paper out again for it while the page prints, and back after', async () => {
    for (const tag of ['sc-growth-bars', 'sc-tourism-surge', 'sc-project-funnel']) {
      const chart = await inBox<ScGrowthBars>(1100, html`<div .innerHTML=${`<${tag} lang="zh" src="${tag === 'sc-project-funnel' ? LINGYUAN : KAZUO}"${tag === 'sc-tourism-surge' ? ' events="qingming-2024"' : ''}></${tag}>`}></div>`);
      const widest = () => Math.max(...[...chart.shadowRoot!.querySelectorAll('.chart svg')].map((svg) => Number(svg.getAttribute('width'))));
      expect(widest(), `${tag} on screen`).to.be.greaterThan(900);
      window.dispatchEvent(new Event('beforeprint'));
      await chart.updateComplete;
      expect(widest(), `${tag} on paper`).to.be.at.most(718);
      window.dispatchEvent(new Event('afterprint'));
      await chart.updateComplete;
      expect(widest(), `${tag} on screen again`).to.be.greaterThan(900);
      chart.closest('div[style*="width"]')!.remove();
    }
  });

  it('follows its width again when taken out while the page printed', async () => {
    const chart = await inBox<ScGrowthBars>(1100, html`<sc-growth-bars lang="zh" src=${KAZUO}></sc-growth-bars>`);
    const box = chart.parentElement!;
    window.dispatchEvent(new Event('beforeprint'));
    await chart.updateComplete;
    chart.remove();
    window.dispatchEvent(new Event('afterprint'));
    box.append(chart);
    box.style.width = '1000px';
    await until(() => Number(chart.shadowRoot!.querySelector('.chart svg')?.getAttribute('width')) === 1000, 'the chart at its new width');
  });

  it('scales a drawing wider than the printed page to fit it, rather than cut its figures off', async () => {
    const chart = await inBox<ScGrowthBars>(900, html`<sc-growth-bars lang="zh" src=${KAZUO}></sc-growth-bars>`);
    const box = chart.parentElement!;
    // Narrower at once, before the chart lays itself out again: as a page printed on paper narrower than the screen.
    const overflow = () => {
      box.style.width = '500px';
      const right = chart.shadowRoot!.querySelector('.chart svg')!.getBoundingClientRect().right;
      box.style.width = '900px';
      return right - box.getBoundingClientRect().left;
    };
    expect(overflow(), 'on screen').to.be.greaterThan(800);
    await emulateMedia({ media: 'print' });
    try {
      expect(overflow(), 'on paper').to.be.at.most(500.5);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it("keeps each of a scorecard's project rows on one page when printed (a name at a page's foot, its figures on the next)", async () => {
    const scorecard = await fixture<ScScorecard>(html`<sc-scorecard lang="en" src=${KAZUO}></sc-scorecard>`);
    await loaded(scorecard);
    const row = scorecard.shadowRoot!.querySelector('.projects tbody tr')!;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(row).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps its styles in a same-origin frame (a preview pane) and back, throws nothing there, and follows that page\'s language and dark mode', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc="<!doctype html><html lang='en'><body></body></html>" style="width: 600px; height: 400px"></iframe>`);
    // (The frame's first document, about:blank, is complete before its own, in English, replaces it.)
    await until(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.documentElement.lang === 'en', 'the frame');
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" src=${KAZUO} indicator="fixed-asset-investment"></sc-indicator-card>`);
      await loaded(card);
      const home = card.parentElement!;
      // The sentence for screen readers is out of sight where the styles hold.
      const styled = (element: HTMLElement) => element.shadowRoot!.querySelector('.visually-hidden')!.getBoundingClientRect().width <= 1;
      expect(styled(card), 'on the page').to.equal(true);
      frame.contentDocument!.body.append(card);
      await card.updateComplete;
      expect(styled(card), 'in the frame').to.equal(true);
      home.append(card);
      await card.updateComplete;
      expect(styled(card), 'back on the page').to.equal(true);
      // Made on the page, first connected in the frame, whose page sets a larger root font than this one.
      const chart = document.createElement('sc-growth-bars') as ScGrowthBars;
      chart.src = KAZUO;
      frame.contentDocument!.documentElement.style.fontSize = '24px';
      frame.contentDocument!.body.append(chart);
      await loaded(chart);
      expect(chart.state).to.equal('ready');
      const onPage = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" src=${KAZUO}></sc-growth-bars>`);
      await loaded(onPage);
      const labelHeight = (element: ScGrowthBars) => element.shadowRoot!.querySelector('text.label')!.getBoundingClientRect().height;
      expect(labelHeight(chart) / labelHeight(onPage), "the frame page's text size (24 px to 16)").to.be.above(1.3);
      expect(chart.shadowRoot!.querySelector('.sizer')!.getBoundingClientRect().height, 'the measuring canvas, out of sight').to.equal(0);
      expect(partText(chart, '[part=title]')).to.match(/^Kazuo County/);
      frame.contentDocument!.documentElement.lang = 'zh';
      await until(() => partText(chart, '[part=title]').startsWith('喀左县'), 'the frame page\'s language');
      // That page's dark-mode button (a class on its <html>, colours and no color-scheme) turns it dark at once.
      const theme = frame.contentDocument!.createElement('style');
      theme.textContent = '.site-dark body { background: rgb(18, 18, 18); color: rgb(232, 232, 232); }';
      frame.contentDocument!.head.append(theme);
      const titleLight = () => luminance(getComputedStyle(chart.shadowRoot!.querySelector('[part=title]')!).color)!;
      expect(titleLight(), 'dark ink on the light frame page').to.be.below(0.05);
      frame.contentDocument!.documentElement.classList.add('site-dark');
      await until(() => titleLight() > 0.5, "light ink when the frame's page turns dark");
      // The frame goes (a preview pane rebuilt) and never disconnects its widget: the page's end lets go of it.
      let updates = 0;
      const requestUpdate = chart.requestUpdate.bind(chart);
      chart.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
        updates += 1;
        requestUpdate(...args);
      };
      frame.remove();
      const pageLang = document.documentElement.lang;
      document.documentElement.lang = 'zh-CN';
      document.documentElement.lang = pageLang;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(updates, 'updates of a widget whose frame went').to.equal(0);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('in a same-origin frame, hides hovered details on Escape and when the focus moves there, and keeps the keyboard on a mark when the focused one goes', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc="<!doctype html><html lang='en'><body style='margin: 0'><button>Edit</button></body></html>" style="width: 700px; height: 600px; border: 0"></iframe>`);
    // (The frame's first document, about:blank, is complete before its own replaces it.)
    await until(() => frame.contentDocument?.readyState === 'complete' && !!frame.contentDocument.querySelector('button'), 'the frame');
    const page = frame.contentDocument!;
    // Made by this page, whose registry defines it (the frame's has none), and shown in the frame.
    const chart = document.createElement('sc-growth-bars') as ScGrowthBars;
    chart.src = LINGYUAN;
    page.body.append(chart);
    await loaded(chart);
    await until(() => chart.shadowRoot!.querySelectorAll('[data-mark]').length === 6, 'the bars');
    const marks = () => [...chart.shadowRoot!.querySelectorAll<SVGGElement>('[data-mark]')];
    const tooltip = () => partText(chart, '[part=tooltip]');
    // Pointer events sent to the bar: the browser may route a real pointer's first moves past a frame just made.
    const bar = marks()[0]!.querySelector('rect.bar')!;
    hover(bar);
    await until(() => tooltip().includes('GDP'), 'details on hover');
    page.querySelector('button')!.focus();
    await chart.updateComplete;
    expect(tooltip(), "the focus moved to the frame page's button").to.equal('');
    hover(bar, 2);
    await until(() => tooltip().includes('GDP'), 'details on hover again');
    expect(page.activeElement, 'the focus in the frame').to.equal(page.querySelector('button'));
    await sendKeys({ press: 'Escape' });
    await chart.updateComplete;
    expect(tooltip(), 'Escape in the frame').to.equal('');

    marks()[0]!.focus();
    await sendKeys({ press: 'End' });
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).to.equal(marks()[5]);
    chart.indicators = 'gdp,retail-sales';
    await loaded(chart);
    await chart.updateComplete;
    expect(marks()).to.have.length(2);
    expect(chart.shadowRoot!.activeElement?.getAttribute('data-mark'), 'the bar now last').to.equal('1');
  });

  it("prints the credit's address after it, as paper has no link to follow", async () => {
    const document = await loadDemo(KAZUO);
    document.source.url = 'https://www.example.gov.cn/news/kazuo-q1.html';
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="zh" .data=${document} indicator="fixed-asset-investment"></sc-indicator-card>`);
    await loaded(card);
    const link = card.shadowRoot!.querySelector('[part=source] a')!;
    expect(getComputedStyle(link, '::after').content, 'on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(link, '::after').content).to.equal('" (https://www.example.gov.cn/news/kazuo-q1.html)"');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('gives up its request when its frame goes (a preview pane rebuilt), and loads again when put on the page', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc="<!doctype html><html lang='en'><body></body></html>"></iframe>`);
    await until(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.documentElement.lang === 'en', 'the frame');
    const stub = stubFetch();
    try {
      const card = document.createElement('sc-indicator-card') as ScIndicatorCard;
      card.src = '/slow.json';
      card.setAttribute('indicator', 'fixed-asset-investment');
      frame.contentDocument!.body.append(card);
      await until(() => stub.calls.length === 1, 'the request');
      // Its frame's page ends, and the card stays connected to that page's document: no removal to tell it.
      frame.remove();
      await until(() => stub.calls[0]!.signal!.aborted, 'the request given up');
      const home = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      home.append(card);
      expect(stub.calls.length, 'a request made again').to.equal(2);
      stub.respond(await loadDemo(KAZUO));
      await loaded(card);
      expect(partText(card, '[part=value]')).to.equal('1.07 billion yuan');
    } finally {
      stub.restore();
    }
  });

  it('names the sections asked for that the document has nothing for, as a list', async () => {
    const document = await loadDemo(KAZUO);
    delete document.pipelines;
    delete document.tourism;
    // Separated by spaces as well as commas, as the attribute is read (see parseIds).
    for (const sections of ['pipelines,tourism', 'pipelines tourism']) {
      for (const [lang, expected] of [['en', 'the document has no data for: pipelines, tourism'], ['zh', '文档中没有以下栏目的数据：pipelines、tourism']] as const) {
        const card = await fixture<ScScorecard>(html`<sc-scorecard lang=${lang} sections=${sections} .data=${document}></sc-scorecard>`);
        await failed(card);
        expect(partText(card, '[part=empty]')).to.contain(expected);
        card.remove();
      }
    }
  });

  it('says the growth section needs two growth rates when the document has only one', async () => {
    const document = await loadDemo(KAZUO);
    const [first] = document.indicators!.filter((indicator) => indicator.change?.kind === 'percent');
    document.indicators = [first!];
    for (const [lang, expected] of [
      ['en', 'the document has no data for: growth (it needs two growth rates or more; the document has one)'],
      ['zh', '文档中没有以下栏目的数据：growth（需要两项或以上的增速，文档中只有一项）'],
    ] as const) {
      const card = await fixture<ScScorecard>(html`<sc-scorecard lang=${lang} sections="growth" .data=${document}></sc-scorecard>`);
      await failed(card);
      expect(partText(card, '[part=empty]')).to.contain(expected);
      card.remove();
    }
  });

  it("writes no attribute the page did not write (a CMS that saves its editor's HTML would keep it)", async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <sc-indicator-card src=${KAZUO}></sc-indicator-card>
      <sc-growth-bars src=${KAZUO}></sc-growth-bars>
      <sc-project-funnel src=${LINGYUAN}></sc-project-funnel>
      <sc-tourism-surge src=${KAZUO}></sc-tourism-surge>
      <sc-scorecard src=${KAZUO} sections="indicators"></sc-scorecard>
    </div>`);
    const widgets = [...box.children] as (HTMLElement & { updateComplete: Promise<boolean>; state: string })[];
    for (const widget of widgets) await loaded(widget);
    const written = (widget: Element) => widget.getAttributeNames().filter((name) => name !== 'src' && name !== 'sections');
    expect(widgets.map(written)).to.deep.equal(widgets.map(() => []));
  });

  it('is 300 px wide, not 0, in a box as wide as its content (a float, a table cell, a flex item), and shrinks with a flex row', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <div style="display: flex; gap: 12px; width: 500px">
        <sc-indicator-card src=${KAZUO}></sc-indicator-card>
        <sc-indicator-card src=${KAZUO}></sc-indicator-card>
      </div>
      <div style="float: left"><sc-growth-bars src=${KAZUO}></sc-growth-bars></div>
      <table><tr><td><sc-indicator-card src=${KAZUO}></sc-indicator-card></td></tr></table>
    </div>`);
    const widgets = [...box.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean>; state: string }>('sc-indicator-card, sc-growth-bars')];
    for (const widget of widgets) await loaded(widget);
    expect(widgets.map((widget) => Math.round(widget.getBoundingClientRect().width))).to.deep.equal([244, 244, 300, 300]);
  });

  it('stands beside a floated picture whole, its drawing inside its box', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <div style="float: left; width: 200px; height: 400px"></div>
      <sc-growth-bars src=${KAZUO}></sc-growth-bars>
    </div>`);
    const chart = column.querySelector<HTMLElement & { updateComplete: Promise<boolean>; state: string }>('sc-growth-bars')!;
    await loaded(chart);
    const box = chart.getBoundingClientRect();
    const drawing = chart.shadowRoot!.querySelector('svg[role=group]')!.getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(Math.round(column.getBoundingClientRect().left) + 200);
    expect(drawing.right).to.be.at.most(box.right + 0.5);
  });

  it('asks a page for no width of its own: a padded grid cell in a 320 px page keeps the page 320 px wide (WCAG 1.4.10)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 320px; overflow: auto">
      <div style="display: grid; grid-template-columns: 1fr; padding: 0 24px">
        <div style="padding: 12px; border: 1px solid">
          <sc-indicator-card src=${KAZUO}></sc-indicator-card>
          <sc-growth-bars src=${KAZUO}></sc-growth-bars>
        </div>
      </div>
    </div>`);
    const widgets = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean>; state: string }>('sc-indicator-card, sc-growth-bars')];
    for (const widget of widgets) await loaded(widget);
    expect(page.scrollWidth).to.equal(320);
    expect(widgets.map((widget) => Math.round(widget.getBoundingClientRect().width))).to.deep.equal([246, 246]);
  });

  it('prints zero without a sign', () => {
    expect(formatNumber(-0, 'zh')).to.equal('0');
    expect(formatNumber(-0.04, 'en', 1)).to.equal('0.0');
    expect(formatNumber(-3.2, 'en')).to.equal('−3.2');
  });

  it('calls version 1.5 invalid rather than new, and says plainly what it expects', async () => {
    const document = { ...(await loadDemo(KAZUO)), version: 1.5 };
    const [issue] = validateDocument(document).issues;
    expect(issue).to.include({ path: 'version', message: 'expected 1; got 1.5' });
  });

  it('names a repeated indicator id, rather than showing the first figure on two cards', async () => {
    const document = await loadDemo(KAZUO);
    document.indicators![1]!.id = document.indicators![0]!.id;
    const { element } = await withEvents<ScScorecard>('sc-scorecard', (card) => {
      card.lang = 'en';
      card.data = document;
    });
    const error = await failed(element);
    expect(error.errors.map((issue) => issue.path)).to.deep.equal(['indicators[1].id']);
    expect(partText(element, '[role=alert]')).to.contain(`indicators[1].id: expected an id not used before; got '${document.indicators![0]!.id}', as indicators[0]`);
    element.remove();
  });

  it('says aloud once that a data file is down, while every widget that needed it says so in place', async () => {
    const missing = `/demo/data/down-${Math.random()}.json`;
    const box = await fixture(html`<div lang="en">
      <sc-indicator-card src=${missing}></sc-indicator-card>
      <sc-indicator-card src=${missing} indicator="gdp"></sc-indicator-card>
      <sc-growth-bars src=${missing}></sc-growth-bars>
    </div>`);
    const cards = [...box.children] as ScIndicatorCard[];
    const details = await Promise.all(cards.map((card) => failed(card)));
    expect(details.map((detail) => detail.kind)).to.deep.equal(['network', 'network', 'network']);
    const alerts = () => cards.map((card) => card.shadowRoot!.querySelector('[part=error]')!.getAttribute('role'));
    expect(cards.map((card) => partText(card, '[part=error] li'))).to.satisfy((texts: string[]) => texts.every((text) => text.includes(missing)));
    expect(alerts().filter((role) => role === 'alert')).to.have.length(1);
    // Another widget with the same error, after the one that spoke has gone, speaks in its turn.
    const speaker = cards[alerts().indexOf('alert')]!;
    speaker.remove();
    const later = document.createElement('sc-indicator-card') as ScIndicatorCard;
    later.setAttribute('src', missing);
    box.append(later);
    await failed(later);
    expect(later.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
    // A different failure is announced on its own, and so is the same one in another language, to its own readers.
    const other = document.createElement('sc-indicator-card') as ScIndicatorCard;
    other.setAttribute('src', `${missing}?other`);
    const chinese = document.createElement('sc-indicator-card') as ScIndicatorCard;
    chinese.setAttribute('src', missing);
    chinese.lang = 'zh';
    box.append(other, chinese);
    await Promise.all([failed(other), failed(chinese)]);
    expect(other.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
    expect(chinese.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
  });

  it('leaves the saying to a widget in sight, keeps it through a re-sort, and lets it go with a widget that leaves', async () => {
    const missing = `/demo/data/down-${Math.random()}.json`;
    const role = (card: Element) => card.shadowRoot!.querySelector('[part=error]')?.getAttribute('role') ?? null;
    // One in a closed tab first: a region out of sight is never spoken, so it must not silence the one in sight.
    const box = await fixture(html`<div lang="en">
      <div hidden><sc-indicator-card src=${missing}></sc-indicator-card></div>
      <sc-indicator-card src=${missing}></sc-indicator-card>
      <sc-indicator-card src=${missing}></sc-indicator-card>
    </div>`);
    const [hidden, first, second] = [...box.querySelectorAll('sc-indicator-card')] as ScIndicatorCard[];
    await Promise.all([hidden, first, second].map((card) => failed(card!)));
    expect([role(hidden!), role(first!), role(second!)]).to.deep.equal([null, 'alert', null]);
    // Re-sorted (each leaves and comes back at once): the same widget still speaks, and nothing is said again.
    box.append(second!, first!);
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect([role(first!), role(second!)]).to.deep.equal(['alert', null]);
    // One that has left the page before it read its data neither reads it nor takes a voice (nor stays referenced by
    // the page's list of speakers); back on the page, it fails and speaks.
    const doc = await loadDemo(LINGYUAN);
    (doc as unknown as { region: unknown }).region = 42;
    const gone = document.createElement('sc-indicator-card') as ScIndicatorCard;
    gone.data = doc;
    document.body.append(gone);
    gone.remove();
    await gone.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([gone.state, role(gone)]).to.deep.equal(['idle', null]);
    box.append(gone);
    await failed(gone);
    expect(gone.error!.errors[0]!.path).to.equal('region');
  });

  it("heads a document's own error as the data's, even where its path is also an attribute's name", async () => {
    const doc = await loadDemo(LINGYUAN);
    (doc as unknown as { indicators: unknown }).indicators = 'gdp';
    const bars = await fixture<ScGrowthBars>(html`<sc-growth-bars lang="en" .data=${doc}></sc-growth-bars>`);
    expect((await failed(bars)).errors.map((issue) => issue.path)).to.deep.equal(['indicators']);
    expect(partText(bars, '[part=error] strong')).to.equal('The data has errors and cannot be shown');
  });

  it('hides the fallback a page puts inside it once it starts, from sight and from screen readers, and still reads its inline JSON', async () => {
    const document = await loadDemo(KAZUO);
    const card = await fixture<ScIndicatorCard>(html`<sc-indicator-card lang="en" indicator="retail-sales"
      ><p>Retail sales: 773 million yuan (the published table)</p
      ><script type="application/json">${JSON.stringify(document)}</script
    ></sc-indicator-card>`);
    await loaded(card);
    expect(partText(card, '[part=value]')).to.equal('773 million yuan');
    const fallback = card.querySelector('p')! as HTMLParagraphElement & { computedRole: string | null };
    expect(fallback.checkVisibility()).to.equal(false);
    expect(card.getBoundingClientRect().height).to.equal(card.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect().height);
    expect(fallback.computedRole ?? 'none').to.be.oneOf(['none', '']);
  });

  it('refuses a date that is not in the calendar', async () => {
    const document = await loadDemo(KAZUO);
    document.tourism![0]!.days = [{ date: '2024-13-45', visitors: 3 }];
    expect(validateDocument(document).issues.map((issue) => issue.path)).to.deep.equal(['tourism[0].days[0].date']);
  });

  it('names a holiday that ends before it starts, in the element\'s language', async () => {
    const document = await loadDemo(KAZUO);
    document.tourism![0]!.period = { zh: '春节假期', en: 'Spring Festival holiday', start: '2024-02-17', end: '2024-02-10' };
    const shown = {
      en: "tourism[0].period.end (spring-festival-2024): expected a date not before start (2024-02-17); got '2024-02-10'",
      zh: "tourism[0].period.end（spring-festival-2024）：应为不早于 start（2024-02-17）的日期，实际为'2024-02-10'",
    };
    for (const [lang, message] of Object.entries(shown)) {
      const { element } = await withEvents<ScTourismSurge>('sc-tourism-surge', (surge) => {
        surge.lang = lang;
        surge.data = document;
      });
      const error = await failed(element);
      expect(error.errors.map((issue) => issue.path)).to.deep.equal(['tourism[0].period.end']);
      expect(partText(element, '[role=alert]')).to.contain(message);
      element.remove();
    }
  });
});

describe("a mark's details in Chinese", () => {
  it('keep each figure whole on its line in every chart (同比增长534% never split at its %)', async () => {
    for (const markup of [
      html`<sc-growth-bars lang="zh" src=${KAZUO}></sc-growth-bars>`,
      html`<sc-project-funnel lang="zh" src=${LINGYUAN}></sc-project-funnel>`,
      html`<sc-tourism-surge lang="zh" src=${KAZUO}></sc-tourism-surge>`,
      html`<sc-tourism-surge lang="zh" src=${SHUANGTA}></sc-tourism-surge>`,
    ]) {
      const chart = await inBox<ScGrowthBars>(360, markup);
      await loaded(chart);
      const marks = [...chart.shadowRoot!.querySelectorAll<SVGElement>('[data-mark]')];
      expect(marks.length, chart.localName).to.be.above(1);
      for (const mark of marks) {
        mark.focus();
        await chart.updateComplete;
        const tooltip = chart.shadowRoot!.querySelector('[part=tooltip]')!;
        const runs = [...tooltip.querySelectorAll('.figure-run')];
        const what = `${chart.localName} ${mark.getAttribute('aria-label')}: ${visualLines(tooltip).join(' / ')}`;
        expect(runs.length, what).to.be.above(0);
        for (const run of runs) expect(visualLines(run), what).to.have.length(1);
      }
      chart.parentElement!.remove();
    }
  });
});

describe('figures at the limits a document allows', () => {
  const HUGE = LARGEST;
  const extreme = {
    version: 1,
    id: 'extreme',
    region: 'X',
    period: 'P',
    source: { name: 'S' },
    indicators: [
      { id: 'up', label: 'Up', value: HUGE, unit: '100m-cny', change: { kind: 'percent', value: HUGE }, target: { kind: 'growth', value: HUGE } },
      { id: 'down', label: 'Down', value: -HUGE, unit: '100m-cny', change: { kind: 'percent', value: -HUGE } },
    ],
    pipelines: [
      {
        id: 'p',
        label: 'P',
        unit: 'count',
        stages: [
          { id: 'a', label: 'A', count: HUGE, amount: { value: HUGE, unit: '100m-cny' } },
          { id: 'b', label: 'B', count: 1, amount: { value: 1, unit: '100m-cny' } },
        ],
      },
    ],
    tourism: [
      {
        id: 't',
        label: 'T',
        visitors: { value: HUGE, unit: '10k-visits', change: { kind: 'percent', value: HUGE } },
        days: [{ date: '2024-04-04', visitors: HUGE }, { date: '2024-04-05', visitors: 1 }],
      },
    ],
  };

  it('refuses a figure past 10^15, which a double cannot keep digit for digit', async () => {
    const result = validateDocument({ ...extreme, indicators: [{ id: 'x', label: 'X', value: 1e300, unit: '100m-cny' }] });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]).to.include({
      path: 'indicators[0].value',
      message: 'expected a figure between -10^15 and 10^15 (a larger one cannot keep every digit); got 1e+300',
    });
    const atLimit = validateDocument({ ...extreme, indicators: [{ id: 'x', label: 'X', value: -LARGEST, unit: '100m-cny' }] });
    expect(atLimit.ok).to.equal(true);
  });

  const cases: [string, Record<string, string>][] = [
    ['sc-growth-bars', {}],
    ['sc-project-funnel', {}],
    ['sc-project-funnel', { measure: 'amount' }],
    ['sc-tourism-surge', {}],
    ['sc-indicator-card', {}],
  ];
  for (const [tag, attributes] of cases) {
    it(`${tag} ${JSON.stringify(attributes)} draws ±10^15 without NaN or Infinity anywhere`, async () => {
      const { element } = await withEvents<ScGrowthBars>(tag, (el) => {
        el.setAttribute('lang', 'en');
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.data = extreme;
      });
      await loaded(element);
      const bad = [...element.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].filter((attribute) => /NaN|Infinity/.test(attribute.value)).map((attribute) => `${node.localName}[${attribute.name}=${attribute.value}]`),
      );
      expect(bad).to.deep.equal([]);
      expect(element.shadowRoot!.textContent).to.not.match(/NaN|Infinity/);
      element.remove();
    });
  }
});

describe('a hostile host page', () => {
  let page: Document;
  let frameElement: HTMLIFrameElement;

  before(async () => {
    frameElement = await openPage('/tests/fixtures/hostile.html', 480);
    page = frameElement.contentDocument!;
    for (const id of ['#card', '#bars']) await until(() => (page.querySelector(id) as { state?: string } | null)?.state === 'ready', id);
  });

  after(() => frameElement.remove());

  const styleOf = (id: string, selector: string) => {
    const element = page.querySelector(id)!.shadowRoot!.querySelector(selector)!;
    return frameElement.contentWindow!.getComputedStyle(element);
  };

  it('is a page in quirks mode, with site-wide rules on every element', () => {
    expect(page.compatMode).to.equal('BackCompat');
    expect(getComputedStyle(page.querySelector('#card')!).color).to.equal('rgb(255, 0, 0)');
  });

  it('keeps the page colour off every figure: red is a rise in the cn palette', () => {
    expect(styleOf('#card', '[part=value]').color).to.not.equal('rgb(255, 0, 0)');
    expect(styleOf('#card', '[part=label]').color).to.not.equal('rgb(255, 0, 0)');
    expect(styleOf('#bars', '[part=title]').color).to.not.equal('rgb(255, 0, 0)');
  });

  it('writes left to right, upright and at its own size in a right-to-left page', () => {
    const change = styleOf('#card', '[part=change]');
    expect([change.direction, change.fontStyle, change.textAlign, change.fontSize]).to.deep.equal(['ltr', 'normal', 'start', '16px']);
    expect(styleOf('#bars', 'svg').direction).to.equal('ltr');
  });

  it("keeps its text at the reader's default size on a page whose root font is 62.5% (1rem = 10px)", () => {
    expect(frameElement.contentWindow!.getComputedStyle(page.documentElement).fontSize).to.equal('10px');
    const sizes = [
      styleOf('#card', '[part=label]').fontSize,
      styleOf('#card', '[part=source]').fontSize,
      styleOf('#bars', '[part=title]').fontSize,
      styleOf('#bars', '[part=summary]').fontSize,
    ];
    expect(sizes).to.deep.equal(['15px', '12px', '16px', '14px']);
    // Spacing keeps to the same scale, so text does not crowd its box.
    expect(styleOf('#card', '[part=card]').paddingLeft).to.equal('16px');
  });

  it('keeps a lone card as tall as its content, not the window', () => {
    const height = page.querySelector('#card')!.getBoundingClientRect().height;
    expect(height).to.be.within(100, 300);
  });
});

describe("a reader who sets a larger default text size, on a page whose root font is 62.5%", () => {
  let page: Document;
  let frameElement: HTMLIFrameElement;

  before(async () => {
    // Chrome's "Font size: Very large": the page's text (1.6rem on a 62.5% root) grows by half.
    await executeServerCommand('font-sizes', { standard: 24, fixed: 20 });
    frameElement = await openPage('/tests/fixtures/hostile.html', 720);
    page = frameElement.contentDocument!;
    for (const id of ['#card', '#bars']) await until(() => (page.querySelector(id) as { state?: string } | null)?.state === 'ready', id);
  });

  after(async () => {
    frameElement.remove();
    await executeServerCommand('font-sizes', { standard: 16, fixed: 13 });
  });

  const styleOf = (id: string, selector: string) => frameElement.contentWindow!.getComputedStyle(page.querySelector(id)!.shadowRoot!.querySelector(selector)!);

  it('grows its text, spacing and drawings by half with it, though 1rem is 15 px', () => {
    expect(frameElement.contentWindow!.getComputedStyle(page.documentElement).fontSize).to.equal('15px');
    const sizes = [styleOf('#card', '[part=label]').fontSize, styleOf('#bars', '[part=title]').fontSize, styleOf('#bars', '[part=summary]').fontSize];
    expect(sizes).to.deep.equal(['22.5px', '24px', '21px']);
    expect(styleOf('#card', '[part=card]').paddingLeft).to.equal('24px');
    // The drawing is laid out at two thirds of its width and drawn half as large again.
    const svg = page.querySelector('#bars')!.shadowRoot!.querySelector('[part=chart] svg')!;
    const drawn = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    expect(drawn).to.be.closeTo(1.5, 0.01);
  });
});

describe('a CMS column that clips what leaves it (overflow: hidden)', () => {
  /** How far the focus rings reach past the widget's left and right edges, in px (stroke included). */
  const overhang = (element: HTMLElement): number[] => {
    const host = element.getBoundingClientRect();
    const rings = [...element.shadowRoot!.querySelectorAll('.focus-ring')].map((ring) => ring.getBoundingClientRect());
    expect(rings.length, `${element.tagName}: rings`).to.be.above(0);
    // The ring's 2 px stroke is centred on its edge: 1 px of it lies outside the box.
    return [Math.max(...rings.map((ring) => host.left - (ring.left - 1))), Math.max(...rings.map((ring) => ring.right + 1 - host.right))];
  };

  for (const width of [320, 700]) {
    it(`keeps every mark's focus ring inside the widget at ${width} px, where the column would cut it`, async () => {
      const kazuo = await loadDemo(KAZUO);
      kazuo.illustrative = true;
      kazuo.tourism![1]!.days = [
        { date: '2024-04-04', visitors: 6 },
        { date: '2024-04-05', visitors: 12 },
      ];
      const widgets = [
        await inBox<ScGrowthBars>(width, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`),
        await inBox<ScTourismSurge>(width, html`<sc-tourism-surge lang="en" src=${SHUANGTA}></sc-tourism-surge>`),
        await inBox<ScTourismSurge>(width, html`<sc-tourism-surge lang="zh" .data=${kazuo}></sc-tourism-surge>`),
        await inBox<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(width, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`),
      ];
      for (const element of widgets) {
        const [left, right] = overhang(element);
        expect(left, `${element.tagName} left`).to.be.at.most(0.5);
        expect(right, `${element.tagName} right`).to.be.at.most(0.5);
      }
    });
  }

  it("keeps the focus outline of the charts' buttons and links inside the widget", async () => {
    const widgets = [
      await inBox<ScGrowthBars>(320, html`<sc-growth-bars lang="en" src=${LINGYUAN}></sc-growth-bars>`),
      await inBox<ScTourismSurge>(320, html`<sc-tourism-surge lang="zh" src=${SHUANGTA}></sc-tourism-surge>`),
      await inBox<HTMLElement & { updateComplete: Promise<boolean>; state: string }>(320, html`<sc-project-funnel lang="en" src=${LINGYUAN}></sc-project-funnel>`),
    ];
    for (const element of widgets) {
      const host = element.getBoundingClientRect();
      const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href]')];
      expect(controls.map((control) => control.textContent!.trim()), element.tagName).to.include(element.lang === 'zh' ? '显示数据表' : 'Show data table');
      for (const control of controls) {
        control.focus();
        expect(control.matches(':focus-visible'), `${element.tagName} ${control.textContent}`).to.be.true;
        const style = getComputedStyle(control);
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = control.getBoundingClientRect();
        expect(host.left - (box.left - reach), `${element.tagName} ${control.textContent}: left`).to.be.at.most(0.5);
        expect(box.right + reach - host.right, `${element.tagName} ${control.textContent}: right`).to.be.at.most(0.5);
      }
    }
  });
});
