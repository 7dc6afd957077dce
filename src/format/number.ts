/**
 * Number formatting that keeps the precision a figure was published with.
 * `Intl.NumberFormat` instances are memoised per locale and options: building
 * one costs far more than using it.
 */
export type Lang = 'zh' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

export const numberFormat = (lang: Lang, fractionDigits: number, grouping: boolean): Intl.NumberFormat => {
  const key = `${lang}|${fractionDigits}|${grouping}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: grouping,
      // Zero has no sign: −0, and a small negative rounded to 0, print as 0.
      signDisplay: 'negative',
    });
    formatters.set(key, format);
  }
  return format;
};

/** How many digits a number has after the decimal point, as written: 2.0228 → 4. */
export const decimals = (value: number): number => {
  if (!Number.isFinite(value)) return 0;
  // 15 significant digits drop binary noise from computed values (0.1 + 0.2 → 0.3).
  const [mantissa = '', exponent = '0'] = String(Number(value.toPrecision(15))).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
};

/** The decimals a figure is shown with: its own, or more where it was printed with them (`given`: 5.0 → 1). */
export const printedDecimals = (value: number, given: number | undefined): number => Math.max(decimals(value), given ?? 0);

/** `value × 10^exponent` computed on the decimal digits, so 10.7 × 10⁻¹ is exactly 1.07. */
export const shift = (value: number, exponent: number): number => {
  const [mantissa, power = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(power) + exponent}`);
};

/** Rounds to `digits` decimals without binary drift (1.005 → 1.01). */
export const round = (value: number, digits: number): number => shift(Math.round(shift(value, digits)), -digits);

/** `a − b` to the decimals of the more precise of the two, without binary drift: 15.7 − 15 → 0.7. */
export const difference = (a: number, b: number): number => round(a - b, Math.max(decimals(a), decimals(b)));

/**
 * Formats a plain number. Chinese reports print no thousands separators
 * (8645元, 167655元); English text groups digits (8,645).
 */
export const formatNumber = (value: number, lang: Lang, fractionDigits = decimals(value)): string =>
  numberFormat(lang, Math.min(20, Math.max(0, fractionDigits)), lang === 'en').format(value).replace('-', '−');

/** The words after a number of percentage points as shown: 个百分点, " percentage point" after a 1. */
export const pointsWord = (shown: string, lang: Lang): string =>
  lang === 'zh' ? '个百分点' : shown === '1' ? ' percentage point' : ' percentage points';

/** A signed number for compact labels: +15.7, −3.2, 0. */
export const formatSigned = (value: number, lang: Lang, fractionDigits = decimals(value)): string =>
  `${value > 0 ? '+' : ''}${formatNumber(value, lang, fractionDigits)}`;

/**
 * `part` as a percent of `whole`, rounded to `digits` decimals: 27 of 156 →
 * 17.3. Never clipped (a later stage larger than an earlier one gives more
 * than 100). Undefined when the rate does not exist: `whole` is 0, or either
 * figure is not a finite number.
 */
export const percentOf = (part: number, whole: number, digits = 1): number | undefined =>
  whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole) ? undefined : round((part / whole) * 100, digits);

/** A rate as printed, with its fixed decimals: 17.3%, 50.0%, 120.0%; `−` for negatives. */
export const formatPercent = (percent: number, lang: Lang, digits = 1): string => `${formatNumber(percent, lang, digits)}%`;

/** A percent as published, with its own decimals: 6.5%, 15%, −3.2%. */
export const formatPublishedPercent = (percent: number, lang: Lang): string => formatPercent(percent, lang, decimals(percent));
