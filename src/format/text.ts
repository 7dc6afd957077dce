import type { Period, Source, Text } from '../schema/document.js';
import type { Lang } from './number.js';

/** The text in `lang`, falling back to the other language, then to ''. */
export const pick = (text: Text | Period | undefined, lang: Lang): string => {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? '';
};

/** Normalises a BCP 47 tag to one of the two languages the library writes. */
export const toLang = (tag: string | null | undefined): Lang | undefined => {
  if (!tag) return undefined;
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
};

/** Joins phrases into a sentence list in each language's way: 、 in Chinese, commas in English. */
export const list = (items: string[], lang: Lang): string => {
  const shown = items.filter(Boolean);
  if (lang === 'zh') return shown.join('，');
  return shown.join(', ');
};

/** "来源：辽宁日报，2024-04" / "Source: Liaoning Daily, 2024-04". */
export const creditText = (source: Source, lang: Lang): string => {
  const parts = [pick(source.name, lang), pick(source.title, lang), source.date ?? ''];
  return `${lang === 'zh' ? '来源：' : 'Source: '}${list(parts, lang)}`;
};
