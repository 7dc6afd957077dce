import type { Period, Source, Text } from '../schema/document.js';
import type { Lang } from './number.js';
import { UNITS } from '../schema/units.js';

/** The text in `lang`, falling back to the other language, then to ''. */
export const pick = (text: Text | Period | undefined | null, lang: Lang): string => {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return (lang === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? '';
};

/** Normalises a BCP 47 tag to one of the two languages the library writes. */
export const toLang = (tag: string | null | undefined): Lang | undefined => {
  if (!tag) return undefined;
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};

/** Joins the non-empty phrases with commas: ， in Chinese, ", " in English. */
export const list = (items: string[], lang: Lang): string => items.filter(Boolean).join(lang === 'zh' ? '，' : ', ');

/** A middle dot held to the word before it by a no-break space: a line may end with it, never start. */
export const DOT = '\u00a0·';

/** Who published it, and when: "辽宁日报，2024-04" / "Liaoning Daily, 2024-04". */
export const sourceText = (source: Source, lang: Lang): string =>
  list([pick(source.name, lang), pick(source.title, lang), source.date ?? ''], lang);

/** "来源：辽宁日报，2024-04" / "Source: Liaoning Daily, 2024-04". */
export const creditText = (source: Source, lang: Lang): string => `${lang === 'zh' ? '来源：' : 'Source: '}${sourceText(source, lang)}`;

/** Items with `separator` between them and `last` before the last one: "a, b or c". */
export const joinLast = (items: readonly string[], separator: string, last: string): string =>
  items.length > 1 ? `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}` : (items[0] ?? '');

/** "A, B and C" / "A、B和C". */
export const joinAnd = (items: string[], lang: Lang): string => (lang === 'zh' ? joinLast(items, '、', '和') : joinLast(items, ', ', ' and '));

/** Sentences as a paragraph: Chinese sentences run on, English ones are spaced. */
export const sentences = (items: string[], lang: Lang): string => items.join(lang === 'zh' ? '' : ' ');

/** A sentence's first letter in capitals: "lingyuan City" → "Lingyuan City". */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * An English phrase in the middle of a sentence: "Retail sales" → "retail
 * sales", "A stage" → "a stage"; acronyms (GDP, R&D, EU) stay as they are.
 */
export const lowerFirst = (text: string): string => (/^[A-Z][a-z\s]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** Splits a list attribute, `indicators="gdp, retail-sales fixed-asset-investment"`, into ids. */
export const parseIds = (value: string | undefined): string[] => (value ?? '').split(/[\s,，]+/).filter(Boolean);

/** Whether a text holds brackets of its own (上半年（截至6月末）): another pair around it would nest. */
export const hasBrackets = (text: string): boolean => /[()（）]/.test(text);

/** A phrase with a note in brackets: 约3.8万人次（推算）, "about 38,000 visits (derived)". */
export const paren = (text: string, note: string, lang: Lang): string => (lang === 'zh' ? `${text}（${note}）` : `${text} (${note})`);

/** The mark of a figure computed rather than published: 推算, "derived". */
export const derivedWord = (lang: Lang): string => (lang === 'zh' ? '推算' : 'derived');

/** A computed figure, marked: 约3.8万人次（推算）, "about 38,000 visits (derived)". */
export const markDerived = (text: string, lang: Lang): string => paren(text, derivedWord(lang), lang);

/** A label and what it says: 数值：6.5亿元, "Value: 650 million yuan". */
export const labelled = (label: string, text: string, lang: Lang): string => `${label}${lang === 'zh' ? '：' : ': '}${text}`;

/**
 * A Chinese figure with its unit: 0.7个百分点, 200余万人次, 1.2亿余元, 6倍, and a date's
 * parts: 2024年, 6月, 1—3月, and a short aside in brackets. Chinese text may break between any two
 * characters, which can leave 百分 on one line and 点 on the next, or 2024 and 年; these runs are kept whole.
 * Longest units first (万人次, not 万人).
 */
const FIGURE_RUN = new RegExp(
  // A range of months (1—3月) first: a line may break at a dash, which would leave 1 on one line and —3月 on the next.
  `(\\d+[—–~～-]\\d{1,2}月|\\d[\\d,.]*(?:余|[万亿]余)?(?:${[...Object.values(UNITS).map((unit) => unit.zh), '个百分点', '百分点', '倍', '年', '月', '日']
    .sort((a, b) => b.length - a.length)
    .join('|')})` +
    // A short aside in brackets too: （越低越好）, （推算）, not （越 / 低越好）.
    '|（[^（）\\s]{1,6}）)',
);

/** `text` split at its figures: the odd items are figures with their units, to keep on one line. */
export const figureRuns = (text: string): string[] => text.split(FIGURE_RUN);
