/**
 * From documents to what the growth-bars chart shows: the bars with their
 * words, the title, the summary sentence, the notes and the data table.
 * Pure: no DOM, no element state.
 */
import type { Indicator, ScorecardDocument, Source } from '../../schema/document.js';
import { formatChange, type Direction } from '../../format/change.js';
import { formatFigure } from '../../format/measure.js';
import { formatNumber, formatPublishedPercent, type Lang } from '../../format/number.js';
import { isDeadline, targetProgress } from '../../format/target.js';
import { hasBrackets, joinAnd, labelled, list, lowerFirst, markDerived, pick, sentences, upperFirst } from '../../format/text.js';
import { polarityWords, tone, withPolarity, type Tone } from '../../format/tone.js';
import { invalid, nothingToShow, notOneOf, unknownIds, type View } from '../../internal/sc-element.js';
import type { DataTable } from '../../internal/chart-frame.js';
import type { BarDatum } from './growth-bars.layout.js';

export type SortOrder = 'none' | 'desc' | 'asc';

export interface GrowthBar extends BarDatum {
  tone: Tone;
  direction: Direction;
  /** The change in words, with its basis: 同比增长15.5%. */
  change: string;
  /** The change in words without its basis, for a sentence whose title names it: 增长15.5%. */
  plainChange: string;
  /** The figure as published, or "not published". */
  amount: string;
  /** The period of this bar's figure. */
  period: string;
  /** How the figure stands against its growth target, in words. */
  targetText?: string | undefined;
  /** Everything about the bar in one phrase, for its accessible name. */
  aria: string;
}

export interface GrowthBarsView {
  title: string;
  /** A Chinese title's phrases, for line breaks between them (see ChartView). */
  titlePhrases?: string[] | undefined;
  summary: string;
  bars: GrowthBar[];
  notes: string[];
  table: DataTable;
  source?: Source | undefined;
  illustrative: boolean;
  reference?: { value: number; label: string } | undefined;
}

export interface GrowthBarsOptions {
  /** Ids to show, in this order (one document). */
  indicators?: string[] | undefined;
  /** The id to compare across several documents. */
  indicator?: string | undefined;
  sort?: string | undefined;
  reference?: number | undefined;
  /** The reference as written (the attribute), for a message when it is no number: "6.5%". */
  referenceGiven?: string | undefined;
  referenceLabel?: string | undefined;
  /** Draw growth-target markers. */
  targets?: boolean | undefined;
  heading?: string | undefined;
}

/** The names of the sources' publishers in `lang`, each once. */
const publishers = (sources: Source[], lang: Lang): string[] => [...new Set(sources.map((source) => pick(source.name, lang)))];

const percentChange = (indicator: Indicator) => (indicator.change?.kind === 'percent' ? indicator.change : undefined);

/**
 * A name with its period: 凌源市上半年（截至6月末）, "Lingyuan City, first half (to end of June)".
 * An indicator's takes brackets in Chinese (限上单位社会消费品零售额（1—3月）): run on, its period
 * would read as part of its name.
 */
const withPeriod = (name: string, period: string | undefined, lang: Lang, ofIndicator = false): string =>
  period ? (lang === 'zh' ? (ofIndicator && !hasBrackets(period) ? `${name}（${period}）` : `${name}${period}`) : `${name}, ${period}`) : name;

interface Item {
  indicator: Indicator;
  document: ScorecardDocument;
  key: string;
  name: string;
  period: string;
}

/** Said under a bar whose rate is not a growth rate over time (zh, en). */
const BASIS_NOTE = { target: ['比目标', 'against target'], 'previous-period': ['环比', 'on the previous period'] } as const;

/** `titlePeriod`: the period the title names, if one; a bar of any other period names its own. */
const makeBar = (item: Item, lang: Lang, targets: boolean, titlePeriod: string | undefined, ofIndicators: boolean): GrowthBar => {
  const zh = lang === 'zh';
  const { indicator } = item;
  const change = percentChange(indicator)!;
  const formatted = formatChange(change, lang, indicator.unit);
  const growthTarget = targets && indicator.target?.kind === 'growth' ? indicator.target : undefined;
  const progress = growthTarget && targetProgress(indicator, lang);
  // A bar shows a target it has a rate for (published, or derived from a published gap).
  const hasTarget = progress?.goal !== undefined;
  let targetLabel: string | undefined;
  if (hasTarget) {
    // A target for another period (the full year) is named as such beside the bar.
    const period = pick(growthTarget!.period, lang);
    // It starts a line under the bar: "Full year 2024 target 15%"; a deadline after it, "Target 15% by the end of 2024".
    const label = zh
      ? `${period}目标${progress.goal}`
      : upperFirst(isDeadline(period) ? `target ${progress.goal} ${period}` : `${period ? `${period} ` : ''}target ${progress.goal}`);
    targetLabel = progress.derived ? markDerived(label, lang) : label;
  }
  const value = indicator.value;
  const amount = formatFigure(indicator, lang);
  const sublabel = item.period === titlePeriod ? '' : item.period;
  const name = withPeriod(item.name, sublabel, lang, ofIndicators);
  const amountPhrase = value === undefined || value === null ? (zh ? '数值未公布' : 'value not published') : amount;
  // Colour says whether a change is good news; where readers would not assume it, words say so too.
  const changeText = withPolarity(formatted.text, formatted.direction, indicator.polarity, lang);
  const lowerIsBetter = polarityWords(formatted.direction, indicator.polarity, lang);
  // A rate against the target or the previous period, among growth rates: said under its name, as no title names it.
  const basis = change.basis === 'target' || change.basis === 'previous-period' ? BASIS_NOTE[change.basis][zh ? 0 : 1] : '';
  const aria = labelled(name, list([changeText, amountPhrase], lang) + (hasTarget ? (zh ? '；' : '; ') + progress.text : ''), lang);
  return {
    key: item.key,
    label: item.name,
    // Under the label it starts a line: "First half (to end of June)".
    sublabel: sublabel || basis || lowerIsBetter ? upperFirst(list([sublabel, basis, lowerIsBetter], lang)) : undefined,
    value: change.value,
    // The short form at the bar's end, with its qualifier: 约+15%, "about +15%".
    valueLabel: formatted.short,
    target: hasTarget ? progress.target : undefined,
    targetLabel,
    tone: tone(formatted.direction, indicator.polarity),
    direction: formatted.direction,
    change: changeText,
    plainChange: withPolarity(formatChange({ ...change, basis: undefined }, lang, indicator.unit).text, formatted.direction, indicator.polarity, lang),
    amount,
    period: item.period,
    targetText: hasTarget ? progress.text : undefined,
    aria,
  };
};

const sortBars = (bars: GrowthBar[], sort: SortOrder): GrowthBar[] =>
  sort === 'none' ? bars : [...bars].sort((a, b) => (sort === 'desc' ? b.value - a.value : a.value - b.value));

const SMALL = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** A count that starts an English sentence: "Three", "A total of 12". */
const startOfSentence = (n: number): string => SMALL[n] ?? `A total of ${formatNumber(n, 'en')}`;

/** The sentence under the title: how many, the fastest and the slowest, declines, targets. */
const summarise = (
  bars: GrowthBar[],
  lang: Lang,
  comparison: boolean,
  withBasis: boolean,
  extra: string[],
  titlePeriod: string | undefined,
): string => {
  const zh = lang === 'zh';
  const n = bars.length;
  const words = (bar: GrowthBar) => (withBasis ? bar.change : bar.plainChange);
  // A label keeps the case it was published in: lower-casing "Retail sales" would also turn "Beijing" into "beijing".
  const name = (bar: GrowthBar) => withPeriod(bar.label, comparison && bar.period !== titlePeriod ? bar.period : undefined, lang);
  // An English sentence never starts with a figure: one to nine in words, larger numbers after "A total of".
  const count = zh
    ? `${n}${comparison ? '个地区' : '项指标'}`
    : `${startOfSentence(n)} ${comparison ? (n === 1 ? 'region' : 'regions') : n === 1 ? 'indicator' : 'indicators'}`;
  const out: string[] = [];
  if (n === 1) {
    out.push(zh ? `${count}：${name(bars[0]!)}，${words(bars[0]!)}。` : `${count}: ${name(bars[0]!)}, ${words(bars[0]!)}.`);
  } else {
    const byValue = [...bars].sort((a, b) => b.value - a.value);
    const high = byValue[0]!;
    const low = byValue[n - 1]!;
    if (high.value === low.value) {
      out.push(zh ? `${count}，均${words(high)}。` : `${count}, all ${words(high)}.`);
    } else {
      const growing = low.value >= 0;
      const [top, bottom] = zh ? (growing ? ['增速最快', '增速最慢'] : ['增速最高', '增速最低']) : growing ? ['Fastest', 'Slowest'] : ['Highest', 'Lowest'];
      out.push(
        zh
          ? // As a paper writes it: 6项指标中，增速最快的是规模以上工业增加值，增长15.5%；…
            `${count}中，${top}的是${name(high)}，${words(high)}；${bottom}的是${name(low)}，${words(low)}。`
          : `${count}. ${top}: ${name(high)}, ${words(high)}. ${bottom}: ${name(low)}, ${words(low)}.`,
      );
      const down = bars.filter((bar) => bar.direction === 'down').length;
      if (down > 0) out.push(zh ? `其中${down}${comparison ? '个地区' : '项'}下降。` : `Of these, ${down} declined.`);
    }
  }
  for (const bar of bars) {
    // A sentence starts with a capital; the rest of the label keeps its case.
    if (bar.targetText) out.push(zh ? `${name(bar)}：${bar.targetText}。` : `${upperFirst(name(bar))}: ${bar.targetText}.`);
  }
  out.push(...extra);
  return sentences(out, lang);
};

/**
 * Builds the chart's view of one document (its indicators) or of several
 * (one indicator compared across regions). Bad options come back as a
 * validation error naming what exists.
 */
export const growthBarsView = (documents: ScorecardDocument[], options: GrowthBarsOptions, lang: Lang): View<GrowthBarsView> => {
  const zh = lang === 'zh';
  const sort = (options.sort || 'none') as SortOrder;
  if (!['none', 'desc', 'asc'].includes(sort)) return notOneOf('sort', options.sort, ['desc', 'asc', 'none']);
  if (options.reference !== undefined && !Number.isFinite(options.reference)) {
    const got = options.referenceGiven === undefined ? '' : `'${options.referenceGiven}'`;
    return invalid(
      'reference',
      `expected a number (a percent, e.g. 6.5)${got && `; got ${got}`}`,
      `应为数字（百分数，如 6.5）${got && `，而不是 ${got}`}`,
    );
  }
  const targets = options.targets ?? true;
  const notes: string[] = [];
  const items: Item[] = [];
  // Year on year for every bar: the title says so once.
  const yoy = () => items.every((item) => item.indicator.change?.basis === 'yoy');
  let differ = false;
  /** Whether a region published the compared figure under another name. */
  let renamedAny = false;
  let titlePeriod: string | undefined;
  const comparison = documents.length > 1;
  let title: string;
  let phrases: string[] | undefined;

  if (comparison) {
    const picked = options.indicators ?? [];
    const id = options.indicator || (picked.length === 1 ? picked[0] : undefined);
    if (!id) {
      const shared = (documents[0]!.indicators ?? [])
        .filter((indicator) => percentChange(indicator))
        .map((indicator) => indicator.id)
        .filter((key) => documents.every((document) => document.indicators?.some((other) => other.id === key && percentChange(other))));
      return invalid(
        'indicator',
        `comparing ${documents.length} documents needs indicator="…"; ids with a percent change in all of them: ${shared.join(', ') || '—'}`,
        `比较 ${documents.length} 份文档需要指定 indicator="…"；各文档都有增速的指标：${shared.join('、') || '—'}`,
      );
    }
    const found = documents.map((document) => document.indicators?.find((indicator) => indicator.id === id));
    const first = found.find(Boolean);
    if (!first) {
      return invalid('indicator', `no indicator '${id}' in any of these documents`, `这些文档中都没有指标 '${id}'`);
    }
    const periods = documents.map((document, index) => pick(found[index]?.period ?? document.period, lang));
    const withChange = documents.map((_, index) => found[index] && percentChange(found[index]!));
    // The name of the figure drawn first (a region without a growth rate is not drawn), so the title names what the bars show.
    const named = found.find((_, index) => withChange[index]) ?? first;
    const label = pick(named.label, lang);
    const shown = periods.filter((_, index) => withChange[index]);
    differ = new Set(shown).size > 1;
    documents.forEach((document, index) => {
      const indicator = found[index];
      const region = pick(document.region, lang);
      if (!indicator) {
        notes.push(zh ? `${region}（${periods[index]}）：文档中没有${label}数据，未列出。` : `${label}: no figure for ${region} (${periods[index]}) in the document; not shown.`);
        return;
      }
      if (!percentChange(indicator)) {
        notes.push(zh ? `${region}（${periods[index]}）：未公布${label}增速，未列出。` : `${label}: no growth rate published for ${region} (${periods[index]}); not shown.`);
        return;
      }
      items.push({ indicator, document, key: `${index}:${document.id}`, name: region, period: periods[index]! });
    });
    if (differ) {
      const groups = new Map<string, string[]>();
      items.forEach((item) => groups.set(item.period, [...(groups.get(item.period) ?? []), item.name]));
      const parts = [...groups].map(([period, names]) => (zh ? `${names.join('、')}为${period}` : `${joinAnd(names, lang)}: ${period}`));
      notes.unshift(zh ? `各地统计时期不同：${parts.join('；')}。` : `The periods differ. ${parts.join('; ')}.`);
    }
    // The same id under another published (Chinese) name may not be quite the same measure: the reader is
    // told that name, and in English its translation too: 凌源市为“社会零售品销售总额” / "Lingyuan City: 社会零售品销售总额 (“Retail sales”)".
    const renamed = items.filter((item) => pick(item.indicator.label, 'zh') !== pick(named.label, 'zh'));
    renamedAny = renamed.length > 0;
    if (renamedAny) {
      const names = renamed.map(({ name, indicator }) => {
        const [published, english] = [pick(indicator.label, 'zh'), pick(indicator.label, 'en')];
        return zh ? `${name}为“${published}”` : `${name}: ${published}${english !== published ? ` (“${english}”)` : ''}`;
      });
      notes.push(zh ? `各地公布的指标名称不同：${names.join('；')}。` : `Published under another name. ${names.join('; ')}.`);
    }
    titlePeriod = differ ? undefined : items[0]?.period;
    const period = titlePeriod ?? '';
    phrases = zh ? ['各地', label, `${yoy() ? '同比' : ''}增速`, period ? `（${period}）` : ''] : undefined;
    title = zh ? phrases!.join('') : `${label}: ${yoy() ? 'year-on-year growth' : 'growth'} by region${period ? `, ${period}` : ''}`;
  } else {
    const document = documents[0]!;
    const all = document.indicators ?? [];
    const ids = options.indicators?.length ? options.indicators : options.indicator ? [options.indicator] : undefined;
    const docPeriod = pick(document.period, lang);
    const add = (indicator: Indicator) => {
      const period = pick(indicator.period ?? document.period, lang);
      items.push({ indicator, document, key: indicator.id, name: pick(indicator.label, lang), period });
    };
    const nonPercent = (indicator: Indicator) => {
      const text = formatChange(indicator.change!, lang, indicator.unit).text;
      const label = pick(indicator.label, lang);
      return zh ? `${label}：变化以“${text}”公布，不是百分比增速，未列出。` : `${label}: the change is published as “${text}”, not as a percent; not shown.`;
    };
    if (ids) {
      const missing = ids.filter((key) => !all.some((indicator) => indicator.id === key));
      // Named after the attribute the page set: `indicator` alone picks one bar too.
      const attribute = options.indicators?.length ? 'indicators' : 'indicator';
      if (missing.length) return unknownIds(attribute, ['indicator', '指标'], missing, all.map((indicator) => indicator.id));
      for (const key of ids) {
        const indicator = all.find((item) => item.id === key)!;
        if (percentChange(indicator)) add(indicator);
        else if (indicator.change) notes.push(nonPercent(indicator));
        else {
          const label = pick(indicator.label, lang);
          notes.push(zh ? `${label}：未公布增速，未列出。` : `${label}: no growth rate published; not shown.`);
        }
      }
    } else {
      let without = 0;
      for (const indicator of all) {
        if (percentChange(indicator)) add(indicator);
        else if (indicator.change) notes.push(nonPercent(indicator));
        else without++;
      }
      if (without > 0 && items.length > 0) {
        notes.push(
          zh
            ? `另有${without}项指标没有增速，未列出。`
            : without === 1
              ? 'One other indicator has no growth rate and is not shown.'
              : `Another ${without} indicators have no growth rate and are not shown.`,
        );
      }
    }
    const region = pick(document.region, lang);
    // The bars' own period when they share one (Q1 figures of a document about
    // "Q1 and the spring holidays"); otherwise the document's, with each bar
    // of another period labelled. A heading of the page's own names no period:
    // then each bar not of the document's period is labelled.
    const shared = new Set(items.map((item) => item.period));
    const period = shared.size === 1 && !options.heading ? items[0]!.period : docPeriod;
    titlePeriod = period;
    phrases = zh ? [region, period, `主要指标${yoy() ? '同比' : ''}增速`] : undefined;
    title = zh ? phrases!.join('') : `${region}, ${period}: ${yoy() ? 'year-on-year growth' : 'growth'}`;
  }

  if (items.length === 0) {
    // A document of pipelines or tourism only has no indicators to speak of.
    return comparison || documents[0]!.indicators?.length
      ? nothingToShow(comparison ? 'indicator' : 'indicators', 'none of the indicators has a growth rate in percent', '各项指标均无百分比增速')
      : nothingToShow('indicators', 'the document has no indicators', '文档中没有指标（indicators）');
  }

  if (options.heading) {
    title = options.heading;
    phrases = undefined;
  }
  const bars = sortBars(
    items.map((item) => makeBar(item, lang, targets, titlePeriod, !comparison)),
    sort,
  );

  let reference: GrowthBarsView['reference'];
  const extra: string[] = [];
  // Where each bar stands against the reference line, in words: the table's column for the line.
  let against: { label: string; of: (bar: GrowthBar) => string } | undefined;
  if (options.reference !== undefined) {
    const value = options.reference;
    // Unnamed, the line is "Reference 6.5%" at its head and "the reference line" in a sentence.
    const given = options.referenceLabel?.trim();
    // In a sentence an English label is in running case: "above provincial average", while GDP stays GDP.
    const name = zh ? given || '参考线' : given ? lowerFirst(given) : 'the reference line';
    const figure = formatPublishedPercent(value, lang);
    reference = { value, label: zh ? `${name}${figure}` : `${given || 'Reference'} ${figure}` };
    against = {
      label: zh ? `与${name}（${figure}）相比` : `Against ${name} (${figure})`,
      of: (bar) => (bar.value > value ? (zh ? '高于' : 'above') : bar.value < value ? (zh ? '低于' : 'below') : zh ? '持平' : 'level'),
    };
    const above = bars.filter((bar) => bar.value > value).length;
    extra.push(
      zh
        ? `${above}${comparison ? '个地区' : '项'}高于${name}（${figure}）。`
        : `${above} of ${bars.length} above ${name} (${figure}).`,
    );
  }
  if (differ) extra.push(zh ? '各地统计时期不同。' : 'The periods differ.');
  if (renamedAny) extra.push(zh ? '各地公布的指标名称不同。' : 'Not every region publishes it under this name.');

  // The basis is in the title when it is year on year for every bar; the sentence then leaves it out.
  const summary = summarise(bars, lang, comparison, !yoy(), extra, titlePeriod);
  // A column of periods only where a bar's differs from the title's (its sublabel may hold other words).
  const showPeriod = bars.some((bar) => bar.period !== titlePeriod);
  const showTarget = bars.some((bar) => bar.targetText);
  const table: DataTable = {
    caption: title,
    columns: [
      { label: comparison ? (zh ? '地区' : 'Region') : zh ? '指标' : 'Indicator' },
      ...(showPeriod ? [{ label: zh ? '时期' : 'Period' }] : []),
      { label: zh ? '增速' : 'Growth', numeric: true },
      { label: zh ? '数值' : 'Value', numeric: true },
      ...(showTarget ? [{ label: zh ? '目标' : 'Target' }] : []),
      ...(against ? [{ label: against.label }] : []),
    ],
    rows: bars.map((bar) => [
      bar.label,
      ...(showPeriod ? [upperFirst(bar.period)] : []),
      bar.change,
      bar.amount,
      ...(showTarget ? [bar.targetText ? upperFirst(bar.targetText) : '—'] : []),
      ...(against ? [upperFirst(against.of(bar))] : []),
    ]),
  };

  const sources = documents.map((document) => document.source);
  const distinct = [...new Map(sources.map((source) => [JSON.stringify(source), source])).values()];
  const source: Source | undefined =
    distinct.length <= 1
      ? distinct[0]
      : // Each publisher once: two reports of one paper (another title or date) are not two sources.
        { name: { zh: publishers(distinct, 'zh').join('；'), en: publishers(distinct, 'en').join('; ') } };

  return {
    ok: true,
    value: {
      title,
      titlePhrases: phrases,
      summary,
      bars,
      notes,
      table,
      source,
      illustrative: documents.some((document) => document.illustrative),
      reference,
    },
  };
};
