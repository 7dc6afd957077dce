import type { Indicator, Project, ScorecardDocument, Text } from '../../schema/document.js';
import { formatQuantity } from '../../format/measure.js';
import type { Lang } from '../../format/number.js';
import { paren, parseIds, pick } from '../../format/text.js';

export const SECTIONS = ['indicators', 'growth', 'pipelines', 'tourism', 'projects'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Indicators under one heading; groups come in the order of their first indicators, and the first shows larger. */
export interface IndicatorGroup {
  label: Text | undefined;
  indicators: Indicator[];
}

const isSection = (name: string): name is SectionName => (SECTIONS as readonly string[]).includes(name);

/** The sections a `sections` option names, once each and in its order (all when absent), and the names that are none. */
export const requestedSections = (requested: string | undefined): { names: SectionName[]; unknown: string[] } => {
  const names = requested ? parseIds(requested) : [...SECTIONS];
  return { names: [...new Set(names.filter(isSection))], unknown: names.filter((name) => !isSection(name)) };
};

/** How many growth rates (changes in percent) a document's indicators give: its growth section compares two or more. */
export const growthRateCount = (document: ScorecardDocument): number =>
  (document.indicators ?? []).filter((indicator) => indicator.change?.kind === 'percent').length;

/**
 * The sections a document has data for, in the order asked. Unknown names
 * are reported so the element can say which option is wrong.
 */
export const planSections = (
  document: ScorecardDocument,
  requested: string | undefined,
): { sections: SectionName[]; unknown: string[] } => {
  const { names, unknown } = requestedSections(requested);
  const has: Record<SectionName, boolean> = {
    indicators: (document.indicators?.length ?? 0) > 0,
    growth: growthRateCount(document) >= 2,
    pipelines: (document.pipelines?.length ?? 0) > 0,
    tourism: (document.tourism?.length ?? 0) > 0,
    projects: (document.projects?.length ?? 0) > 0,
  };
  const sections = names.filter((name) => has[name]);
  return { sections, unknown };
};

const groupKey = (label: Text | undefined) => (label === undefined ? '' : JSON.stringify(label));

/** Indicators grouped by their `group`, groups in order of first appearance. */
export const groupIndicators = (indicators: Indicator[]): IndicatorGroup[] => {
  const groups = new Map<string, IndicatorGroup>();
  for (const indicator of indicators) {
    const key = groupKey(indicator.group);
    if (!groups.has(key)) groups.set(key, { label: indicator.group, indicators: [] });
    groups.get(key)!.indicators.push(indicator);
  }
  return [...groups.values()];
};

/**
 * Whether `name` holds `amount` as a whole figure: "3GWh" in "全钒液流3GWh", not in "13GWh";
 * "300,000 tonnes" in "Brewery, 300,000 tonnes a year", not in "1,300,000 tonnes"; "30" not in "300".
 * Spaces aside, and in English any case ("300,000 Tonnes").
 */
const names = (name: string, amount: string, lang: Lang): boolean => {
  const compact = (text: string) => {
    const spaceless = text.replace(/\s/g, '');
    return lang === 'en' ? spaceless.toLowerCase() : spaceless;
  };
  const [haystack, needle] = [compact(name), compact(amount)];
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    // Not the tail of a longer number (13, 0.3, 1,300,000; Chinese figures have no thousands commas)…
    const tail = /[\d.]/.test(haystack[at - 1] ?? '') || (lang === 'en' && /\d,$/.test(haystack.slice(0, at)));
    // …nor, where the amount ends in a digit (a count has no unit in English), its head: 30 in 300, 30.5, 30,000.
    const after = haystack.slice(at + needle.length);
    const head = /\d$/.test(needle) && /^(?:\d|[.,]\d)/.test(after);
    if (!tail && !head) return true;
  }
  return false;
};

/**
 * A project's figures and note, for one line, leaving out a figure its name in that
 * language already gives: 年产30万吨啤酒项目 with a capacity of 30万吨; "Brewery, 300,000
 * tonnes a year" with one of "300,000 tonnes". Each language decides for itself: an
 * English name "Brewery" still gives the capacity. [预计年销售收入112亿元, 预计税收4.39亿元] /
 * ["Expected annual sales: 11.2 billion yuan", "Expected tax: 439 million yuan"].
 */
export const projectDetails = (project: Project, lang: Lang): string[] => {
  const name = pick(project.label, lang);
  const parts = (project.figures ?? []).map((figure) => {
    const label = pick(figure.label, lang);
    if (typeof figure.value !== 'number') return label;
    const amount = formatQuantity({ ...figure, value: figure.value }, lang);
    if (names(name, amount, lang)) return '';
    return !label ? amount : lang === 'zh' ? `${label}${amount}` : `${label}: ${amount}`;
  });
  return [...parts, pick(project.note, lang)].filter(Boolean);
};

/**
 * Whether a card in a scorecard may leave its period unsaid: the heading gives
 * the document's period, so a card of that period (it names none, or the same
 * one) need not say it again; nor a card whose group's heading, shown above it
 * (`groupHeaded`), ends in its period in brackets (科技创新（2024年）, "Innovation (2024)"):
 * unless another indicator bears the same label. Then the periods are what tell
 * the two apart ("53, 2023" beside "4, 2024 Q1").
 */
export const periodGoesWithoutSaying = (indicator: Indicator, document: ScorecardDocument, groupHeaded = false): boolean => {
  type Named = Parameters<typeof pick>[0];
  const LANGS = ['zh', 'en'] as const;
  const reads = (a: Named, b: Named) => LANGS.map((lang) => pick(a, lang) === pick(b, lang));
  // Alike in either language is alike to a reader of that language (a plain string and { zh, en } may name the same thing).
  const namesake = (document.indicators ?? []).some((other) => other !== indicator && reads(other.label, indicator.label).some(Boolean));
  const { period, group } = indicator;
  const inHeading =
    groupHeaded &&
    !!period &&
    !!group &&
    LANGS.every((lang) => {
      const named = pick(period, lang);
      // The period in brackets as the language sets them: （2024年）, " (2024)".
      return !!named && pick(group, lang).endsWith(paren('', named, lang));
    });
  return !namesake && (period === undefined || inHeading || (period !== null && reads(period, document.period).every(Boolean)));
};

/** A card in a grid: where its row is (its top edge) and how tall its label is on its own. */
export interface CardBox {
  top: number;
  labelHeight: number;
  /** From the card's top to its figure's: the label, and a plan's "Target:" line under it. */
  head: number;
}

/**
 * The label height each card takes so that the figures of a row line up: its own, grown by
 * as much as its figure sits above the lowest of its row (cards whose tops are within a pixel
 * share one).
 */
export const rowLabelHeights = (cards: readonly CardBox[]): number[] => {
  const rows = new Map<number, number>();
  const rowOf = ({ top }: CardBox) => Math.round(top);
  for (const card of cards) rows.set(rowOf(card), Math.max(rows.get(rowOf(card)) ?? 0, card.head));
  return cards.map((card) => card.labelHeight + rows.get(rowOf(card))! - card.head);
};

/** The tallest of each position across columns (the first holiday's panels of two charts, …). */
export const tallestPerIndex = (columns: readonly (readonly number[])[]): number[] =>
  Array.from({ length: Math.max(0, ...columns.map((column) => column.length)) }, (_, index) =>
    Math.max(...columns.map((column) => column[index] ?? 0)),
  );
