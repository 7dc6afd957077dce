/**
 * The embed builder: pick a document (or paste one, checked live by the same
 * validator the widgets use), a widget and its options; see it live; copy a
 * snippet that works pasted into a blank HTML page.
 */
import '../src/define.js';
import { validateDocument, type ScorecardDocument } from '../src/schema/document.js';
import { hasRevenue } from '../src/components/tourism-surge/tourism-surge.view.js';
import { growthBarsView } from '../src/components/growth-bars/growth-bars.view.js';
import { list, paren, pick, upperFirst } from '../src/format/text.js';
import { parseJson, type LoadError } from '../src/data/errors.js';
import { nameInLanguage } from './switches.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#options');
const preview = $<HTMLDivElement>('#preview');
const snippetBox = $<HTMLTextAreaElement>('#snippet');
const jsonBox = $<HTMLTextAreaElement>('#json');
const jsonStatus = $<HTMLDivElement>('#json-status');
const widgetSelect = $<HTMLSelectElement>('#widget');
const widgetNote = $<HTMLParagraphElement>('#widget-note');
const copyButton = $<HTMLButtonElement>('#copy');

/** Where the embed bundle and the data live, as absolute URLs a pasted snippet can reach. */
const bundleUrl = () => new URL('scorecard-kit.js', location.href).href;
const absolute = (path: string) => new URL(path, location.href).href;

const documents = new Map<string, ScorecardDocument>();
const fetchDocument = async (path: string) => {
  if (!documents.has(path)) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    documents.set(path, parseJson(await response.text(), path, { decoded: true }) as ScorecardDocument);
  }
  return documents.get(path)!;
};

interface Choice {
  document: ScorecardDocument | undefined;
  source: string;
  widget: string;
  lang: string;
  theme: string;
  palette: string;
  delivery: 'src' | 'inline';
  options: Record<string, string>;
}

/** What a document lacks, as the end of "本文档……" / "this document has …". */
type Lack = { zh: string; en: string };

/** A choice offered but not available: its text says why. sc-project-funnel —— 本文档没有项目流程（pipelines）. */
const unavailable = (text: string, lack: Lack, lang: 'zh' | 'en') =>
  lang === 'zh' ? `${text} —— 本文档${lack.zh}` : `${text} — this document has ${lack.en}`;

/**
 * What a widget would lack in this document, so that it would show only "nothing
 * to show": the same tests as the elements' own (a growth bar needs a growth rate
 * in percent, a funnel a pipeline, and so on). undefined: it has something to show.
 */
const lacking = (widget: string, doc: ScorecardDocument): Lack | undefined => {
  const indicators = doc.indicators ?? [];
  const pipelines = doc.pipelines ?? [];
  const tourism = doc.tourism ?? [];
  switch (widget) {
    case 'sc-indicator-card':
      return indicators.length ? undefined : { zh: '没有指标（indicators）', en: 'no indicators' };
    case 'sc-growth-bars': {
      // The element's own rule (which indicators it can draw), not a copy of it.
      const view = growthBarsView([doc], {}, 'zh');
      return view.ok || !view.empty ? undefined : { zh: '没有以百分比公布增速的指标', en: 'no growth rate in percent' };
    }
    case 'sc-project-funnel':
      return pipelines.length ? undefined : { zh: '没有项目流程（pipelines）', en: 'no pipelines' };
    case 'sc-tourism-surge':
      return tourism.length ? undefined : { zh: '没有节假日旅游数据（tourism）', en: 'no holiday tourism figures' };
    case 'sc-scorecard':
      return indicators.length || pipelines.length || tourism.length || doc.projects?.length ? undefined : { zh: '没有任何数据', en: 'no figures at all' };
    default:
      return undefined;
  }
};

/** A choice: the attribute value it writes, its text, and why it is not available (if it is not). */
type OptionChoice = [value: string, text: string, lack?: Lack | undefined];

/** Options each widget takes, with choices drawn from the document. */
const widgetOptions = (widget: string, doc: ScorecardDocument | undefined, lang: 'zh' | 'en'): { name: string; values: OptionChoice[] }[] => {
  const label = (text: Parameters<typeof pick>[0]) => pick(text, lang);
  // A fixed choice in the page's language, with the attribute value it writes: 从高到低（desc）.
  const fixed = (value: string, zh: string, en: string, lack?: Lack): OptionChoice => [value, paren(lang === 'zh' ? zh : en, value, lang), lack];
  // Revenue of holidays none of which published one would be a row of "not published".
  const noRevenue = !!doc?.tourism?.length && !hasRevenue(doc.tourism);
  // A chart's title as a heading among the article's (h2 sections: h3), or the scorecard's own level.
  const levels = ['2', '3', '4', '5'].map((level): OptionChoice => [level, lang === 'zh' ? `${level}级标题` : `Level ${level}`]);
  const chartHeading = { name: 'heading-level', values: [['', lang === 'zh' ? '不设为标题' : 'Not a heading'] as OptionChoice, ...levels] };
  switch (widget) {
    case 'sc-indicator-card':
      return [
        {
          name: 'indicator',
          // 固定资产投资（2024年一季度）, "GDP, first half (to end of June)": no brackets inside brackets.
          // Two indicators of one name (京津冀地区签约项目, 2023 and this quarter) both name their period,
          // the document's where an indicator gives none.
          values: (doc?.indicators ?? []).map((item, _, all): OptionChoice => {
            const named = all.filter((other) => label(other.label) === label(item.label)).length > 1;
            const shown = item.period ?? (named ? doc?.period : undefined);
            const period = shown ? label(shown) : '';
            return [item.id, !period ? label(item.label) : lang === 'zh' ? paren(label(item.label), period, lang) : list([label(item.label), period], lang)];
          }),
        },
      ];
    case 'sc-growth-bars':
      return [
        { name: 'sort', values: [fixed('none', '按文档顺序', 'Document order'), fixed('desc', '从高到低', 'Highest first'), fixed('asc', '从低到高', 'Lowest first')] },
        chartHeading,
      ];
    case 'sc-project-funnel':
      return [
        { name: 'pipeline', values: (doc?.pipelines ?? []).map((item): OptionChoice => [item.id, label(item.label)]) },
        { name: 'orientation', values: [fixed('horizontal', '横向', 'Horizontal'), fixed('vertical', '纵向', 'Vertical')] },
        chartHeading,
      ];
    case 'sc-tourism-surge':
      return [
        {
          name: 'metric',
          values: [
            fixed('visitors', '接待游客', 'Visitors'),
            fixed('revenue', '旅游收入', 'Revenue', noRevenue ? { zh: '没有旅游收入', en: 'no tourism revenue' } : undefined),
          ],
        },
        chartHeading,
      ];
    case 'sc-scorecard':
      return [{ name: 'heading-level', values: [['', lang === 'zh' ? '2级标题（默认）' : 'Level 2 (default)'], ...levels.slice(1)] }];
    default:
      return [];
  }
};

let current: Choice | undefined;

/**
 * Disables each widget the document has nothing for, saying why in its text. The
 * one chosen stays chosen (changing the data does not change the widget behind the
 * reader's back), and the note under the select, a live region, says why it shows
 * nothing. Nothing is disabled while there is no valid document. Returns what the
 * chosen widget lacks, if anything.
 */
const markWidgets = (doc: ScorecardDocument | undefined, lang: 'zh' | 'en'): Lack | undefined => {
  const widget = widgetSelect.value;
  let lack: Lack | undefined;
  for (const option of widgetSelect.options) {
    const lacks = doc && lacking(option.value, doc);
    const text = lacks ? unavailable(option.value, lacks, lang) : option.value;
    if (option.textContent !== text) option.textContent = text;
    option.disabled = !!lacks;
    if (option.value === widget) lack = lacks;
  }
  const note = !lack
    ? ''
    : lang === 'zh'
      ? `本文档${lack.zh}，${widget} 没有可显示的内容，因此没有代码可复制。请换一个组件或数据。`
      : `This document has ${lack.en}: ${widget} has nothing to show, so there is no snippet to copy. Choose another widget or document.`;
  // Rewritten only when it changes: a live region speaks at every rewrite.
  if (widgetNote.textContent !== note) widgetNote.textContent = note;
  return lack;
};

/** `shownFor`: the widget whose options were shown until now. */
const renderOptions = (choice: Choice, shownFor: string | undefined) => {
  const holder = $<HTMLDivElement>('#widget-options');
  const previous = new FormData(form);
  // A scorecard's heading level places its own heading; a chart's, its title: one is not the other.
  if ((shownFor === 'sc-scorecard') !== (choice.widget === 'sc-scorecard')) previous.delete('heading-level');
  holder.replaceChildren();
  const lang = choice.lang === 'en' ? 'en' : 'zh';
  for (const option of widgetOptions(choice.widget, choice.document, lang)) {
    if (option.values.length === 0) continue;
    const id = `option-${option.name}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    const names: Record<string, [string, string]> = {
      indicator: ['指标', 'Indicator'],
      sort: ['排序', 'Sort'],
      pipeline: ['项目链', 'Pipeline'],
      orientation: ['方向', 'Orientation'],
      metric: ['统计项', 'Measure'],
      'heading-level': ['标题级别', 'Heading level'],
    };
    const name = names[option.name]?.[lang === 'zh' ? 0 : 1] ?? option.name;
    // The attribute's name in brackets, unless it is the English name already ("Indicator (indicator)").
    label.textContent = name.toLowerCase() === option.name.replace('-', ' ') ? name : paren(name, option.name, lang);
    const select = document.createElement('select');
    select.id = id;
    select.name = option.name;
    for (const [value, text, lack] of option.values) {
      const item = new Option(lack ? unavailable(text, lack, lang) : text, value);
      item.disabled = !!lack;
      select.append(item);
    }
    // The choice made before, while it is still available (else the first that is).
    const before = previous.get(option.name);
    if (before && option.values.some(([value, , lack]) => value === before && !lack)) select.value = String(before);
    holder.append(label, select);
  }
};

const readChoice = async (): Promise<Choice> => {
  const data = new FormData(form);
  const source = String(data.get('document'));
  let doc: ScorecardDocument | undefined;
  const paste = source === 'paste';
  $<HTMLDivElement>('#paste-area').hidden = !paste;
  $<HTMLFieldSetElement>('#delivery').disabled = paste;
  if (paste) doc = checkPasted();
  else doc = await fetchDocument(source);
  const options: Record<string, string> = {};
  for (const name of ['indicator', 'sort', 'pipeline', 'orientation', 'metric', 'heading-level']) {
    const value = data.get(name);
    if (value) options[name] = String(value);
  }
  return {
    document: doc,
    source,
    // The select's own value: a widget this document cannot fill stays chosen (see markWidgets),
    // and a disabled option is left out of the form's data.
    widget: widgetSelect.value,
    lang: String(data.get('lang')),
    theme: String(data.get('theme') ?? ''),
    palette: String(data.get('palette') ?? ''),
    delivery: paste ? 'inline' : (String(data.get('delivery')) as 'src' | 'inline'),
    options,
  };
};

/** The page's language (set by the builder's language choice). */
const pageLang = (): 'zh' | 'en' => (document.documentElement.lang.startsWith('zh') ? 'zh' : 'en');

/**
 * Shows a new JSON status, only if it differs from the one shown: the status is a
 * live region, and a region rewritten with the same words is read out again.
 */
const showStatus = (next: HTMLElement) => {
  if (next.isEqualNode(jsonStatus)) return;
  jsonStatus.className = next.className;
  jsonStatus.replaceChildren(...next.childNodes);
};

/** Validates the pasted JSON and says what is wrong, where. */
const checkPasted = (): ScorecardDocument | undefined => {
  const lang = pageLang();
  const zh = lang === 'zh';
  const text = jsonBox.value;
  const next = jsonStatus.cloneNode(false) as HTMLDivElement;
  next.className = 'json-status';
  const result = ((): ScorecardDocument | undefined => {
    if (!text.trim()) {
      next.textContent = zh ? '请粘贴一个文档。' : 'Paste a document.';
      return undefined;
    }
    let parsed: unknown;
    try {
      parsed = parseJson(text, '');
    } catch (error) {
      next.className = 'json-status bad';
      // The elements' own message: where and why, in either language.
      const issue = (error as LoadError).errors[0]!;
      next.textContent = zh ? `${issue.messageZh}。` : `${upperFirst(issue.message)}.`;
      return undefined;
    }
    const checked = validateDocument(parsed);
    if (checked.ok) {
      next.textContent = zh ? '✓ 文档有效。' : '✓ The document is valid.';
      return checked.document;
    }
    next.className = 'json-status bad';
    const heading = document.createElement('strong');
    heading.textContent = zh ? `发现 ${checked.issues.length} 处问题：` : `${checked.issues.length} problem(s):`;
    const list = document.createElement('ul');
    for (const issue of checked.issues) {
      const item = document.createElement('li');
      const path = document.createElement('code');
      path.textContent = issue.path || (zh ? '文档' : 'document');
      item.append(path, zh ? `：${issue.messageZh}` : `: ${issue.message}`);
      list.append(item);
    }
    next.append(heading, list);
    return undefined;
  })();
  showStatus(next);
  return result;
};

/** JSON that is safe inside a <script> element: no "</script" or "<!--" can appear. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

const attributes = (choice: Choice): [string, string][] => {
  const list: [string, string][] = [['lang', choice.lang]];
  if (choice.theme) list.push(['theme', choice.theme]);
  if (choice.palette) list.push(['palette', choice.palette]);
  for (const [name, value] of Object.entries(choice.options)) {
    const allowed = widgetOptions(choice.widget, choice.document, 'en').some((option) => option.name === name);
    if (allowed) list.push([name, value]);
  }
  return list;
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export const buildSnippet = (choice: Choice): string => {
  const attrs = attributes(choice).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
  const script = `<script type="module" src="${bundleUrl()}"></script>`;
  if (choice.delivery === 'src') {
    return `${script}\n<${choice.widget}${attrs.join('')} src="${escapeAttribute(absolute(choice.source))}"></${choice.widget}>\n`;
  }
  return `${script}\n<${choice.widget}${attrs.join('')}>\n<script type="application/json">\n${scriptSafeJson(choice.document)}\n</script>\n</${choice.widget}>\n`;
};

/** The live preview, built with DOM calls (never by parsing the snippet). */
const renderPreview = (choice: Choice) => {
  const element = document.createElement(choice.widget) as HTMLElement & { data?: unknown };
  for (const [name, value] of attributes(choice)) element.setAttribute(name, value);
  element.data = choice.document;
  preview.replaceChildren(element);
};

/** `data-builder` on <html> says whether the builder is still updating (for scripts and tests). */
let latest = 0;
/** A check of pasted JSON waits for the typing to settle (see the input listener below). */
let typing: ReturnType<typeof setTimeout> | undefined;
const TYPING_SETTLES_MS = 500;
const update = async () => {
  clearTimeout(typing);
  typing = undefined;
  const run = ++latest;
  document.documentElement.dataset.builder = 'updating';
  try {
    await refresh(run);
  } catch (error) {
    // Said where the reader looks, the preview (the JSON status shows only for pasted JSON).
    const alert = document.createElement('p');
    alert.className = 'json-status bad';
    alert.setAttribute('role', 'alert');
    alert.textContent = `${pageLang() === 'zh' ? '无法更新预览：' : 'Could not update the preview: '}${(error as Error).message}`;
    preview.replaceChildren(alert);
  } finally {
    // Only the newest change may say it is done (an older, slower one is dropped),
    // and not while typing waits to be checked.
    if (run === latest && typing === undefined) document.documentElement.dataset.builder = 'ready';
  }
};

const refresh = async (run: number) => {
  const choice = await readChoice();
  if (run !== latest) return;
  const widgetChanged = choice.widget !== current?.widget || choice.document !== current?.document || choice.lang !== current?.lang;
  const shownFor = current?.widget;
  current = choice;
  const lack = markWidgets(choice.document, choice.lang === 'en' ? 'en' : 'zh');
  if (widgetChanged) {
    renderOptions(choice, shownFor);
    Object.assign(choice, await readChoice());
    if (run !== latest) return;
  }
  // Options for a widget with nothing to show would set nothing: the note says what to do instead.
  $<HTMLDivElement>('#widget-options').hidden = !!lack;
  // No snippet for a widget the document cannot fill (markWidgets says why): pasted into a page, it would show only "nothing to show".
  const snippet = choice.document && !lack ? buildSnippet(choice) : '';
  // "Copied" spoke of the snippet as it was; a changed one has not been copied.
  if (snippet !== snippetBox.value) clearCopyStatus();
  snippetBox.value = snippet;
  copyButton.disabled = !snippet;
  if (choice.document) renderPreview(choice);
  else preview.replaceChildren();
};

/**
 * How the copy went, said in a live region. A region given the same words again
 * says nothing, so it is emptied first and given the words a moment later: every
 * copy is announced, the second in a row too.
 */
const copyStatus = $<HTMLSpanElement>('#copy-status');
let copySaid: ReturnType<typeof setTimeout> | undefined;
const clearCopyStatus = () => {
  clearTimeout(copySaid);
  copyStatus.textContent = '';
};
copyButton.addEventListener('click', async () => {
  const zh = pageLang() === 'zh';
  clearCopyStatus();
  let words: string;
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    words = zh ? '已复制。' : 'Copied.';
  } catch {
    snippetBox.select();
    words = zh ? '请按 Ctrl+C 复制已选中的代码。' : 'Press Ctrl+C to copy the selected snippet.';
  }
  copySaid = setTimeout(() => (copyStatus.textContent = words), 150);
});

/** The page's own language follows the builder's language choice: <html lang>, and the names (see nameInLanguage). */
const applyLanguage = () => {
  const lang = new FormData(form).get('lang') === 'en' ? 'en' : 'zh';
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  nameInLanguage(lang);
};

// The language first, so that everything the update writes is in the new one.
form.addEventListener('change', () => {
  applyLanguage();
  void update();
});
// Pasted JSON is checked (and the preview redrawn) once the typing pauses, not at
// every key: the status is a live region, and would otherwise speak over the typing.
jsonBox.addEventListener('input', () => {
  document.documentElement.dataset.builder = 'updating';
  clearTimeout(typing);
  typing = setTimeout(() => void update(), TYPING_SETTLES_MS);
});
applyLanguage();
void update();
