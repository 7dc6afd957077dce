import type { Change, Qualifier, Unit } from '../schema/document.js';
import { formatQuantity, isPercent, qualifierWords } from './measure.js';
import { decimals, formatNumber, pointsWord, printedDecimals, round, shift, type Lang } from './number.js';

export type Direction = 'up' | 'down' | 'flat';

export interface FormattedChange {
  direction: Direction;
  /** Compact, for chart labels: +15.7%, +2.9个百分点 / +2.9 pp, 6倍 / 6×. */
  short: string;
  /** In words, with its basis: 同比增长15.7%, "up 15.7% year on year". */
  text: string;
}

/** Which way a change goes. A multiple goes up when above 1. */
export const direction = (change: Change): Direction => {
  const delta = change.kind === 'multiple' ? change.value - 1 : change.value;
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
};

/** A change's number as printed: its own decimals, or those it was printed with (增长5.0%). */
const printedNumber = (change: Change, lang: Lang): string =>
  formatNumber(Math.abs(change.value), lang, printedDecimals(change.value, change.decimals));

/** The size of a change with its qualifier, as a quantity's: 近6倍, "more than 2.9 percentage points". */
const magnitude = (change: Change, lang: Lang, suffix: string, sign = ''): string => {
  const { before, afterNumber, afterUnit } = qualifierWords(change.qualifier, lang, suffix === '%' || suffix.endsWith('百分点') || suffix === ' pp');
  return `${before}${sign}${printedNumber(change, lang)}${afterNumber}${suffix}${afterUnit}`;
};

const ZH_BASIS = { yoy: '同比', 'previous-period': '环比', target: '比目标', none: '' } as const;
const EN_BASIS = { yoy: ' year on year', 'previous-period': ' on the previous period', target: ' against target', none: '' } as const;

/**
 * A change in words and in short form. Percent, percentage points and
 * multiples are kept apart: "up 15.7%", "2.9 percentage points above target",
 * "6 times last year's"; a negative change reads as a decline. `unit` is the
 * figure's: an absolute change is in it unless the change names its own
 * (required, so that no caller turns 1亿元 into "1个" by leaving it out).
 */
export const formatChange = (change: Change, lang: Lang, unit: Unit | undefined): FormattedChange => {
  const formatted = formatChangeWords(change, lang, unit);
  // A qualified fall has no short form: "more than −8%" or "−8%以上" would read as a smaller fall than "down more than 8%".
  // "About" has no side to mistake: "about −8%" / 约−8% stays short.
  const sided = change.qualifier && change.qualifier !== 'about';
  return sided && formatted.direction === 'down' ? { ...formatted, short: formatted.text } : formatted;
};

const formatChangeWords = (given: Change, lang: Lang, unit: Unit | undefined): FormattedChange => {
  // An absolute change of a figure in % is a change in percentage points: 提高0.3个百分点, never "增加0.3%",
  // which reads as relative growth.
  const change: Change = given.kind === 'absolute' && isPercent(unit) && (given.unit === undefined || isPercent(given.unit)) ? { ...given, kind: 'points' } : given;
  const dir = direction(change);
  const basis = change.basis ?? 'none';
  const zh = lang === 'zh';

  if (change.kind === 'multiple') {
    const times = magnitude(change, lang, zh ? '倍' : ' times');
    // What it is a multiple of: 为去年同期的6倍, "6 times last year's".
    const base = { yoy: '去年同期', 'previous-period': '上期', target: '目标', none: '原来' }[basis];
    const of = zh ? `${base}的` : { yoy: " last year's", 'previous-period': " the previous period's", target: ' the target', none: '' }[basis];
    // "1 times last year's" is not English: 1倍 is "the same as", 约1倍 "about the same as", 1余倍 "more than".
    const asMuch = {
      about: 'about the same as',
      nearly: 'nearly as much as',
      'more-than': 'more than',
      above: 'more than',
      'at-least': 'at least as much as',
      'at-most': 'at most as much as',
    } as const;
    const same = !zh && change.value === 1 ? (change.qualifier ? asMuch[change.qualifier] : 'the same as') : undefined;
    // Nor is 为去年同期的1倍 how a Chinese paper says it: 与去年同期持平, 约1倍 基本持平.
    const level = zh && change.value === 1 && (!change.qualifier || change.qualifier === 'about');
    const flat = `${change.qualifier ? '基本' : ''}持平`;
    return {
      direction: dir,
      short: zh ? times : magnitude(change, lang, '×'),
      text: level
        ? basis === 'none' ? flat : `与${base}${flat}`
        : zh ? `为${of}${times}` : same ? (of ? `${same}${of}` : change.qualifier ? `${same} before` : 'unchanged') : `${times}${of}`,
    };
  }

  const sign = dir === 'up' ? '+' : dir === 'down' ? '−' : '';
  if (change.kind === 'points') {
    const shown = printedNumber(change, lang);
    const amount = magnitude(change, lang, pointsWord(shown, lang));
    // The short form keeps the qualifier too (约+2.9个百分点, "about +2.9 pp"): it may stand alone, at a bar's end.
    const short = magnitude(change, lang, zh ? '个百分点' : ' pp', sign);
    if (basis === 'target') {
      const text = zh
        ? `${dir === 'down' ? '低于' : '高于'}目标${amount}`
        : dir === 'flat'
          ? 'on target'
          : `${amount} ${dir === 'down' ? 'below' : 'above'} target`;
      return { direction: dir, short, text: zh && dir === 'flat' ? '与目标持平' : text };
    }
    const verb = zh ? (dir === 'down' ? '下降' : '提高') : dir === 'down' ? 'down ' : 'up ';
    const text =
      dir === 'flat' ? (zh ? `${ZH_BASIS[basis]}持平` : `unchanged${EN_BASIS[basis]}`) : zh ? `${ZH_BASIS[basis]}${verb}${amount}` : `${verb}${amount}${EN_BASIS[basis]}`;
    return { direction: dir, short, text };
  }

  // percent and absolute
  const amount =
    change.kind === 'percent'
      ? magnitude(change, lang, '%')
      : // An absolute change is in the figure's own unit unless it names another.
        formatQuantity({ value: Math.abs(change.value), unit: change.unit ?? unit, qualifier: change.qualifier, decimals: change.decimals }, lang);
  const short = change.kind === 'percent' ? magnitude(change, lang, '%', sign) : `${sign}${amount}`;
  if (dir === 'flat') return { direction: dir, short, text: zh ? `${ZH_BASIS[basis]}持平` : `unchanged${EN_BASIS[basis]}` };
  const up = change.kind === 'percent' ? ['增长', 'up '] : ['增加', 'up '];
  const down = change.kind === 'percent' ? ['下降', 'down '] : ['减少', 'down '];
  const [verbZh, verbEn] = dir === 'up' ? up : down;
  return {
    direction: dir,
    short,
    text: zh ? `${ZH_BASIS[basis]}${verbZh}${amount}` : `${verbEn}${amount}${EN_BASIS[basis]}`,
  };
};

/** The factor a change multiplies the earlier figure by: +534% → 6.34, 6倍 → 6. */
export const growthFactor = (change: Change): number | undefined =>
  change.kind === 'percent' ? 1 + change.value / 100 : change.kind === 'multiple' ? change.value : undefined;

/** A percent change as a multiple of the earlier figure, to one decimal: +534% → 6.3. */
export const percentToMultiple = (percent: number): number => round(1 + percent / 100, 1);

/** A multiple as a percent change: 6倍 → +500%, 1.6倍 → +60%. */
export const multipleToPercent = (multiple: number): number => round((multiple - 1) * 100, Math.max(0, decimals(multiple) - 2));

/**
 * The earlier figure implied by a value and its change, rounded to the
 * value's published precision (and at least two significant digits):
 * 5.27 at +423% → 1.01. Undefined when the
 * change does not imply one (percentage points, or a factor of zero).
 */
export const impliedBase = (value: number, change: Change): number | undefined => {
  const factor = growthFactor(change);
  if (factor === undefined || factor <= 0) return undefined;
  const base = value / factor;
  // At least two significant digits, so a small base does not round to 0.
  const significant = base === 0 ? 0 : 1 - Math.floor(Math.log10(Math.abs(base)));
  return round(base, Math.max(decimals(value), significant));
};

/** How many significant digits a published figure has: 5000 → 1, 24.1 → 3, 0.17 → 2. */
export const significantDigits = (value: number): number => {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  return Number.isInteger(value) ? Math.max(1, digits.replace(/0+$/, '').length) : digits.length;
};

/** `value` to `digits` significant digits, rounded down, up or to the nearest. */
const toDigits = (value: number, digits: number, way: 'down' | 'up' | 'nearest'): number => {
  const power = Math.floor(Math.log10(Math.abs(value))) + 1 - digits;
  const steps = shift(value, -power);
  // A hair of slack, so that 5000/6 × 6 does not become 4999.99… and fall a step.
  return shift(way === 'down' ? Math.floor(steps + 1e-9) : way === 'up' ? Math.ceil(steps - 1e-9) : Math.round(steps), power);
};

/**
 * The earlier figure implied by a published quantity and its change. A
 * qualified figure (5000余, 近10万) keeps its qualifier and gets no more
 * precision than it was published with: 5000余 at 6倍 → 800余, not 833;
 * rounded the way its qualifier leans, so that it stays true ("more than"
 * down: 909 → 900余, never 1000余; "nearly" up). Only where that precision
 * would contradict the change does it get a digit more: 200余 at +12.5% is
 * 177.8, told as 170余, not 200余 again (no change) nor 100余 (a doubling);
 * 近800 at −3.5% is 829, told as 近830, not 近900 (a fall of 11%). Undefined where
 * even that digit would not do (1000余 at −0.2%), or where no earlier figure follows.
 * An exact figure gives `impliedBase`'s value, marked "about".
 */
export const impliedQuantity = (
  value: number,
  qualifier: Qualifier | undefined,
  change: Change,
): { value: number; qualifier: Qualifier } | undefined => {
  const base = impliedBase(value, change);
  if (base === undefined) return undefined;
  if (!qualifier) return { value: base, qualifier: 'about' };
  const exact = value / growthFactor(change)!;
  if (exact === 0) return { value: 0, qualifier };
  const way = qualifier === 'more-than' || qualifier === 'above' || qualifier === 'at-least' ? 'down' : qualifier === 'nearly' || qualifier === 'at-most' ? 'up' : 'nearest';
  const digits = significantDigits(value);
  let rounded = toDigits(exact, digits, way);
  // Off by more than a tenth, or by more than half of the change itself, it would tell another change: 近800 at −3.5% is 近830, not 近900 (−11%).
  const off = (figure: number) => Math.abs(figure - exact) > Math.min(Math.abs(exact) * 0.1, Math.abs(value - exact) / 2);
  const wrong = (figure: number) => exact !== value && (figure === value || off(figure));
  // One digit more at most: a change too small for that (1000余 at −0.2%) has no last-year figure to show that is not more precise than the published one.
  if (wrong(rounded)) rounded = toDigits(exact, digits + 1, way);
  return wrong(rounded) ? undefined : { value: rounded, qualifier: qualifier === 'above' ? 'more-than' : qualifier };
};
