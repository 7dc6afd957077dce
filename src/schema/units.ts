/**
 * The registry of units a document may name by key. Chinese reports print
 * magnitudes inside the unit (亿元 = 1e8 yuan, 万人次 = 1e4 visits), so each unit
 * records its power of ten over a base unit, which English text converts to
 * (10.7 亿元 reads "1.07 billion yuan").
 */
export interface UnitInfo {
  /** As printed in Chinese, right after the number: 亿元. */
  zh: string;
  /** English name of the base unit, plural: yuan, visits. Empty for bare counts. */
  en: string;
  /** English singular, when it differs. */
  enOne?: string;
  /** Power of ten over the base unit: 亿元 → 8. */
  exponent: number;
  /** No space between number and English unit (80%). */
  tight?: boolean;
}

export const UNITS = {
  cny: { zh: '元', en: 'yuan', exponent: 0 },
  '10k-cny': { zh: '万元', en: 'yuan', exponent: 4 },
  '100m-cny': { zh: '亿元', en: 'yuan', exponent: 8 },
  visits: { zh: '人次', en: 'visits', enOne: 'visit', exponent: 0 },
  '10k-visits': { zh: '万人次', en: 'visits', enOne: 'visit', exponent: 4 },
  people: { zh: '人', en: 'people', enOne: 'person', exponent: 0 },
  count: { zh: '个', en: '', exponent: 0 },
  firms: { zh: '家', en: 'firms', enOne: 'firm', exponent: 0 },
  tonne: { zh: '吨', en: 'tonnes', enOne: 'tonne', exponent: 0 },
  '10k-tonne': { zh: '万吨', en: 'tonnes', enOne: 'tonne', exponent: 4 },
  mu: { zh: '亩', en: 'mu', exponent: 0 },
  sqm: { zh: '平方米', en: 'm²', exponent: 0 },
  '10k-sqm': { zh: '万平方米', en: 'm²', exponent: 4 },
  km2: { zh: '平方公里', en: 'km²', exponent: 0 },
  mw: { zh: 'MW', en: 'MW', exponent: 0 },
  gwh: { zh: 'GWh', en: 'GWh', exponent: 0 },
  percent: { zh: '%', en: '%', exponent: 0, tight: true },
} satisfies Record<string, UnitInfo>;

export type UnitKey = keyof typeof UNITS;

export const UNIT_KEYS = Object.keys(UNITS) as UnitKey[];
