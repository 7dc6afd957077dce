/**
 * The view model of sc-project-funnel, as pure functions of a document and a
 * language: each stage's figure, the rates between stages and how they read,
 * the summary and the data table. The element lays it out and renders it.
 */
import type { DataTable } from '../../internal/chart-frame.js';
import type { Pipeline, ScorecardDocument, Source, Stage } from '../../schema/document.js';
import { formatFigure, notGiven, toBaseUnits } from '../../format/measure.js';
import { formatPercent, type Lang } from '../../format/number.js';
import { labelled, list, lowerFirst, paren, pick, upperFirst } from '../../format/text.js';
import { arrow } from '../../format/tone.js';
import { conversions, type Conversion, type Rate, type LayoutStage, type RateText } from './project-funnel.layout.js';

export type FunnelMeasure = 'count' | 'amount';

export interface FunnelStageView {
  label: string;
  /** On the measure's scale (amounts in base units, 亿元 → yuan); null when not published. */
  value: number | null;
  count: string;
  amount?: string;
  /** Computed; absent for the first stage and when the pipeline computes no rates (`rates: false`). */
  fromPrevious?: Rate;
  fromFirst?: Rate;
  /** What the tooltip shows, line by line; the same text is the mark's accessible name. */
  details: string[];
}

export interface ProjectFunnelView {
  title: string;
  /** A Chinese title's phrases, for line breaks between them (see ChartView). */
  titlePhrases?: string[] | undefined;
  summary: string;
  stages: FunnelStageView[];
  /** The stages as the layout draws them. */
  layout: LayoutStage[];
  /**
   * One group moving through the stages: rates computed, drawn as a funnel.
   * `false` (the pipeline's `rates: false`): separate counts, side by side, no rate anywhere.
   */
  flow: boolean;
  notes: string[];
  table: DataTable;
  source: Source;
  illustrative: boolean;
}

/** The pipeline to show: by id, else the document's first. */
export const findPipeline = (document: ScorecardDocument, id: string | undefined): Pipeline | undefined =>
  id ? document.pipelines?.find((pipeline) => pipeline.id === id) : document.pipelines?.[0];

interface Figure {
  /** Base units, for bars and rates. */
  value: number | null;
  text: string;
  approx: boolean;
}

const countFigure = (stage: Stage, pipeline: Pipeline, lang: Lang): Figure => {
  const count = stage.count ?? null;
  return {
    value: count,
    text: formatFigure({ value: count, unit: pipeline.unit, qualifier: stage.qualifier }, lang),
    approx: !!stage.qualifier,
  };
};

const amountFigure = (stage: Stage, lang: Lang): Figure | undefined => {
  const amount = stage.amount;
  if (!amount) return undefined;
  const value = amount.value ?? null;
  return {
    value: value === null ? null : toBaseUnits(value, amount.unit),
    text: formatFigure(amount, lang),
    approx: !!amount.qualifier,
  };
};

/**
 * A computed rate in print (`RateText`), plus `spoken`: the phrase without the
 * ▲ mark, for sentences and names; and `plain`: the number alone without the
 * mark ("17.3%", "about 18.0%"), for table cells.
 */
type StageRate = RateText & { spoken: string; plain?: string };

const PARTICIPLES = new Set(['begun', 'built', 'done', 'held', 'made', 'put', 'run', 'set', 'shut', 'won']);
const PREPOSITIONS = new Set(['after', 'at', 'awaiting', 'before', 'for', 'in', 'into', 'on', 'pending', 'through', 'under', 'with', 'within', 'without']);

/** A label's first word, lower-cased: what says whether it reads as words of a sentence. */
const firstWord = (label: string): string => (label.trim().split(/\s+/)[0] ?? '').toLowerCase();

/**
 * An English stage label as it reads inside a sentence, where it names the
 * stage's projects: participles and numbered stages read as they are
 * ("signed", "newly signed", "landed and started", "stage 4"); any other
 * label is quoted as printed (“Letter of intent”), so that it cannot be
 * misread as words of the sentence.
 */
const stageName = (label: string): string => {
  const words = label.trim().split(/\s+/);
  const head = (words[0] ?? '').toLowerCase();
  // A participle, perhaps after adverbs: "signed", "newly signed", "fully approved".
  const verb = words.map((word) => word.toLowerCase()).find((word) => !/^[a-z]+ly$/.test(word)) ?? '';
  if (/^[a-z]+ed$/.test(verb) || PARTICIPLES.has(verb)) return lowerFirst(label);
  if (words.length === 2 && /^(stage|phase|step|round|tier|level)$/.test(head) && /^([0-9]+|[ivxlc]+|[a-z])$/i.test(words[1]!)) return lowerFirst(label);
  return `“${label}”`;
};

/**
 * What an English rate is "of": "of signed", "of stage 4"; "of those under
 * negotiation" for a label that is a state (a preposition first: "Under
 * negotiation", "At full capacity"); "of “Letter of intent”" otherwise.
 */
const ofStage = (label: string): string =>
  PREPOSITIONS.has(firstWord(label)) ? `of those ${lowerFirst(label.trim())}` : `of ${stageName(label)}`;

/** Stage words in -ing that are verbs; a list, as the ending alone would take in "Beijing". */
const PRESENT_PARTICIPLES = new Set(['building', 'commissioning', 'constructing', 'negotiating', 'operating', 'producing', 'running']);

/**
 * An English stage label inside a sentence, in its own words where its first
 * word says what it is ("under negotiation", "producing", "signed", "stage 4");
 * any other label quoted as printed, its case kept ("“Beijing talks”"), as a name.
 */
const inSentence = (label: string): string => {
  const head = firstWord(label);
  return PREPOSITIONS.has(head) || PRESENT_PARTICIPLES.has(head) ? lowerFirst(label.trim()) : stageName(label);
};

/** A computed rate in print: number, caption and the whole phrase, or why there is none. */
const rateText = (rate: Rate, base: string, approx: boolean, lang: Lang): StageRate => {
  const zh = lang === 'zh';
  if (rate.status === 'ok') {
    const over = rate.percent! > 100;
    const plain = rate.belowTenth
      ? zh ? '不到0.1%' : 'less than 0.1%'
      : `${approx ? (zh ? '约' : 'about ') : ''}${formatPercent(rate.percent!, lang)}`;
    const number = `${over ? `${arrow('up')} ` : ''}${plain}`;
    // 占…的 for a share; a stage larger than its base (started 15 of 12 signed) is 为签约的125.0%, no share.
    const caption = zh ? `${over ? '为' : '占'}${base}的` : ofStage(base);
    const phrase = (n: string) => (zh ? caption + n : `${n} ${caption}`);
    return { number, plain, caption, inline: phrase(number), spoken: phrase(plain), numberFirst: !zh, over };
  }
  const noRate = zh ? '无转化率' : 'no rate';
  // Why there is none: the stage it would divide by is not published, or is 0.
  const why = rate.status === 'missing' ? '' : rate.status === 'missing-base' ? notGiven(lang) : zh ? '为0' : 'is 0';
  const caption = !why ? noRate : zh ? paren(noRate, base + why, lang) : labelled(noRate, `${stageName(base)} ${why}`, lang);
  return { caption, inline: caption, spoken: caption, numberFirst: !zh, over: false };
};

/** More stages than this are summed up (first, last, the weakest step) rather than read one by one. */
const READ_ALL_UP_TO = 4;

/**
 * Turns a pipeline into what the funnel shows and says: figures, computed
 * rates (stage to stage and from the first), notes on what does not narrow,
 * a summary sentence, and the data table. A pipeline with `rates: false`
 * (separate counts, not one group moving through) gets no rate anywhere. Pure.
 */
export const projectFunnelView = (
  document: ScorecardDocument,
  pipeline: Pipeline,
  measure: FunnelMeasure,
  lang: Lang,
): ProjectFunnelView => {
  const zh = lang === 'zh';
  const stages = pipeline.stages;
  const last = stages.length - 1;
  const labels = stages.map((stage) => pick(stage.label, lang));
  const isCount = !pipeline.unit || pipeline.unit === 'count';
  const noun = isCount ? (zh ? '项目' : 'projects') : '';
  /**
   * Whether a stage's label already names what is counted, so the noun is not said twice:
   * 在建重点项目 (108个, not 在建重点项目项目108个), "Key projects under way" (108, not "108 projects").
   */
  const namesNoun = labels.map((label) => !!noun && (zh ? label.trim().endsWith(noun) : /\bprojects?\b/i.test(label)));
  const counts = stages.map((stage) => countFigure(stage, pipeline, lang));
  const amounts = stages.map((stage) => amountFigure(stage, lang));
  const hasAmounts = amounts.some(Boolean);
  const missingAmount: Figure = { value: null, text: notGiven(lang), approx: false };
  const figures = measure === 'amount' ? amounts.map((amount) => amount ?? missingAmount) : counts;
  /** Whether one group moves through the stages; if not, a rate between them would mislead, and none is computed. */
  const flow = pipeline.rates !== false;
  const rates = flow ? conversions(figures.map((figure) => figure.value)) : stages.map((): Conversion => ({}));
  /** Whether any rate is on screen as a number (not only "no rate"). */
  const computed = rates.some((rate) => rate.fromPrevious?.status === 'ok' || rate.fromFirst?.status === 'ok');

  // Rates from the stage before and from the first, in print; `first` only where it differs from `previous`.
  const previous = stages.map((_, i) => {
    const rate = rates[i]!.fromPrevious;
    return rate && rateText(rate, labels[i - 1]!, figures[i]!.approx || figures[i - 1]!.approx, lang);
  });
  const fromFirst = stages.map((_, i) => {
    const rate = rates[i]!.fromFirst;
    return rate && rateText(rate, labels[0]!, figures[i]!.approx || figures[0]!.approx, lang);
  });
  const first = fromFirst.map((rate, i) => (i >= 2 && rate && rates[i]!.fromFirst!.status !== 'missing' ? rate : undefined));
  // Read alone (a tooltip, a mark's name), an English count says what it counts, as 个 does in Chinese: "Negotiated: 156 projects".
  const counted = (figure: Figure) => (!zh && noun && figure.value !== null ? `${figure.text} ${figure.value === 1 ? 'project' : noun}` : figure.text);
  /** A stage's count after its own label: counted, unless the label names the projects ("Key projects under way: 108"). */
  const countedAfter = (i: number, figure: Figure) => (namesNoun[i] ? figure.text : counted(figure));
  /** The other measure, shown smaller: the amount while counting, the count (with its noun in English) otherwise. */
  const secondary = stages.map((_, i) => (measure === 'count' ? amounts[i]?.text : counted(counts[i]!)));

  const stageRates = stages.map((_, i) => [previous[i], first[i]].filter((rate): rate is StageRate => !!rate));
  /** How many of a stage's rates are numbers (not "no rate"). */
  const numericRates = stageRates.map((rates) => rates.filter((rate) => rate.plain).length);
  const computedRates = (count: number) => (zh ? '转化率为推算值' : count > 1 ? 'rates derived, not published' : 'rate derived, not published');
  const views = stages.map((stage, i): FunnelStageView => {
    const note = pick(stage.note, lang);
    return {
      label: labels[i]!,
      value: figures[i]!.value,
      count: counts[i]!.text,
      ...(hasAmounts && { amount: amounts[i]?.text ?? notGiven(lang) }),
      ...rates[i]!,
      details: [
        labelled(labels[i]!, measure === 'count' ? countedAfter(i, figures[i]!) : figures[i]!.text, lang),
        ...(secondary[i] !== undefined ? [secondary[i]!] : []),
        ...stageRates[i]!.map((rate) => rate.spoken),
        // Where the rates are read (the tooltip, the mark's name), they say they are computed, as the note below the chart does.
        ...(numericRates[i] ? [computedRates(numericRates[i]!)] : []),
        ...(note ? [note] : []),
      ],
    };
  });

  const layout = stages.map(
    (_, i): LayoutStage => ({
      label: labels[i]!,
      value: figures[i]!.value,
      valueText: figures[i]!.text,
      secondaryText: secondary[i],
      previous: previous[i],
      first: first[i],
    }),
  );

  // ---- the summary sentence
  /**
   * A stage and its figure: 对接洽谈项目156个 / "156 projects negotiated"; a label that names
   * the projects says them once, its figure after it: 在建重点项目108个 / "“Key projects under way” 108".
   */
  const figureClause = (i: number, withNoun: boolean) => {
    const label = labels[i]!;
    const figure = figures[i]!;
    if (zh) {
      const what = `${label}${namesNoun[i] ? '' : noun}${measure === 'amount' ? '投资' : ''}`;
      return figure.value === null ? `${what}${measure === 'amount' || !noun ? '' : '数'}未公布` : `${what}${figure.text}`;
    }
    const name = inSentence(label);
    if (figure.value === null) return `${name} ${notGiven(lang)}`;
    if (namesNoun[i] && measure === 'count') return `${name} ${figure.text}`;
    return `${withNoun && measure === 'count' ? counted(figure) : figure.text} ${name}`;
  };
  /**
   * The rates after a stage's figure: "，为签约的81.5%、对接洽谈的14.1%" / " (81.5% of signed, 14.1% of negotiated)".
   * Each says of what, the first too: a bare "27 signed (17.3%)" could be taken for growth.
   */
  const rateClause = (phrases: (StageRate | undefined)[]) => {
    const shown = phrases.filter((phrase): phrase is StageRate => !!phrase);
    if (!shown.length) return '';
    if (zh) {
      const allRates = shown.every((phrase) => phrase.number);
      return `，${shown.map((phrase, k) => (k > 0 && allRates ? phrase.spoken.replace(/^[为占]/, '') : phrase.spoken)).join(allRates ? '、' : '，')}`;
    }
    return ` (${shown.map((phrase) => phrase.spoken).join(', ')})`;
  };
  /** Separate counts, label first: 在谈项目38个 / "under negotiation 38". */
  const countedClause = (i: number) => {
    if (zh) return figureClause(i, true);
    const figure = figures[i]!;
    return `${inSentence(labels[i]!)} ${figure.text}`;
  };
  const separately = zh ? '（分别统计）' : ' (counted separately)';
  const period = pick(pipeline.period ?? document.period, lang);
  // A long pipeline's summary ends with the stages not published, and where to find every stage.
  const missing = labels.filter((_, i) => figures[i]!.value === null);
  const tail = [
    ...(missing.length ? [labelled(upperFirst(notGiven(lang)), zh ? missing.join('、') : missing.map(inSentence).join(', '), lang)] : []),
    zh ? '各阶段数据见数据表' : 'Every stage is in the data table',
  ];
  let sentences: string[];
  if (!flow && stages.length <= READ_ALL_UP_TO) {
    sentences = [list(stages.map((_, i) => countedClause(i)), lang) + (stages.length > 1 ? separately : '')];
  } else if (!flow) {
    sentences = [
      zh
        ? `共${stages.length}个阶段${separately}，${countedClause(0)}；${countedClause(last)}`
        : `${stages.length} stages${separately}: ${countedClause(0)}; ${countedClause(last)}`,
      ...tail,
    ];
  } else if (stages.length <= READ_ALL_UP_TO) {
    const clauses = stages.map((_, i) =>
      i === 0 || figures[i]!.value === null ? figureClause(i, i === 0) : figureClause(i, false) + rateClause([previous[i], first[i]]),
    );
    sentences = [clauses.join(zh ? '；' : ', ')];
  } else {
    // Many stages: the first, the last and the weakest step; the table and the marks have every stage.
    const lastClause = figureClause(last, false) + (figures[last]!.value === null ? '' : rateClause([fromFirst[last]]));
    // A rate under 0.1% (shown 0.0%, said "less than 0.1%") is above a true 0%: it counts as 0.05.
    const weight = (rate: Rate | undefined) => (rate?.percent === undefined ? undefined : rate.belowTenth ? 0.05 : rate.percent);
    let weakest = -1;
    rates.forEach((rate, i) => {
      const percent = weight(rate.fromPrevious);
      if (percent !== undefined && (weakest < 0 || percent < weight(rates[weakest]!.fromPrevious)!)) weakest = i;
    });
    sentences = [
      zh ? `共${stages.length}个阶段，${figureClause(0, true)}；${lastClause}` : `${stages.length} stages: ${figureClause(0, true)}; ${lastClause}`,
      ...(weakest > 0
        ? [zh ? `转化率最低的一步：${labels[weakest]}，${previous[weakest]!.spoken}` : `Lowest stage-to-stage rate: ${inSentence(labels[weakest]!)}, ${previous[weakest]!.spoken}`]
        : []),
      ...tail,
    ];
  }
  const lead = zh ? period : list([period, measure === 'amount' ? 'investment' : ''], lang);
  const [head = '', ...rest] = sentences;
  const summary = zh
    ? `${lead ? `${lead}，` : ''}${measure === 'amount' && stages.length > READ_ALL_UP_TO ? '按投资额' : ''}${[head, ...rest].join('。')}。`
    : `${lead ? `${upperFirst(lead)}${stages.length > READ_ALL_UP_TO ? ', ' : ': '}${head}` : upperFirst(head)}.${rest.map((sentence) => ` ${sentence}.`).join('')}`;

  // ---- notes: what a reader might otherwise misread
  const notes: string[] = [];
  if (!flow && stages.length > 1) {
    notes.push(zh ? '各阶段为独立统计，不计算转化率。' : 'The stages are counted separately; no conversion rates are computed.');
  }
  if (computed) {
    // No rate is published: the element divides the published figures.
    const from = measure === 'amount' ? (zh ? '投资额' : 'amounts') : zh ? '数字' : isCount ? 'counts' : 'figures';
    notes.push(zh ? `转化率由公布的${from}推算，原报道未公布。` : `Conversion rates are derived from the published ${from}; the source does not give them.`);
  }
  stages.forEach((_, i) => {
    const label = labels[i]!;
    const rate = rates[i]!.fromPrevious;
    if (rate?.status === 'ok' && rate.percent! > 100) {
      const before = labels[i - 1]!;
      const percent = formatPercent(rate.percent!, lang);
      notes.push(
        zh
          ? `${label}大于${before}（为其${percent}）：各阶段并非逐级收窄。`
          : `${upperFirst(stageName(label))} is larger than ${stageName(before)} (${percent}): the stages do not narrow at every step.`,
      );
    }
    if (!flow) return;
    if (figures[i]!.value === null) {
      notes.push(zh ? `${label}：未公布，不计算与其相关的转化率。` : `${label}: not published; no rate is computed from or to it.`);
    } else if (figures[i]!.value === 0 && i < last) {
      notes.push(zh ? `${label}为0：以其为基数的转化率无定义，不作计算。` : `${upperFirst(stageName(label))} is 0: a rate from it is undefined and not computed.`);
    }
  });
  if (computed && figures.some((figure) => figure.approx)) {
    notes.push(zh ? '标“约”的比率由约数推算。' : 'Rates marked “about” are computed from approximate figures.');
  }
  stages.forEach((stage, i) => {
    const note = pick(stage.note, lang);
    if (note) notes.push(labelled(labels[i]!, note, lang));
  });
  const pipelineNote = pick(pipeline.note, lang);
  if (pipelineNote) notes.push(pipelineNote);

  // ---- title and data table
  const region = pick(document.region, lang);
  const name = pick(pipeline.label, lang);
  const base = zh ? `${region}${name}` : `${name}, ${region}`;
  const title = measure === 'amount' ? paren(base, zh ? '投资额' : 'investment', lang) : base;
  const titlePhrases = zh ? [region, name, title.slice(base.length)] : undefined;
  // The rate columns say that they are computed, and by which measure when both are in the table.
  const rateColumn = (zhLabel: string, enLabel: string) =>
    zh
      ? `${zhLabel}（${hasAmounts ? (measure === 'amount' ? '按投资额，' : '按项目数，') : ''}推算）`
      : `${enLabel}${hasAmounts ? (measure === 'amount' ? ', by investment' : ', by count') : ''} (derived)`;
  const cell = (rate: StageRate | undefined) => (rate ? (rate.plain ?? rate.caption) : '—');
  const table: DataTable = {
    caption: list([title, period], lang),
    columns: [
      { label: zh ? '阶段' : 'Stage' },
      { label: isCount ? (zh ? '项目数' : 'Projects') : zh ? '数量' : 'Number', numeric: true },
      ...(hasAmounts ? [{ label: zh ? '投资额' : 'Investment', numeric: true }] : []),
      ...(flow
        ? [
            { label: rateColumn('占上一阶段比例', 'Share of previous stage'), numeric: true },
            { label: rateColumn('占第一阶段比例', 'Share of first stage'), numeric: true },
          ]
        : []),
    ],
    rows: views.map((view, i) => [
      view.label,
      view.count,
      ...(hasAmounts ? [view.amount!] : []),
      ...(flow ? [cell(previous[i]), cell(fromFirst[i])] : []),
    ]),
  };

  return {
    title,
    titlePhrases,
    summary,
    stages: views,
    layout,
    flow,
    notes,
    table,
    source: document.source,
    illustrative: !!(document.illustrative || pipeline.illustrative),
  };
};
