import type { Indicator, ScorecardDocument, Text } from '../../schema/document.js';
import { parseIds } from '../../format/text.js';

export const SECTIONS = ['indicators', 'growth', 'pipelines', 'tourism', 'projects'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Indicators under one heading; `headline` groups come first and show larger. */
export interface IndicatorGroup {
  label: Text | undefined;
  indicators: Indicator[];
}

/**
 * The sections a document has data for, in the order asked. Unknown names
 * are reported so the element can say which option is wrong.
 */
export const planSections = (
  document: ScorecardDocument,
  requested: string | undefined,
): { sections: SectionName[]; unknown: string[] } => {
  const names = requested ? parseIds(requested) : [...SECTIONS];
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  const has: Record<SectionName, boolean> = {
    indicators: (document.indicators?.length ?? 0) > 0,
    growth: (document.indicators ?? []).filter((indicator) => indicator.change?.kind === 'percent').length >= 2,
    pipelines: (document.pipelines?.length ?? 0) > 0,
    tourism: (document.tourism?.length ?? 0) > 0,
    projects: (document.projects?.length ?? 0) > 0,
  };
  const sections = [...new Set(names)].filter((name): name is SectionName => name in has && has[name as SectionName]);
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
