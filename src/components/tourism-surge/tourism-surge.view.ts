/**
 * The view model of sc-tourism-surge, as pure functions of a document and a
 * language: each holiday's bars, daily series, surge wording, summary and
 * data table. The element lays it out and renders it.
 */
import type { DataTable } from '../../internal/chart-frame.js';
import type { Change, ScorecardDocument, Source, TourismEvent, Unit } from '../../schema/document.js';
import { direction, formatChange, growthFactor, impliedQuantity, multipleToPercent, percentToMultiple, type Direction } from '../../format/change.js';
import { formatFigure, formatQuantity, hasFigure, inSmallerUnitUnderOne, isMoney, notGiven, quantityParts, toBaseUnits, unitInfo, type QuantityParts } from '../../format/measure.js';
import { round, type Lang } from '../../format/number.js';
import { derivedWord, labelled, list, markDerived, paren, pick, sentences, upperFirst } from '../../format/text.js';
import { tone, type Tone } from '../../format/tone.js';

export type Metric = 'visitors' | 'revenue';
export const METRICS: readonly Metric[] = ['visitors', 'revenue'];

/** One bar: this year's figure, or the year before derived from the growth. */
export interface SurgeBar {
  /** In base units (visits, yuan), so that holidays on one scale compare. */
  value: number;
  rowLabel: string;
  /** As shown beside the bar: 24.1万人次, 约3.8万人次（推算）. */
  valueLabel: string;
  derived: boolean;
  /** The tooltip and accessible name of the bar. */
  description: string;
}

export interface SurgeDay {
  label: string;
  value: number;
  /** As shown over the column: 12万人次. */
  valueLabel: string;
  description: string;
  /** The busiest of the days shown. */
  peak: boolean;
}

export interface SurgeEvent {
  id: string;
  /** The holiday and place: 2024年清明假期（凤凰山景区）, "Qingming holiday 2024, Fenghuang Mountain scenic area". */
  title: string;
  /** The holiday's dates as printed, shown under its title: 4月4日至6日. */
  period?: string | undefined;
  /** The same in running text and in the data table: 2024年清明假期（凤凰山景区）; "Qingming holiday 2024, Fenghuang Mountain scenic area". */
  name: string;
  metric: Metric;
  /** 接待游客, Visitors; 旅游收入, Revenue. */
  metricLabel: string;
  /** This year's figure as published, or "not published". */
  valueText: string;
  /** The same figure in parts, when published: its unit is set whole in Chinese (200 / 余万人次, never 200余万人 / 次). */
  valueParts?: QuantityParts | undefined;
  /** Whether this year's figure was published. */
  published: boolean;
  /** A published figure without a change: "no year-on-year comparison published". */
  noComparison?: string | undefined;
  /** This year, then last year when it can be derived; empty when no figure was published, or when nothing shares its scale. */
  bars: SurgeBar[];
  /** Holidays with the same scale key are drawn to one scale. */
  scale: string;
  /**
   * The change as published, then converted to the other form and marked as
   * derived: 同比增长534%（约为去年同期的6.3倍，推算）, "6 times last year's (up 500%, derived)".
   * `clause` is the same for a running sentence: 同比增长534%，约为去年同期的6.3倍（推算）.
   */
  surge?: { text: string; clause: string; direction: Direction; tone: Tone };
  /** Whether last year's figure was printed (`previous`), not derived. */
  previousPrinted: boolean;
  /** The last year's figure, derived: 日均800余人次（推算）. */
  baseText?: string;
  /**
   * The holiday's measure and figures in the data table. A daily average says so once, in the
   * measure (日均接待游客: 5000余人次, 800余人次（推算）), so that its cells stay short enough for a
   * scorecard's column.
   */
  row: TableRow;
  /** The data table's further rows of the holiday: its other figures shown beside the chart, then its days. */
  moreRows: TableRow[];
  /** The busiest day, a visitors figure: shown with the visitors metric only. */
  peak?: string;
  /** Other published figures of the event: 展区销售额：200余万元. */
  figures: string[];
  note: string;
  days?: { title: string; items: SurgeDay[]; peakText: (day: { valueLabel: string }) => string };
  illustrative: boolean;
  /** The event in one sentence, for the summary. */
  sentence: string;
}

/** A holiday's row in the data table: the measure, this year's figure, last year's (derived) and the change. */
export interface TableRow {
  measure: string;
  value: string;
  base?: string | undefined;
  change?: string | undefined;
}

export interface TourismSurgeView {
  title: string;
  /** A Chinese title's phrases, for line breaks between them (see ChartView). */
  titlePhrases?: string[] | undefined;
  summary: string;
  events: SurgeEvent[];
  /**
   * The bars the layout makes fit alike: this chart's, and when paired the same holidays' in the
   * other measure too, so that a visitors chart and a revenue chart of one width look alike.
   */
  alike: { scale: string; bars: SurgeBar[] }[];
  notes: string[];
  table: DataTable;
  source?: Source;
  illustrative: boolean;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day's short name: 4月5日, 5 Apr. */
const dayName = (date: string, lang: Lang): string => {
  const [, month, day] = date.split('-').map(Number);
  if (!month || !day) return date;
  return lang === 'zh' ? `${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]}`;
};

/** The year of a holiday: its own dates, a year in its name, else the document's period. */
const yearOf = (event: TourismEvent, document: ScorecardDocument): number | undefined => {
  const own = typeof event.period === 'object' ? event.period.start ?? event.period.end : undefined;
  if (own) return Number(own.slice(0, 4));
  const named = /(?:19|20)\d{2}/.exec(`${pick(event.label, 'zh')} ${pick(event.label, 'en')} ${pick(event.period, 'zh')}`);
  if (named) return Number(named[0]);
  const period = typeof document.period === 'object' ? document.period.start ?? document.period.end : undefined;
  return period ? Number(period.slice(0, 4)) : undefined;
};

/** The metric shown for an event: the one asked for, else visitors where given, else revenue. */
const metricOf = (event: TourismEvent, asked: Metric | undefined): Metric =>
  asked ?? (hasFigure(event.visitors) || !hasFigure(event.revenue) ? 'visitors' : 'revenue');

/**
 * The published change followed by its conversion, which was not published and
 * says so: 同比增长534%（约为去年同期的6.3倍，推算）; in a sentence,
 * 同比增长534%，约为去年同期的6.3倍（推算）.
 */
const withDerived = (words: string, derived: string, lang: Lang): { text: string; clause: string } => {
  return {
    text: paren(words, list([derived, derivedWord(lang)], lang), lang),
    clause: list([words, markDerived(derived, lang)], lang),
  };
};

/** A change on the same holiday a year earlier in the chart's words: 同比增长534%, "up 534% on last year", "6 times last year's". */
const onLastYear = (change: Change, unit: Unit | undefined, lang: Lang): string =>
  change.kind === 'percent' && lang === 'en'
    ? `${formatChange({ ...change, basis: undefined }, lang, unit).text} on last year`
    : formatChange({ ...change, basis: 'yoy' }, lang, unit).text;

/** `unit`: the figure's, in which an absolute change is told. */
const surgeOf = (change: Change, unit: Unit | undefined, lang: Lang): SurgeEvent['surge'] => {
  const zh = lang === 'zh';
  const dir = direction(change);
  const toneOf = tone(dir);
  const yoy = change.basis === undefined || change.basis === 'yoy';
  if (yoy && change.kind === 'percent') {
    const words = onLastYear(change, unit, lang);
    const multiple = percentToMultiple(change.value);
    // A multiple is how a surge is told (为去年同期的6倍); a fall, or a rise of less than double, reads as a percent
    // alone: no paper would print "+6.3%, about 1.1 times last year's", nor "0.8 times".
    if (multiple < 2 || dir !== 'up') return { text: words, clause: words, direction: dir, tone: toneOf };
    // Rounded to one decimal (+534% → 6.34 → 6.3), the multiple is "about"; an exact one keeps the percent's qualifier.
    const rounded = Math.abs(multiple - growthFactor(change)!) > 1e-9;
    const qualifier = rounded ? 'about' : change.qualifier;
    // Always "6.3 times last year's", never a bare "6.3 times" that reads as "grew 6.3 times".
    const times =
      zh && qualifier === 'about'
        ? `约${formatChange({ kind: 'multiple', value: multiple, basis: 'yoy' }, lang, unit).text}`
        : formatChange({ kind: 'multiple', value: multiple, basis: 'yoy', qualifier }, lang, unit).text;
    return { ...withDerived(words, times, lang), direction: dir, tone: toneOf };
  }
  if (yoy && change.kind === 'multiple') {
    const words = onLastYear(change, unit, lang);
    const percent = formatChange({ kind: 'percent', value: multipleToPercent(change.value), qualifier: change.qualifier }, lang, unit).text;
    return { ...withDerived(words, percent, lang), direction: dir, tone: toneOf };
  }
  const text = formatChange(change, lang, unit).text;
  return { text, clause: text, direction: dir, tone: toneOf };
};

/** A change worked out from two printed figures, marked so throughout: 同比增长12.3%（推算）. */
const workedSurge = (change: Change, unit: Unit | undefined, lang: Lang): SurgeEvent['surge'] => {
  const words = markDerived(onLastYear(change, unit, lang), lang);
  const dir = direction(change);
  return { text: words, clause: words, direction: dir, tone: tone(dir) };
};

/** The other published figures of a holiday that belong beside a metric: money (展区销售额) beside revenue, the rest beside visitors. */
const figuresBeside = (event: TourismEvent, metric: Metric): NonNullable<TourismEvent['figures']> =>
  (event.figures ?? []).filter((figure) => (isMoney(figure.unit) ? 'revenue' : 'visitors') === metric);

/**
 * Builds what the element shows of one holiday. Pure: the same input gives the same view.
 * `figures`: which of the holiday's other figures to show (`all`, or those beside one metric); a visitors
 * chart and a revenue chart of the same holidays each show their own, so none shows twice.
 * `ownLabel`: a made-up holiday among real ones says so in its name (in the summary, the
 * table and the drawing's name), not only in the badge beside its visible title.
 */
export const surgeEventView = (
  event: TourismEvent,
  document: ScorecardDocument,
  metric: Metric,
  lang: Lang,
  figures: Metric | 'all',
  ownLabel: boolean,
): SurgeEvent => {
  const zh = lang === 'zh';
  const label = pick(event.label, lang);
  const place = pick(event.place, lang);
  const measure = event[metric];
  // Without a unit a figure is read in base units: never add a magnitude (万, 亿) that was not printed.
  const unit = measure?.unit ?? (metric === 'visitors' ? 'visits' : 'cny');
  const info = unitInfo(unit);
  const per = measure?.per;
  const value = measure?.value ?? undefined;
  // Last year's figure as printed (去年同期32.7万人次): shown as published, and no other derived for it.
  const previous = measure?.previous ?? undefined;
  const published = measure?.change;
  // Without a published change, the two published figures give one: worked out, and marked so. A rise keeps the
  // figure's qualifier (200余 against 170 rose by more than 17.6%); a fall from a bound says nothing sure (1000余
  // against 1002 may be a rise), so none is given. Past 100% it has no decimal (534%, as papers print).
  const qualifier = measure?.qualifier;
  const worked = value !== undefined && previous ? (value / previous - 1) * 100 : undefined;
  const sure = worked !== undefined && (worked >= 0 || !qualifier || qualifier === 'about');
  const change: Change | undefined =
    published ?? (sure ? { kind: 'percent', value: round(worked, Math.abs(worked) >= 100 ? 0 : 1), basis: 'yoy', qualifier } : undefined);
  const year = yearOf(event, document);
  const [thisYear, lastYear] =
    year === undefined ? (zh ? ['本期', '去年同期'] : ['This year', 'A year earlier']) : zh ? [`${year}年`, `${year - 1}年`] : [String(year), String(year - 1)];
  const metricLabel = metric === 'visitors' ? (zh ? '接待游客' : 'Visitors') : zh ? '旅游收入' : 'Revenue';

  const valueParts = value === undefined ? undefined : quantityParts({ value, unit, qualifier, per, decimals: measure?.decimals }, lang);
  const valueText = valueParts ? valueParts.before + valueParts.number + valueParts.after : notGiven(lang);
  const surge = change && (published ? surgeOf(change, unit, lang) : workedSurge(change, unit, lang));
  const yoy = change && (change.basis === undefined || change.basis === 'yoy');
  // Last year's figure keeps the published qualifier and precision: 5000余 at 6倍 → 800余, not 833.
  const base = previous === undefined && value !== undefined && change && yoy ? impliedQuantity(value, qualifier, change) : undefined;
  const previousText = previous === undefined ? undefined : formatQuantity({ value: previous, unit, per }, lang);
  const short = change && formatChange(change, lang, unit).short;
  // Last year's figure is worked out: under 1亿 it is written in 万元, as papers do (约1700万元, not 约0.17亿元).
  const baseShown = base && inSmallerUnitUnderOne(base.value, unit);
  const baseQuantity = base === undefined ? undefined : formatQuantity({ value: baseShown!.value, unit: baseShown!.unit, qualifier: base.qualifier, per }, lang);
  const baseText = baseQuantity && markDerived(baseQuantity, lang);
  const average = per === 'day';
  const row = {
    measure: average ? (zh ? `日均${metricLabel}` : `${metricLabel}, daily average`) : metricLabel,
    value: average ? formatFigure({ value, unit, qualifier, decimals: measure?.decimals }, lang) : valueText,
    base:
      previous !== undefined
        ? formatQuantity({ value: previous, unit }, lang)
        : average && base
          ? markDerived(formatQuantity({ ...baseShown!, qualifier: base.qualifier }, lang), lang)
          : baseText,
  };

  // A mark says what it is, with the measure first: 接待游客，2024年：24.1万人次…; "Visitors, 2024: 241,000 visits…".
  // The holiday is the panel's title, just before the drawing.
  const markName = (row: string, what: string) => labelled(list([metricLabel, row], lang), what, lang);
  const bars: SurgeBar[] = [];
  if (value !== undefined) {
    bars.push({
      value: toBaseUnits(value, unit),
      rowLabel: thisYear,
      valueLabel: valueText,
      derived: false,
      description: markName(thisYear, list([valueText, surge?.clause ?? ''], lang)),
    });
  }
  if (previousText) {
    bars.push({ value: toBaseUnits(previous!, unit), rowLabel: lastYear, valueLabel: previousText, derived: false, description: markName(lastYear, previousText) });
  }
  if (base !== undefined && baseText) {
    bars.push({
      // Drawn at the figure the change implies, not at its rounded label: 170余 at +12.5% on 200余 draws 177.8,
      // so that the bars differ by exactly the published change.
      value: toBaseUnits(value! / growthFactor(change!)!, unit),
      rowLabel: lastYear,
      valueLabel: baseText,
      derived: true,
      // What last year's figure is derived from, in the words the chart uses for the change: a percent in
      // words (由24.1万人次及同比增长534%推算, not 及+534%), a multiple as it is (由日均5000余人次及6倍推算).
      description: markName(lastYear, paren(baseQuantity!, zh ? `由${valueText}及${change!.kind === 'percent' ? onLastYear(change!, unit, lang) : short}推算` : `derived from ${valueText}, ${onLastYear(change!, unit, lang)}`, lang)),
    });
  }

  // The peak day counts visits: under a revenue figure it would read as that revenue's peak.
  const peakDay = metric === 'visitors' ? event.peakDay : undefined;
  // With its unit, in English too: "peak day 120,000 visits", never a bare "peak day 120,000".
  const peak =
    peakDay && peakDay.value !== undefined && peakDay.value !== null
      ? formatQuantity({ value: peakDay.value, unit: peakDay.unit, qualifier: peakDay.qualifier, decimals: peakDay.decimals }, lang)
      : undefined;

  const besideThis = (figures === 'all' ? event.figures ?? [] : figuresBeside(event, figures)).map((figure) => {
    const value = formatFigure(figure, lang);
    const change = figure.change && formatChange(figure.change, lang, figure.unit).text;
    return { label: pick(figure.label, lang), value, change, text: list([value, change ?? ''], lang) };
  });
  const others = besideThis.map(({ label, text }) => labelled(label, text, lang));

  const daily = (event.days ?? []).filter((day) => typeof day[metric] === 'number');
  const days: SurgeEvent['days'] =
    daily.length >= 2
      ? (() => {
          const max = Math.max(...daily.map((day) => day[metric]!));
          const peakWord = zh ? '单日最高' : 'peak day';
          return {
            title: metric === 'visitors' ? (zh ? '每日接待游客' : 'Visitors by day') : zh ? '每日旅游收入' : 'Revenue by day',
            items: daily.map((day) => {
              const name = pick(day.label, lang) || dayName(day.date, lang);
              const text = formatQuantity({ value: day[metric]!, unit }, lang);
              const isPeak = day[metric] === max && max > 0;
              return {
                label: name,
                value: day[metric]!,
                valueLabel: text,
                description: markName(name, isPeak ? paren(text, peakWord, lang) : text),
                peak: isPeak,
              };
            }),
            peakText: (day) => (zh ? `最高 ${day.valueLabel}` : `Peak: ${day.valueLabel}`),
          };
        })()
      : undefined;

  // One bracket in Chinese: 2024年清明假期（凤凰山景区，示意数据）.
  const madeUp = ownLabel ? (zh ? '示意数据' : 'illustrative data') : '';
  const where = place && !zh ? `${label}, ${place}` : label;
  // The place in words a screen reader reads as they are, not after a dot (the measure follows one).
  const title = place && zh ? paren(label, place, lang) : where;
  // The holiday's own dates as printed (4月4日至6日, "4–6 April"), where its name does not already say them.
  const periodText = pick(event.period, lang);
  const period = periodText && !label.includes(periodText) ? periodText : undefined;
  const inBrackets = list([zh ? place : '', period ?? '', madeUp], lang);
  const named = inBrackets ? paren(where, inBrackets, lang) : where;
  // With a change but no figure, only the amount went unpublished: the change is said of the measure, and then
  // that its amount was not published ("revenue 1.6 times last year's, …; the amount was not published").
  const unpublished = value === undefined && surge;
  const notPrinted = unpublished
    ? zh
      ? `，${metric === 'visitors' ? '人数' : '金额'}${valueText}`
      : `; the ${metric === 'visitors' ? 'number' : 'amount'} was not published`
    : '';
  const what =
    (unpublished
      ? zh ? metricLabel : metric
      : zh ? `${metricLabel}${valueText}` : metric === 'visitors' && value !== undefined ? valueText : `${metric} ${valueText}`) +
    (previousText ? (zh ? `，去年同期${previousText}` : `, against ${previousText} a year earlier`) : '');
  // "Not published" says it already: no "no comparison published" after it.
  const noComparison = !surge && !previousText && value !== undefined ? (zh ? '未公布同比数据' : 'no year-on-year comparison published') : undefined;
  // The holiday's other figures shown beside this chart are said too, so that the summary leaves out no figure:
  // ；展区销售额200余万元，带动间接消费4000余万元 / ". Sales in the show area: more than 2 million yuan. …"
  // (each its own sentence in English, so that a label keeps the case it was published in).
  const besides = besideThis.length
    ? zh
      ? `；${list(besideThis.map(({ label, text }) => `${label}${text}`), lang)}`
      : besideThis.map(({ label, text }) => `. ${upperFirst(label)}: ${text}`).join('')
    : '';
  // The daily series is said too, day by day: ；每日接待游客：4月4日6万人次，4月5日12万人次 / ". Visitors by day: 60,000 visits on 4 Apr, …".
  const byDay = days
    ? zh
      ? `；${labelled(days.title, list(days.items.map((day) => `${day.label}${day.valueLabel}`), lang), lang)}`
      : `. ${labelled(days.title, list(days.items.map((day) => `${day.valueLabel} on ${day.label}`), lang), lang)}`
    : '';
  // The change follows its measure directly when no amount stands between them (旅游收入为去年同期的1.6倍).
  const joint = unpublished && !previousText ? (zh ? '' : ' ') : zh ? '，' : ', ';
  const sentence = zh
    ? `${named}：${what}${surge ? `${joint}${surge.clause}${notPrinted}` : noComparison ? paren('', noComparison, lang) : ''}${peak ? `；单日最高${peak}` : ''}${besides}${byDay}。`
    : `${named}: ${what}${surge ? `${joint}${surge.clause}${notPrinted}` : noComparison ? paren('', noComparison, lang) : ''}${peak ? `; peak day ${peak}` : ''}${besides}${byDay}.`;
  // In the table, after the holiday's own row: 展区销售额 | 200余万元; 接待游客（4月5日） | 12万人次.
  const moreRows: TableRow[] = [
    // No published change reads "not published", as in the holiday's own row; a day has none to publish.
    ...besideThis.map(({ label, value, change }) => ({ measure: label, value, change: change ?? notGiven(lang) })),
    ...(days?.items ?? []).map((day) => ({
      measure: zh ? paren(metricLabel, day.label, lang) : `${metricLabel}, ${day.label}`,
      value: day.peak ? paren(day.valueLabel, zh ? '单日最高' : 'peak day', lang) : day.valueLabel,
    })),
  ];

  return {
    id: event.id,
    title,
    period,
    name: named,
    metric,
    metricLabel,
    valueText,
    valueParts,
    published: value !== undefined,
    previousPrinted: previous !== undefined,
    noComparison,
    bars,
    scale: `${info.en || info.zh}|${per ?? 'total'}`,
    ...(surge && { surge }),
    ...(baseText && { baseText }),
    row,
    moreRows,
    ...(peak && { peak }),
    figures: others,
    note: pick(event.note, lang),
    ...(days && { days }),
    illustrative: !!event.illustrative,
    sentence,
  };
};

/** Whether every figure of the chart is made up (the document, or each of its holidays): it is then labelled as a whole. */
const madeUpThroughout = (document: ScorecardDocument, events: readonly TourismEvent[]): boolean =>
  !!document.illustrative || (events.length > 0 && events.every((event) => event.illustrative));

/** Whether any of the holidays published its revenue: else a revenue chart has nothing to draw. */
export const hasRevenue = (events: readonly TourismEvent[]): boolean => events.some((event) => hasFigure(event.revenue));

/**
 * Each chosen holiday's view, in the metric asked for (default: each holiday's own). `paired`: a
 * chart of one metric shown beside a chart of the other shows only the figures that belong beside
 * it (sales beside revenue), so that none shows twice; money stays beside visitors when no holiday
 * has any revenue, as a revenue chart would then have nothing to say (a scorecard shows none).
 */
const eventViews = (document: ScorecardDocument, events: TourismEvent[], asked: Metric | undefined, lang: Lang, paired = false): SurgeEvent[] => {
  const figures = !paired || asked === undefined || (asked === 'visitors' && !hasRevenue(events)) ? 'all' : asked;
  // A chart labelled as a whole needs no holiday labelled on its own.
  const whole = madeUpThroughout(document, events);
  const views = events.map((event) => surgeEventView(event, document, metricOf(event, asked), lang, figures, !!event.illustrative && !whole));
  // A bar alone on its scale says nothing (it is always full length) and looks equal to the others:
  // such a figure is shown as a number instead.
  const perScale = new Map<string, number>();
  for (const event of views) perScale.set(event.scale, (perScale.get(event.scale) ?? 0) + event.bars.length);
  return views.map((event) => ((perScale.get(event.scale) ?? 0) < 2 ? { ...event, bars: [] } : event));
};

/** The whole view: every chosen holiday, the title, summary, notes and data table. */
export const tourismSurgeView = (
  document: ScorecardDocument,
  events: TourismEvent[],
  asked: Metric | undefined,
  lang: Lang,
  paired = false,
): TourismSurgeView => {
  const zh = lang === 'zh';
  // Paired with a revenue chart, a chart that names no metric is the visitors one.
  asked ??= paired ? 'visitors' : undefined;
  const shown = eventViews(document, events, asked, lang, paired);
  // Paired, the other chart's bars count too: both come out alike at one width.
  const alike = (paired ? METRICS.flatMap((metric) => (metric === asked ? shown : eventViews(document, events, metric, lang))) : shown).map(
    ({ scale, bars }) => ({ scale, bars }),
  );
  const region = pick(document.region, lang);
  const metrics = new Set(shown.map((event) => event.metric));
  const compared = shown.some((event) => event.bars.length > 1 || event.surge);
  const topic =
    metrics.size > 1
      ? zh
        ? '节假日旅游'
        : 'holiday tourism'
      : metrics.has('revenue')
        ? zh
          ? '节假日旅游收入'
          : 'holiday tourism revenue'
        : zh
          ? '节假日接待游客'
          : 'holiday visitors';
  const titlePhrases = zh ? [region, compared ? `${topic}：` : topic, compared ? '与去年同期比较' : ''] : undefined;
  const title = titlePhrases ? titlePhrases.join('') : `${region}: ${topic}${compared ? ', against the same holiday a year earlier' : ''}`;

  const notes: string[] = [];
  if (shown.some((event) => event.baseText)) {
    notes.push(
      zh
        ? '去年同期数值（虚线条）未经公布，由本期数值和公布的增幅推算，为约数。'
        : "Last year's figures (dashed bars) were not published: they are derived from this year's figure and the published growth, and are approximate.",
    );
  }
  const scales = new Set(shown.filter((event) => event.bars.length).map((event) => event.scale));
  if (scales.size > 1) {
    notes.push(zh ? '单位或口径不同的条形（如日均数与总数）按各自比例绘制。' : 'Bars in different units or measures (such as a daily average and a total) are drawn to separate scales.');
  }

  const dash = '—';
  // The column is derived throughout unless a paper printed a figure of it: each derived one is marked in its cell too.
  const lastYearColumn = (words: string) => (shown.some((event) => event.previousPrinted) ? words : markDerived(words, lang));
  // The peak day is a visitors figure: its column only when a visitors row has one, never beside revenue alone.
  const peaks = shown.some((event) => event.peak);
  const table: DataTable = {
    caption: title,
    columns: [
      ...(zh
        ? [{ label: '节假日' }, { label: '指标' }, { label: '本期', numeric: true }, { label: lastYearColumn('去年同期'), numeric: true }, { label: '同比变化', prose: true }]
        : [
            { label: 'Holiday' },
            { label: 'Measure' },
            { label: 'This year', numeric: true },
            { label: lastYearColumn('A year earlier'), numeric: true },
            { label: 'Change', prose: true },
          ]),
      ...(peaks ? [{ label: zh ? '单日最高' : 'Peak day', numeric: true }] : []),
    ],
    rows: shown.flatMap((event) => [
      [event.name, event.row.measure, event.row.value, event.row.base ?? dash, event.surge?.text ?? notGiven(lang), ...(peaks ? [event.peak ?? dash] : [])],
      ...event.moreRows.map((row) => [event.name, row.measure, row.value, dash, row.change ?? dash, ...(peaks ? [dash] : [])]),
    ]),
  };

  return {
    title,
    titlePhrases,
    summary: sentences(shown.map((event) => event.sentence), lang),
    events: shown,
    alike,
    notes,
    table,
    source: document.source,
    // The whole chart is labelled when every figure in it is made up; otherwise each made-up holiday is.
    illustrative: madeUpThroughout(document, events),
  };
};
