import type { Measure, Qualifier, Unit } from '../schema/document.js';
import { UNITS, type UnitInfo } from '../schema/units.js';
import { decimals, formatNumber, printedDecimals, shift, type Lang } from './number.js';

/** Whether a measure says anything: a value, or at least a change. */
export const hasFigure = (measure: Measure | undefined): measure is Measure =>
  !!measure && ((measure.value !== undefined && measure.value !== null) || !!measure.change);

/** The registry entry of a unit key, or a custom unit's own labels. */
export const unitInfo = (unit: Unit | undefined): UnitInfo =>
  unit === undefined
    ? UNITS.count
    : typeof unit === 'string'
      ? UNITS[unit]
      : // A sign (%, ‰) sits against the number, as the registry's % does.
        { zh: unit.zh, en: unit.en, exponent: unit.exponent ?? 0, tight: !unit.exponent && /^[%‰]/.test(unit.en) };

/** Whether a unit is a percentage (% or a custom unit printed so), whose changes are in percentage points. */
export const isPercent = (unit: Unit | undefined): boolean => unitInfo(unit).zh === '%';

/** Whether a unit counts money (元, 万元, 亿元, or a custom unit in 元 such as 万美元). */
export const isMoney = (unit: Unit | undefined): boolean => unitInfo(unit).zh.endsWith('元');

/** A figure in its unit's base units (亿元 → yuan), kept finite: 1e308 亿元 becomes the largest double, not Infinity. */
export const toBaseUnits = (value: number, unit: Unit | undefined): number => {
  const base = shift(value, unitInfo(unit).exponent);
  return Number.isFinite(base) ? base : Math.sign(base) * Number.MAX_VALUE;
};

/** Each 万/亿 unit's next smaller one, 10⁴ times smaller. */
const SMALLER: Partial<Record<string, Unit>> = { '100m-cny': '10k-cny', '10k-cny': 'cny', '10k-visits': 'visits', '10k-tonne': 'tonne', '10k-sqm': 'sqm' };

/**
 * A figure the widget works out (never a published one) under 1 in a 万 or 亿 unit, in the next
 * smaller unit, as a Chinese paper writes it: 0.17亿元 is 1700万元, 0.5万人次 is 5000人次.
 * The same figure and precision; English reads the same either way ("17 million yuan").
 */
export const inSmallerUnitUnderOne = (value: number, unit: Unit | undefined): { value: number; unit: Unit | undefined } => {
  const smaller = typeof unit === 'string' && value !== 0 && Math.abs(value) < 1 ? SMALLER[unit] : undefined;
  const converted = smaller && convertUnit(value, unit, smaller);
  return converted === undefined ? { value, unit } : { value: converted, unit: smaller };
};

export interface Quantity {
  value: number;
  unit?: Unit | undefined;
  qualifier?: Qualifier | undefined;
  /** `day`: a daily average. */
  per?: 'day' | undefined;
  /** The decimals it was printed with, where more than its value has (5.0, 60.30). */
  decimals?: number | undefined;
}

const EN_QUALIFIER: Record<Qualifier, string> = {
  'more-than': 'more than ',
  above: 'more than ',
  nearly: 'nearly ',
  about: 'about ',
  'at-least': 'at least ',
  'at-most': 'at most ',
};

/**
 * Where a qualifier's words go around a figure: zh 近/约/至少 before the
 * number, 余 after it, 以上/以内 after the unit; en all before the number.
 * 余 stands between a number and a counting word (200余万人次, 10余倍), never
 * before a rate (`rate`: % or 百分点), which takes 以上 after it: 8%以上.
 */
export const qualifierWords = (qualifier: Qualifier | undefined, lang: Lang, rate = false): { before: string; afterNumber: string; afterUnit: string } =>
  lang === 'zh'
    ? {
        before: qualifier === 'nearly' ? '近' : qualifier === 'about' ? '约' : qualifier === 'at-least' ? '至少' : '',
        afterNumber: qualifier === 'more-than' && !rate ? '余' : '',
        afterUnit: qualifier === 'above' || (qualifier === 'more-than' && rate) ? '以上' : qualifier === 'at-most' ? '以内' : '',
      }
    : { before: qualifier ? EN_QUALIFIER[qualifier] : '', afterNumber: '', afterUnit: '' };

const EN_MAGNITUDES = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
] as const;

/**
 * The number and unit in English words, converting Chinese magnitudes:
 * 10.7 亿元 → "1.07 billion yuan", 73.21 万人次 → "732,100 visits".
 * Digits are never added or lost: 2.0228 亿元 → "202.28 million yuan"; a figure that would need more
 * than three decimals in words is written out: 1234567 人 → "1,234,567 people".
 */
const englishAmount = (value: number, info: UnitInfo, given: number | undefined): [number: string, words: string] => {
  if (info.tight) return [formatNumber(value, 'en', printedDecimals(value, given)), info.en];
  const base = shift(value, info.exponent);
  // The largest magnitude word, where it reads shorter: where the figure's own digits would need more than three
  // decimals in it, it is written out (1,234,567 people, not "1.234567 million people"; never "1,234.5 million").
  const top = EN_MAGNITUDES.find(([p]) => Math.abs(base) >= 10 ** p);
  const [power, words] = top && decimals(shift(value, info.exponent - top[0])) <= 3 ? top : [0, ''];
  // Shifting the decimal point keeps every published digit and adds none: 60.30亿元 → 6.030 billion.
  // Printed decimals move with the point (they do not choose the word); without them, the value's own digits are all there is.
  const shifted = shift(value, info.exponent - power);
  const shown = formatNumber(shifted, 'en', printedDecimals(shifted, given === undefined ? undefined : given - info.exponent + power));
  const noun = base === 1 && !words && info.enOne ? info.enOne : info.en;
  // A line never breaks inside "2 million", nor before a unit symbol (m², MW, mu): no-break spaces keep them with the figure.
  const glue = noun.length <= 3 ? '\u00a0' : ' ';
  return [shown, `${words ? `\u00a0${words}` : ''}${noun ? `${glue}${noun}` : ''}`];
};

const HELD_MAGNITUDE = new RegExp(`^\u00a0(?=(?:${EN_MAGNITUDES.map(([, words]) => words).join('|')})\\b)`);

/**
 * The `after` of English quantity parts with the break before its magnitude allowed
 * again, for a figure set so large that "202.28" / "million yuan" may have to part
 * rather than break inside a word. A unit symbol stays held ("400,000 m²").
 */
export const magnitudeMayBreak = (after: string): string => after.replace(HELD_MAGNITUDE, ' ');

export interface QuantityParts {
  /** Words before the number: 日均, 近, 约, "more than ". */
  before: string;
  number: string;
  /** The magnitude, unit and trailing words: 余万人次, " billion yuan". */
  after: string;
}

/**
 * A published quantity split for typesetting (a large number, a smaller unit),
 * as a reader of each language expects it:
 * zh 200余万人次, 近10万人次, 日均5000余人次, 80%以上;
 * en "more than 2 million visits", "nearly 100,000 visits".
 */
export const quantityParts = ({ value, unit, qualifier, per, decimals: given }: Quantity, lang: Lang): QuantityParts => {
  const info = unitInfo(unit);
  const printed = printedDecimals(value, given);
  const words = qualifierWords(qualifier, lang, info.zh === '%');
  if (lang === 'zh') {
    // 余 follows a whole number (200余万人次) but a magnitude after a decimal one: 1.2亿余元, never 1.2余亿元.
    const afterMagnitude = words.afterNumber && (!Number.isInteger(value) || printed > 0) && /^[万亿]/.test(info.zh);
    return {
      before: `${per === 'day' ? '日均' : ''}${words.before}`,
      number: formatNumber(value, 'zh', printed),
      after: afterMagnitude ? `${info.zh[0]}${words.afterNumber}${info.zh.slice(1)}${words.afterUnit}` : `${words.afterNumber}${info.zh}${words.afterUnit}`,
    };
  }
  const [number, after] = englishAmount(value, info, given);
  return {
    before: words.before,
    number,
    after: `${after}${per === 'day' ? ' a day on average' : ''}`,
  };
};

/** A published quantity as one string: 10.7亿元, "1.07 billion yuan". */
export const formatQuantity = (quantity: Quantity, lang: Lang): string => {
  const { before, number, after } = quantityParts(quantity, lang);
  return before + number + after;
};

/**
 * A value in one unit expressed in another of the same kind (万元 → 亿元), or
 * undefined when they measure different things (yuan and visits).
 */
export const convertUnit = (value: number, from: Unit | undefined, to: Unit | undefined): number | undefined => {
  const source = unitInfo(from);
  const target = unitInfo(to);
  if (source.en !== target.en || source.zh.replace(/^[万亿]/, '') !== target.zh.replace(/^[万亿]/, '')) return undefined;
  return shift(value, source.exponent - target.exponent);
};

/** Said when a figure was not published. */
export const notGiven = (lang: Lang): string => (lang === 'zh' ? '未公布' : 'not published');

/** A figure as published, or "not published" when it has no value: 10.7亿元, 未公布. */
export const formatFigure = (figure: Omit<Quantity, 'value'> & { value?: number | null | undefined }, lang: Lang): string =>
  figure.value === undefined || figure.value === null ? notGiven(lang) : formatQuantity(figure as Quantity, lang);
