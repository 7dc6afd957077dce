/**
 * The demo site as its users meet it: each page loaded in a frame, switches
 * clicked, snippets pasted into a fresh page, host CSS checked both ways,
 * and axe-core run on every page.
 */
import { expect } from '@open-wc/testing';
import { KAZUO, loadDemo, openPage, partText, until, widgets } from './helpers.js';

type Widget = HTMLElement & { state: string };

const open = async (path: string, width = 1280): Promise<HTMLIFrameElement> => {
  const frame = await openPage(path, width);
  await until(() => {
    const all = widgets(frame.contentDocument!);
    return all.length > 0 && all.every((widget) => widget.state === 'ready' || widget.state === 'error');
  }, `the widgets of ${path}`);
  return frame;
};

/** Waits until every widget in the page has finished its pending render. */
const rendered = async (root: Document) => {
  for (let pass = 0; pass < 3; pass++) {
    await Promise.all(widgets(root).map((widget) => (widget as unknown as { updateComplete: Promise<boolean> }).updateComplete));
  }
};


const axeViolations = async (frame: HTMLIFrameElement) => {
  const win = frame.contentWindow as Window & { axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    frame.contentDocument!.head.append(script);
    await ready;
  }
  const result = await win.axe!.run(frame.contentDocument!);
  return result.violations.map(
    (violation) => `${violation.id}: ${(violation.nodes as { target: string[] }[]).map((node) => node.target.join(' ')).join(', ')}`,
  );
};

describe('demo: gallery', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await open('/demo/index.html');
  });
  after(() => frame.remove());

  const scorecards = () => [...frame.contentDocument!.querySelectorAll<Widget>('sc-scorecard')];
  const kazuoCard = () => scorecards()[0]!.shadowRoot!.querySelector('sc-indicator-card')!;
  /** Clicks, then waits until every widget has re-rendered (language changes arrive through a MutationObserver). */
  const click = async (selector: string) => {
    frame.contentDocument!.querySelector<HTMLInputElement>(selector)!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await rendered(frame.contentDocument!);
  };

  it('shows the three regions as full scorecards', () => {
    const titles = scorecards().map((card) => partText(card, '[part=title]'));
    expect(titles).to.deep.equal(['喀左县2024年一季度经济运行', '凌源市上半年经济运行', '双塔区2024年一季度经济运行']);
    expect(partText(kazuoCard(), '[part=value]')).to.equal('10.7亿元');
  });

  it('switches language for the page and every widget', async () => {
    await click('input[name=lang][value=en]');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(partText(kazuoCard(), '[part=value]')).to.equal('1.07 billion yuan');
    expect(partText(scorecards()[1], '[part=title]')).to.equal('Lingyuan City: the economy in the first half');
    await click('input[name=lang][value="zh-CN"]');
    expect(partText(kazuoCard(), '[part=value]')).to.equal('10.7亿元');
  });

  it('names the page and its landmarks in the language chosen', async () => {
    const doc = frame.contentDocument!;
    const names = () => [doc.title, ...[...doc.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')!)];
    const han = /\p{Script=Han}/u;
    expect(names().filter((name) => !han.test(name))).to.deep.equal([]);
    await click('input[name=lang][value=en]');
    expect(names()).to.include.members(['Demo pages', 'Display options', 'Regions']);
    expect(names().filter((name) => han.test(name))).to.deep.equal([]);
    await click('input[name=lang][value="zh-CN"]');
    expect(names()).to.include.members(['演示页面', '显示选项', '地区']);
  });

  it('switches to dark, and the widgets follow the page', async () => {
    const surface = () => getComputedStyle(kazuoCard().shadowRoot!.querySelector('[part=card]')!).backgroundColor;
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await click('input[name=theme][value=dark]');
    expect(surface()).to.equal('rgb(27, 31, 36)');
    await click('input[name=theme][value=light]');
    expect(surface()).to.equal('rgb(255, 255, 255)');
  });

  it('switches the up/down palette', async () => {
    const change = () => getComputedStyle(kazuoCard().shadowRoot!.querySelector('[part=change]')!).color;
    expect(change()).to.equal('rgb(192, 38, 45)'); // cn: a rise in red
    await click('input[name=palette][value=intl]');
    expect(change()).to.equal('rgb(26, 127, 55)'); // intl: a rise in green
    await click('input[name=palette][value=""]');
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});

describe('demo: embed builder', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await open('/demo/builder.html');
  });
  after(() => frame.remove());

  const page = () => frame.contentDocument!;
  /** Waits until the builder has finished updating and its preview has rendered. */
  const builderReady = async () => {
    await until(() => page().documentElement.dataset.builder === 'ready', 'the builder');
    await rendered(page());
  };
  const choose = async (selector: string, value: string) => {
    const select = page().querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await builderReady();
  };
  const type = async (text: string) => {
    const box = page().querySelector<HTMLTextAreaElement>('#json')!;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await builderReady();
  };

  /** Pastes the snippet into a blank page, as a user would, and returns its first widget. */
  const paste = async (snippet: string): Promise<{ fresh: HTMLIFrameElement; widget: Widget }> => {
    const fresh = document.createElement('iframe');
    fresh.style.width = '480px';
    fresh.style.height = '700px';
    const loaded = new Promise((resolve) => fresh.addEventListener('load', resolve, { once: true }));
    fresh.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
    document.body.append(fresh);
    await loaded;
    let widget: Widget | null = null;
    await until(() => {
      widget = fresh.contentDocument!.querySelector<Widget>('body > *:not(script)');
      return !!widget && (widget.state === 'ready' || widget.state === 'error');
    }, 'the pasted widget');
    return { fresh, widget: widget! };
  };

  it('writes a snippet with a src URL that works pasted into a blank page', async () => {
    await choose('#document', 'data/kazuo-2024-q1.json');
    await choose('#widget', 'sc-indicator-card');
    const snippet = page().querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('<script type="module" src="http');
    expect(snippet).to.contain('indicator="fixed-asset-investment"');
    const { fresh, widget } = await paste(snippet);
    expect(widget.state).to.equal('ready');
    expect(partText(widget, '[part=value]')).to.equal('10.7亿元');
    fresh.remove();
  });

  it('writes a snippet with inline JSON that works pasted into a blank page', async () => {
    page().querySelector<HTMLInputElement>('input[name=delivery][value=inline]')!.click();
    await builderReady();
    page().querySelector<HTMLInputElement>('input[name=lang][value=en]')!.click();
    await builderReady();
    await choose('#document', 'data/lingyuan-h1.json');
    await choose('#option-indicator', 'rural-income');
    const snippet = page().querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet).to.contain('<script type="application/json">');
    const { fresh, widget } = await paste(snippet);
    expect(partText(widget, '[part=value]')).to.equal('8,645 yuan');
    fresh.remove();
  });

  it("writes a chart's heading level, and a pasted chart's title is a heading of that level", async () => {
    await choose('#document', 'data/kazuo-2024-q1.json');
    await choose('#widget', 'sc-growth-bars');
    const snippet = () => page().querySelector<HTMLTextAreaElement>('#snippet')!.value;
    expect(snippet()).to.not.contain('heading-level');
    await choose('#option-heading-level', '3');
    expect(snippet()).to.contain('heading-level="3"');
    const { fresh, widget } = await paste(snippet());
    expect(widget.shadowRoot!.querySelector('[part=title] [role=heading]')!.getAttribute('aria-level')).to.equal('3');
    fresh.remove();
    await choose('#option-heading-level', '');
    expect(snippet()).to.not.contain('heading-level');
    // A scorecard's level places its own heading, not a chart's title: it is not carried over to a chart, nor back.
    await choose('#widget', 'sc-scorecard');
    expect(snippet()).to.not.contain('heading-level');
    await choose('#option-heading-level', '3');
    expect(snippet()).to.contain('heading-level="3"');
    await choose('#widget', 'sc-tourism-surge');
    expect(snippet()).to.not.contain('heading-level');
  });

  it("offers each widget's fixed choices in the widget's language, with the value they write", async () => {
    page().querySelector<HTMLInputElement>('input[name=lang][value=zh]')!.click();
    await builderReady();
    await choose('#document', 'data/kazuo-2024-q1.json');
    await choose('#widget', 'sc-tourism-surge');
    const choices = () => [...page().querySelectorAll<HTMLOptionElement>('#option-metric option')].map((option) => option.textContent);
    expect(choices()).to.deep.equal(['接待游客（visitors）', '旅游收入（revenue）']);
    await choose('#option-metric', 'revenue');
    expect(page().querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain('metric="revenue"');
    page().querySelector<HTMLInputElement>('input[name=lang][value=en]')!.click();
    await builderReady();
    expect(choices()).to.deep.equal(['Visitors (visitors)', 'Revenue (revenue)']);
    await choose('#widget', 'sc-indicator-card');
    const indicators = () => [...page().querySelectorAll<HTMLOptionElement>('#option-indicator option')].map((option) => option.textContent);
    expect(indicators()).to.include('Retail sales of above-quota units, January–March 2024');
    page().querySelector<HTMLInputElement>('input[name=lang][value=zh]')!.click();
    await builderReady();
    expect(indicators()).to.include('限上单位社会消费品零售额（1—3月）');
    // Two indicators of one name are told apart by their periods, the document's where one gives none.
    expect(indicators().filter((text) => text!.startsWith('京津冀地区签约项目'))).to.deep.equal(['京津冀地区签约项目（2023年）', '京津冀地区签约项目（2024年一季度）']);
    page().querySelector<HTMLInputElement>('input[name=lang][value=en]')!.click();
    await builderReady();
  });

  const setLang = async (lang: 'zh' | 'en') => {
    page().querySelector<HTMLInputElement>(`input[name=lang][value=${lang}]`)!.click();
    await builderReady();
  };

  it('names everything in the language of the page, and renames it when the language changes', async () => {
    // The names a screen reader speaks beyond the visible text: the title, aria-labels, the data choices.
    const names = () => [
      page().title,
      ...[...page().querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')!),
      ...[...page().querySelectorAll<HTMLOptionElement>('#document option')].map((option) => option.textContent!),
    ];
    const han = /\p{Script=Han}/u;
    await setLang('zh');
    expect(page().querySelector('nav')!.getAttribute('aria-label')).to.equal('演示页面');
    expect(page().querySelector('#options')!.getAttribute('aria-label')).to.equal('组件选项');
    expect(names().filter((name) => !han.test(name))).to.deep.equal([]);
    await setLang('en');
    expect(page().querySelector('nav')!.getAttribute('aria-label')).to.equal('Demo pages');
    expect(page().querySelector('#options')!.getAttribute('aria-label')).to.equal('Widget options');
    expect(names().filter((name) => han.test(name))).to.deep.equal([]);
  });

  it('announces the check of pasted JSON once the typing settles, only when it changes, in the language of the page', async () => {
    await setLang('zh');
    await choose('#document', 'paste');
    const status = page().querySelector('#json-status')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent!));
    observer.observe(status, { childList: true, subtree: true, characterData: true, attributes: true });
    // A document typed a key at a time, faster than the check may speak.
    const box = page().querySelector<HTMLTextAreaElement>('#json')!;
    for (const key of '{ "version": 1, ') {
      box.value += key;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await builderReady();
    await new Promise((resolve) => setTimeout(resolve));
    expect(heard).to.deep.equal(['不是有效的 JSON：第1行第17列有误：内容不完整，在此意外结束。']);
    // Another choice checks the same text again: the same status says nothing new.
    page().querySelector<HTMLInputElement>('input[name=theme][value=light]')!.click();
    await builderReady();
    page().querySelector<HTMLInputElement>('input[name=theme][value=""]')!.click();
    await builderReady();
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    expect(heard).to.have.length(1);
    await type('');
    await setLang('en');
  });

  it('says in the preview, in the language of the page, when a document cannot be loaded', async () => {
    await setLang('zh');
    const select = page().querySelector<HTMLSelectElement>('#document')!;
    const missing = new Option('missing', 'data/missing.json');
    select.append(missing);
    try {
      await choose('#document', 'data/missing.json');
      const alert = page().querySelector('#preview [role=alert]');
      expect(alert?.textContent).to.equal('无法更新预览：data/missing.json: HTTP 404');
    } finally {
      missing.remove();
      await choose('#document', 'data/kazuo-2024-q1.json');
    }
  });

  it('announces every copy of the snippet, the second in a row too, in the language of the page', async () => {
    await setLang('zh');
    await choose('#document', 'data/kazuo-2024-q1.json');
    const status = page().querySelector('#copy-status')!;
    const button = page().querySelector<HTMLButtonElement>('#copy')!;
    // Copied, or (where the clipboard is refused, as in this test browser) how to copy it.
    const words = ['已复制。', '请按 Ctrl+C 复制已选中的代码。'];
    button.click();
    await until(() => words.includes(status.textContent!), 'the first copy to be announced');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent!));
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    button.click();
    await until(() => heard.length > 0 && heard[heard.length - 1] !== '', 'the second copy to be announced');
    observer.disconnect();
    // A live region given the same words again says nothing: it is emptied, then given them anew.
    expect(heard).to.have.length(2);
    expect(heard[0]).to.equal('');
    expect(words).to.include(heard[1]);
    // A changed snippet is not the one copied: the status no longer says it was.
    await setLang('en');
    expect(status.textContent).to.equal('');
  });

  it('offers only the widgets and choices the document has figures for, and says why not', async () => {
    const offered = (selector: string) =>
      [...page().querySelectorAll<HTMLOptionElement>(`${selector} option`)].map((option) => `${option.textContent}${option.disabled ? ' [disabled]' : ''}`);
    const note = () => page().querySelector('#widget-note')!.textContent;
    await setLang('zh');
    await choose('#document', 'data/lingyuan-h1.json');
    await choose('#widget', 'sc-project-funnel');
    expect(offered('#widget')).to.deep.equal([
      'sc-indicator-card',
      'sc-growth-bars',
      'sc-project-funnel',
      'sc-tourism-surge —— 本文档没有节假日旅游数据（tourism） [disabled]',
      'sc-scorecard',
    ]);
    expect(note()).to.equal('');
    // The funnel stays chosen for a document without pipelines, and the builder says why it shows nothing.
    await choose('#document', 'data/kazuo-2024-q1.json');
    expect(offered('#widget')).to.deep.equal([
      'sc-indicator-card',
      'sc-growth-bars',
      'sc-project-funnel —— 本文档没有项目流程（pipelines） [disabled]',
      'sc-tourism-surge',
      'sc-scorecard',
    ]);
    expect(note()).to.equal('本文档没有项目流程（pipelines），sc-project-funnel 没有可显示的内容，因此没有代码可复制。请换一个组件或数据。');
    // Nothing to copy: pasted into a page, the funnel would show only "nothing to show".
    const copy = page().querySelector<HTMLButtonElement>('#copy')!;
    expect(page().querySelector<HTMLTextAreaElement>('#snippet')!.value).to.equal('');
    expect(copy.disabled).to.equal(true);
    // Nor options that would set nothing (the funnel's orientation, say).
    expect(page().querySelector<HTMLElement>('#option-orientation')?.checkVisibility() ?? false).to.equal(false);
    await setLang('en');
    expect(note()).to.equal('This document has no pipelines: sc-project-funnel has nothing to show, so there is no snippet to copy. Choose another widget or document.');
    await choose('#widget', 'sc-tourism-surge');
    expect(page().querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain('<sc-tourism-surge');
    expect(copy.disabled).to.equal(false);
    expect(page().querySelector<HTMLElement>('#option-metric')!.checkVisibility()).to.equal(true);
    // Holidays with no revenue published: the revenue measure is not offered either.
    const withoutRevenue = await loadDemo(KAZUO);
    for (const event of withoutRevenue.tourism!) delete event.revenue;
    await choose('#document', 'paste');
    await type(JSON.stringify(withoutRevenue));
    await choose('#widget', 'sc-tourism-surge');
    expect(note()).to.equal('');
    expect(offered('#option-metric')).to.deep.equal(['Visitors (visitors)', 'Revenue (revenue) — this document has no tourism revenue [disabled]']);
    await type('');
    await choose('#widget', 'sc-indicator-card');
  });

  it('validates pasted JSON live and names the bad field', async () => {
    await choose('#document', 'paste');
    await type(JSON.stringify({ version: 1, id: 'x', region: 'R', period: 'P', source: { name: 'S' }, indicators: [{ id: 'a', label: 'A', change: { kind: 'pct', value: 1 } }] }));
    const status = page().querySelector('#json-status')!.textContent!;
    expect(status).to.contain('indicators[0].change.kind');
    await type('{ "version": 1, ');
    expect(page().querySelector('#json-status')!.textContent).to.contain('Not valid JSON');
  });

  it('has no axe-core violations', async () => {
    await choose('#document', 'data/shuangta-2024-q1.json');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});

describe('demo: the portal', () => {
  it('sets the text size with its 字号 buttons, the article and the widgets alike', async () => {
    const frame = await open('/demo/portal.html');
    try {
      const doc = frame.contentDocument!;
      const view = frame.contentWindow!;
      const size = (element: Element) => parseFloat(view.getComputedStyle(element).fontSize);
      const paragraph = doc.querySelector('.content-body p')!;
      const card = doc.querySelector('sc-scorecard')!.shadowRoot!.querySelector('sc-indicator-card')!;
      const label = () => card.shadowRoot!.querySelector('[part=label]')!;
      const button = (name: string) => [...doc.querySelectorAll<HTMLButtonElement>('[data-text-size]')].find((each) => each.textContent === name)!;
      expect([size(paragraph), size(label())]).to.deep.equal([14, 15]);
      expect(button('中').getAttribute('aria-pressed')).to.equal('true');
      button('大').click();
      expect([size(paragraph), size(label())]).to.deep.equal([17.5, 18.75]);
      expect(['大', '中', '小'].map((name) => button(name).getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
      button('中').click();
      expect([size(paragraph), size(label())]).to.deep.equal([14, 15]);
    } finally {
      frame.remove();
    }
  });
});

describe('demo: host pages', () => {
  for (const path of ['/demo/article.html', '/demo/portal.html']) {
    describe(path, () => {
      let frame: HTMLIFrameElement;
      before(async () => {
        frame = await open(path);
      });
      after(() => frame.remove());

      it("keeps the host's CSS out of the widgets", () => {
        for (const widget of widgets(frame.contentDocument!)) {
          const inner = widget.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
          const style = getComputedStyle(inner);
          expect(style.textIndent, widget.tagName).to.equal('0px');
          expect(style.textAlign, widget.tagName).to.equal('start');
          expect(style.letterSpacing, widget.tagName).to.equal('normal');
          for (const shape of widget.shadowRoot!.querySelectorAll('rect, text')) {
            expect(getComputedStyle(shape).fill, widget.tagName).to.not.equal('rgb(255, 105, 180)');
          }
          for (const cell of widget.shadowRoot!.querySelectorAll('td, th, button')) {
            expect(getComputedStyle(cell).borderTopColor, widget.tagName).to.not.equal('rgb(255, 105, 180)');
          }
        }
      });

      it("keeps the widgets' CSS out of the host", () => {
        const doc = frame.contentDocument!;
        expect(doc.querySelectorAll('style')).to.have.length(0);
        expect(doc.adoptedStyleSheets).to.have.length(0);
        const paragraph = doc.querySelector('main p:not([class])')!;
        expect(getComputedStyle(paragraph).textIndent).to.not.equal('0px');
      });

      it('renders its widgets with real figures', () => {
        const all = widgets(frame.contentDocument!);
        expect(all.every((widget) => widget.state === 'ready')).to.equal(true);
      });

      it('has no axe-core violations', async () => {
        expect(await axeViolations(frame)).to.deep.equal([]);
      });
    });
  }
});
