import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../schema/document.js';
import { creditText, figureRuns, sourceText } from '../format/text.js';
import type { Lang } from '../format/number.js';
import type { QuantityParts } from '../format/measure.js';

/**
 * The source credit every element shows (a link when the document gives a URL; it opens
 * in a new tab, so that the reader keeps the article, and says so to a screen reader).
 * An illustrative document's figures are not the source's: the credit says so.
 */
export const renderCredit = (source: Source | undefined, lang: Lang, illustrative = false): TemplateResult | typeof nothing => {
  if (!source) return nothing;
  const text = markOtherLanguage(
    illustrative ? `${lang === 'zh' ? '示意数据，改编自' : 'Illustrative data, adapted from '}${sourceText(source, lang)}` : creditText(source, lang),
    lang,
  );
  return html`<p part="source" class="source">
    ${source.url
      ? // One element's credit per shadow root, so the id is unique where it is looked up.
        html`<a href=${source.url} rel="noopener noreferrer" target="_blank" aria-describedby="sc-new-tab">${text}</a
          ><span id="sc-new-tab" hidden>${lang === 'zh' ? '在新标签页中打开' : 'Opens in a new tab'}</span>`
      : text}
  </p>`;
};

/** The on-screen label for figures made up for illustration. */
export const renderIllustrative = (lang: Lang): TemplateResult =>
  html`<p part="illustrative" class="illustrative">${lang === 'zh' ? '示意数据，非真实统计' : 'Illustrative data, not real figures'}</p>`;

/** The label of one made-up item among real ones (a holiday's panel), inline in its title. */
export const renderIllustrativeBadge = (lang: Lang): TemplateResult =>
  html`<span part="illustrative" class="illustrative">${lang === 'zh' ? '示意数据' : 'Illustrative data'}</span>`;

/** A run of Chinese: Han characters with the CJK punctuation and figures between them (2024年一季度，辽宁日报). */
const CHINESE_RUN = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef](?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef\d.%]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef])?)/u;

/**
 * A run of Latin-script words, two or more (Retail sales of consumer goods, Liáoníng Rìbào); one word
 * alone (GDP, GWh) reads well in either voice.
 */
const ENGLISH_RUN = /(\p{Script=Latin}[\p{Script=Latin}\p{M}\d'’-]*(?:[ ,]+\p{Script=Latin}[\p{Script=Latin}\p{M}\d'’-]*)+)/u;

/** Chinese text with its runs of English words marked English, each part passed through `inChinese`. */
const markEnglish = (text: string, inChinese: (part: string) => string | TemplateResult = (part) => part): string | TemplateResult =>
  ENGLISH_RUN.test(text) ? html`${text.split(ENGLISH_RUN).map((part, index) => (index % 2 ? html`<span lang="en">${part}</span>` : inChinese(part)))}` : inChinese(text);

/**
 * Text with its runs in the other language marked (a label or a source given in one language
 * only, shown in a widget of the other): a screen reader then reads them in the right voice, and
 * the browser picks the right glyphs (WCAG 3.1.2). In English, runs of Chinese; in Chinese, runs
 * of two or more English words.
 */
export const markOtherLanguage = (text: string, lang: Lang): string | TemplateResult =>
  lang === 'zh'
    ? markEnglish(text)
    : !/\p{Script=Han}/u.test(text)
      ? keepWhole(text)
      : html`${text.split(CHINESE_RUN).map((part, index) => (index % 2 ? html`<span lang="zh-CN">${part}</span>` : keepWhole(part)))}`;

/**
 * English that reads as one: a year and its quarter or half (2024 Q1), "full year 2024", and
 * "year-on-year", which a browser would otherwise break at a hyphen ("year- / on-year growth").
 */
const ENGLISH_WHOLE = /(\b\d{4} (?:Q[1-4]|H[12])\b|\bfull year \d{4}\b|\byear-on-year\b|\b(?:phase|stage) (?:[IVX]+|\d+)\b)/i;

/** A qualifier and the figure it qualifies: "about 600 million". */
const QUALIFIED = /(\b(?:about|nearly|more than|at least|at most) \d[\d,.]*(?:\u00a0(?:million|billion))?)/;

/**
 * An amount alone in a narrow cell, kept whole where it would read wrongly apart: 6亿元 in Chinese;
 * in English the qualifier with its figure, "about 600 million / yuan", never "about / 600 million yuan".
 * (Running text and the charts' tables, tight with columns, may break there.)
 */
export const keepAmount = (text: string, lang: Lang): string | TemplateResult => (lang === 'zh' ? keepFigures(text) : keepRuns(text, QUALIFIED));

/** Text split by a capturing `pattern`, its matches (the odd items) each kept on one line (see `wrapRuns`). */
const keepRuns = (text: string, pattern: RegExp, kind?: string): string | TemplateResult =>
  pattern.test(text) ? wrapRuns(text.split(pattern), kind) : text;

/**
 * The odd items in a span of class `kind` (or the class `kind` gives each): `figure-run` never
 * breaks; `id` and `aside` break only when wider than their line.
 */
const wrapRuns = (runs: string[], kind: string | ((run: string) => string) = 'figure-run'): TemplateResult =>
  html`${runs.map((run, index) => (index % 2 ? html`<span class=${typeof kind === 'string' ? kind : kind(run)}>${run}</span>` : run))}`;

/** English text whose periods never break inside ("Shuangta District, 2024 / Q1" would read as two things), nor "year-on-year". */
const keepWhole = (text: string): string | TemplateResult => keepRuns(text, ENGLISH_WHOLE);

/**
 * An id or a date (`retail-sales-above-quota`, `2024-03-31`) with the quote or bracket that opens
 * it, which must not end a line, and the punctuation after it, which must not start one.
 */
const HYPHENATED = /(['(（]?[\w.]+(?:-[\w.]+)+[,;:')、，；：）]?)/;

/**
 * An error message whose ids never break at a hyphen where the whole id fits on a line: split
 * there ("retail-sales- / above-quota"), an id reads as two words, and an author types it wrong.
 */
export const keepIds = (text: string): string | TemplateResult => keepRuns(text, HYPHENATED, 'id');

/** Text whose Chinese figures never break inside (0.7个百分点 stays on one line); see `figureRuns`. */
export const keepFigures = (text: string): TemplateResult => wrapRuns(figureRuns(text), (run) => (run.startsWith('（') ? 'aside' : 'figure-run'));

/** A line of running text as each language needs it: Chinese figures kept whole, runs in the other language marked. */
export const prose = (text: string, lang: Lang): string | TemplateResult => (lang === 'zh' ? markEnglish(text, keepFigures) : markOtherLanguage(text, lang));

/**
 * A heading level from an attribute: a whole number from 1 up (above 6 counts
 * as 6), else undefined. An empty attribute reads as 0 and is no level, not a level 1.
 */
export const headingLevelOf = (level: number | undefined): number | undefined =>
  Number.isInteger(level) && level! >= 1 ? Math.min(6, level!) : undefined;

/**
 * A figure set large: the number, then its unit, which Chinese keeps whole (`.unit` in baseStyles), so that a
 * line too narrow breaks before it (200 / 余万人次), never inside it (200余万人 / 次). English words break only
 * between them: "202.28 million" / "yuan".
 */
export const renderQuantity = ({ before, number, after }: QuantityParts, lang: Lang): TemplateResult =>
  html`${before}<span class="number">${number}</span><span class=${lang === 'zh' ? 'unit' : ''}>${after}</span>`;
