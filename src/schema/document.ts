/**
 * The scorecard document: one JSON shape that every element renders.
 * This file is the single source of truth for the TypeScript types, the
 * runtime validator and the published `schema.json`.
 */
import {
  array,
  comesBefore,
  boolean,
  byKind,
  either,
  missingIssue,
  named,
  notBefore,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  validate,
  toJsonSchema,
  type Infer,
  type Schema,
  type ValidationIssue,
} from './dsl.js';
import { UNITS, UNIT_KEYS } from './units.js';
import { isKnownValid, rememberIfFrozen } from './frozen.js';
// A unit's kind, as the formatting reads it (a type-only import goes the other way).
import { isMoney, isPercent, toBaseUnits, unitInfo } from '../format/measure.js';
import { difference } from '../format/number.js';

/** The major version of the document format this library reads. */
export const SCHEMA_VERSION = 1;

const id = () => string({ pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, expects: ['an id (letters, digits, - _ .)', '标识（字母、数字、- _ .）'] });

/**
 * Other names people give the two languages' keys (a language tag such as `zh-CN` or `en-GB` is
 * read as its language): a label under `cn` beside `en` would leave the Chinese page showing the
 * English, without a word.
 */
const LANGUAGE_KEYS = { cn: 'zh', chinese: 'zh', 中文: 'zh', english: 'en', 英文: 'en' } as const;

/** Text as a plain string, or in Chinese and English. */
export const TextSchema = named(
  'Text',
  either(
    string(),
    object({ zh: optional(string()), en: optional(string()) }, { someOf: ['zh', 'en'], expects: ['{ zh, en }', '{ zh, en }'], renamed: LANGUAGE_KEYS }),
  ),
);

/** A unit from the registry by key, or a custom unit with its own labels. */
export const UnitSchema = named(
  'Unit',
  either(
    // A unit written as printed (亿元) is suggested by its key.
    oneOf(UNIT_KEYS, Object.fromEntries(UNIT_KEYS.map((key) => [UNITS[key].zh, key]))),
    object(
      {
        zh: string(),
        en: string(),
        /** Power of ten over `en` for English conversion (万 = 4, 亿 = 8). */
        exponent: optional(number({ integer: true, minimum: -12, maximum: 24 })),
      },
      { expects: ['{ zh, en }', '{ zh, en }'], renamed: LANGUAGE_KEYS },
    ),
  ),
);

/**
 * Words that soften a published figure: 余 (more than), 以上 (more than, "and
 * above"), 近 (nearly), 约 (about), 至少 (at least), 以内 (at most, a ceiling).
 */
export const QualifierSchema = named(
  'Qualifier',
  oneOf(['more-than', 'above', 'nearly', 'about', 'at-least', 'at-most'] as const, {
    余: 'more-than',
    多: 'more-than',
    以上: 'above',
    近: 'nearly',
    将近: 'nearly',
    约: 'about',
    左右: 'about',
    至少: 'at-least',
    以内: 'at-most',
  }),
);

/** What a change is measured against. */
export const BasisSchema = oneOf(['yoy', 'target', 'previous-period'] as const, { 同比: 'yoy', 目标: 'target', 环比: 'previous-period' });

/** How many decimals a figure was printed with, where JSON drops a trailing zero (增长5.0%: 1). */
const printedDecimals = () => optional(number({ integer: true, minimum: 0, maximum: 6 }));

const changeFields = {
  value: number(),
  decimals: printedDecimals(),
  basis: optional(BasisSchema),
  /** For an `absolute` change in another unit than the figure's. */
  unit: optional(UnitSchema),
  qualifier: optional(QualifierSchema),
};

/** A change, told apart by its kind; `percent` bounds the value of a percent change. */
const changeOf = (name: string, percent: Schema<number>) =>
  named(
    name,
    byKind(
      {
        /** +15.7% */
        percent: object({ ...changeFields, value: percent }),
        /** 2.9 个百分点 */
        points: object(changeFields),
        /** 6倍: the value is that many times the basis, so it is never negative. */
        multiple: object({ ...changeFields, value: number({ minimum: 0 }) }),
        /** In `unit`, else the figure's own unit. */
        absolute: object(changeFields),
      },
      ['a change { kind: percent | points | multiple | absolute, value }', '变化 { kind: percent | points | multiple | absolute, value }'],
      { '%': 'percent', 百分比: 'percent', 百分点: 'points', 个百分点: 'points', pp: 'points', 倍: 'multiple', times: 'multiple' },
    ),
  );

export const ChangeSchema = changeOf('Change', number());

/**
 * A year, a month or a day that is in the calendar: 2024-02-29 but not
 * 2023-02-29 or 2024-04-31. A pattern (not code) so that the published JSON
 * Schema says the same.
 */
const DATE = new RegExp(
  '^(\\d{4}(-(0[1-9]|1[0-2]))?' +
    '|\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|02-(0[1-9]|1\\d|2[0-8]))' +
    // 29 February: years divisible by 4, except centuries not divisible by 400.
    '|(\\d\\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)$',
);

const date = () => string({ pattern: DATE, expects: ['a date in the calendar, like 2024-03-31, 2024-03 or 2024', '日历中存在的日期，如 2024-03-31、2024-03 或 2024'] });

/** A period: its printed name, and optionally its dates, the end not before the start. */
export const PeriodSchema = named(
  'Period',
  either(
    string(),
    object({ zh: optional(string()), en: optional(string()), start: optional(date()), end: optional(notBefore('start', date())) }, {
      someOf: ['zh', 'en'],
      expects: ['{ zh, en, start, end }', '{ zh, en, start, end }'],
      renamed: { ...LANGUAGE_KEYS, from: 'start', to: 'end' },
    }),
  ),
);

export const SourceSchema = named(
  'Source',
  object({
    name: TextSchema,
    title: optional(TextSchema),
    date: optional(date()),
    url: optional(string({ pattern: /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/, expects: ['an http(s) URL', 'http(s) 网址'] })),
  }),
);

/** The fields every published figure has. */
const measureFields = {
  /** The figure as published; absent or null when not given. */
  value: optional(nullable(number())),
  unit: optional(UnitSchema),
  qualifier: optional(QualifierSchema),
  /** `day`: a daily average (日均). */
  per: optional(oneOf(['day'] as const)),
  decimals: printedDecimals(),
  change: optional(ChangeSchema),
};

/**
 * A figure without a unit is counted in whole things (个, a holiday's visitors in 人次): a fraction
 * there is a unit left out (23.6 would show as 23.6个, where the paper printed 23.6亿元).
 */
const counted = {
  wholeWithout: {
    field: 'unit',
    expects: [
      "a unit, such as '100m-cny' (亿元) or '10k-visits' (万人次): a figure without one counts whole things (个, 人次), and this one has a fraction",
      "单位，如 '100m-cny'（亿元）或 '10k-visits'（万人次）：没有单位的数按整数计（个、人次），而此数带小数",
    ],
  },
} as const;

export const MeasureSchema = named('Measure', object(measureFields, counted));

/** A change of an amount, which cannot fall by more than 100%. */
const AmountChangeSchema = changeOf('AmountChange', number({ minimum: -100 }));

/**
 * An amount that cannot be negative (visitors, revenue, investment): nor can
 * it fall by more than 100%. A sign slipped into such a figure is refused
 * rather than drawn.
 */
const amountFields = { ...measureFields, value: optional(nullable(number({ minimum: 0 }))), change: optional(AmountChangeSchema) };

export const AmountSchema = named('Amount', object(amountFields, counted));

/**
 * A holiday's visitors or revenue: an amount, and the same holiday a year earlier where the paper
 * printed it (去年同期32.7万人次), in the same unit.
 */
export const HolidayAmountSchema = named(
  'HolidayAmount',
  object({ ...amountFields, previous: optional(nullable(number({ minimum: 0 }))) }, { ...counted, renamed: { 'last-year': 'previous', lastyear: 'previous', prev: 'previous', 'previous-year': 'previous', previousyear: 'previous' } }),
);

export const TargetSchema = named(
  'Target',
  byKind(
    {
      /** A growth target in percent; or only the published gap in points (高于目标2.9个百分点). */
      growth: object(
        { value: optional(number()), gap: optional(number()), period: optional(PeriodSchema) },
        { someOf: ['value', 'gap'] },
      ),
      /**
       * A planned amount, the indicator's value being the completion so far; or, where only that was
       * published, the completion rate in percent (完成全年计划的63%: 63).
       */
      plan: object(
        {
          value: optional(number()),
          completion: optional(number({ minimum: 0 })),
          unit: optional(UnitSchema),
          qualifier: optional(QualifierSchema),
          period: optional(PeriodSchema),
        },
        { someOf: ['value', 'completion'] },
      ),
    },
    ['a target { kind: growth | plan, … }', '目标 { kind: growth | plan, … }'],
    { 增长: 'growth', 增速: 'growth', 增长目标: 'growth', 计划: 'plan', 任务: 'plan' },
  ),
);

export const IndicatorSchema = named(
  'Indicator',
  object(
    {
      id: id(),
      label: TextSchema,
      ...measureFields,
      target: optional(TargetSchema),
      /** Whether a rise is good news. Default: up-good. */
      polarity: optional(oneOf(['up-good', 'down-good', 'neutral'] as const, { 越高越好: 'up-good', 越低越好: 'down-good' })),
      /** When it differs from the document's period; `null` when the figure was published without one. */
      period: optional(nullable(PeriodSchema)),
      /** The heading a scorecard groups this indicator under, as shown; groups come in the order of their first indicators, the first shown larger. */
      group: optional(TextSchema),
      note: optional(TextSchema),
      source: optional(SourceSchema),
    },
    // Other names people give a field: under them its figure would vanish without a word.
    { ...counted, renamed: { name: 'label', title: 'label', goal: 'target' } },
  ),
);

export const StageSchema = named(
  'Stage',
  object(
    {
      id: optional(id()),
      label: TextSchema,
      count: optional(nullable(number({ integer: true, minimum: 0 }))),
      qualifier: optional(QualifierSchema),
      amount: optional(AmountSchema),
      note: optional(TextSchema),
    },
    // `value`, the word of every other figure, is a stage's `count`.
    { renamed: { value: 'count', number: 'count', name: 'label' } },
  ),
);

export const PipelineSchema = named(
  'Pipeline',
  object({
    id: id(),
    label: TextSchema,
    /** In pipeline order: negotiated → signed → started → producing. */
    stages: array(StageSchema, { minItems: 1 }),
    /** The noun for the counted things (projects, 个). */
    unit: optional(UnitSchema),
    period: optional(PeriodSchema),
    note: optional(TextSchema),
    /**
     * `false` when the stages are separate counts (projects under negotiation,
     * newly signed, landed) rather than one group of projects moving through
     * them: conversion rates between them would mislead, so none is computed.
     */
    rates: optional(boolean()),
    illustrative: optional(boolean()),
  }, { renamed: { name: 'label', steps: 'stages' } }),
);

export const DaySchema = named(
  'Day',
  object({ date: date(), label: optional(TextSchema), visitors: optional(nullable(number({ minimum: 0 }))), revenue: optional(nullable(number({ minimum: 0 }))) }),
);

const labelledMeasure = named('LabelledMeasure', object({ id: optional(id()), label: TextSchema, ...measureFields }, counted));

export const TourismEventSchema = named(
  'TourismEvent',
  object({
    id: id(),
    label: TextSchema,
    /** The scenic area or venue, when the figures are for one place. */
    place: optional(TextSchema),
    period: optional(PeriodSchema),
    visitors: optional(HolidayAmountSchema),
    revenue: optional(HolidayAmountSchema),
    /** The busiest single day. */
    peakDay: optional(AmountSchema),
    /** Other published figures of the event (sales in the show area, …). */
    figures: optional(array(labelledMeasure)),
    /** A daily series over the holiday, in the units of `visitors` and `revenue`, each day within `period` where it is given. */
    days: optional(array(DaySchema)),
    note: optional(TextSchema),
    illustrative: optional(boolean()),
  }, { renamed: { name: 'label', tourists: 'visitors', visitor: 'visitors', income: 'revenue' } }),
);

export const ProjectSchema = named(
  'Project',
  object({
    id: id(),
    label: TextSchema,
    status: optional(
      oneOf(['negotiating', 'signed', 'new', 'continuing', 'started', 'producing'] as const, {
        在谈: 'negotiating',
        洽谈: 'negotiating',
        签约: 'signed',
        新建: 'new',
        续建: 'continuing',
        开工: 'started',
        投产: 'producing',
      }),
    ),
    investment: optional(AmountSchema),
    figures: optional(array(labelledMeasure)),
    note: optional(TextSchema),
  }),
);

export const DocumentSchema = object({
  version: number({ integer: true, minimum: 1, maximum: SCHEMA_VERSION }),
  id: id(),
  title: optional(TextSchema),
  region: TextSchema,
  /** The larger area the region belongs to (朝阳市, 辽宁). */
  parentRegion: optional(TextSchema),
  period: PeriodSchema,
  source: SourceSchema,
  indicators: optional(array(IndicatorSchema)),
  pipelines: optional(array(PipelineSchema)),
  tourism: optional(array(TourismEventSchema)),
  projects: optional(array(ProjectSchema)),
  /** Set when any figure in the document is made up for illustration. */
  illustrative: optional(boolean()),
});

export type Text = Infer<typeof TextSchema>;
export type Unit = Infer<typeof UnitSchema>;
export type Qualifier = Infer<typeof QualifierSchema>;
export type Basis = Infer<typeof BasisSchema>;
export type Change = Infer<typeof ChangeSchema>;
export type Period = Infer<typeof PeriodSchema>;
export interface Source extends Infer<typeof SourceSchema> {}
export interface Measure extends Infer<typeof MeasureSchema> {}
export type Target = Infer<typeof TargetSchema>;
export interface Indicator extends Infer<typeof IndicatorSchema> {}
export interface Stage extends Infer<typeof StageSchema> {}
export interface Pipeline extends Infer<typeof PipelineSchema> {}
export interface Day extends Infer<typeof DaySchema> {}
export interface LabelledMeasure extends Infer<typeof labelledMeasure> {}
export interface HolidayAmount extends Infer<typeof HolidayAmountSchema> {}
export interface TourismEvent extends Infer<typeof TourismEventSchema> {}
export interface Project extends Infer<typeof ProjectSchema> {}
export interface ScorecardDocument extends Infer<typeof DocumentSchema> {}

export type ValidationResult =
  | { ok: true; document: ScorecardDocument; issues: [] }
  | { ok: false; document?: undefined; issues: ValidationIssue[] };

const LISTS = ['indicators', 'pipelines', 'tourism', 'projects'] as const;

/**
 * A rule JSON Schema cannot state (nor the order of a period's dates, which
 * `notBefore` checks): ids are unique within each list.
 * Elements pick figures by id, so a repeated one would show the first
 * figure twice (a scorecard's second card would repeat its first).
 */
const duplicateIds = (document: ScorecardDocument): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    document[list]?.forEach(({ id }, index) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else {
        issues.push({
          path: `${list}[${index}].id`,
          message: `expected an id not used before; got '${id}', as ${list}[${first}]`,
          messageZh: `标识须唯一，'${id}' 与 ${list}[${first}] 重复`,
        });
      }
    });
  }
  return issues;
};

/**
 * Another rule JSON Schema cannot state: a holiday's days fall within its
 * period, where it gives one (compared as published: a day of `2024-04` is in
 * April). A slip in a day's date would otherwise draw a day of another holiday.
 */
const daysOutsidePeriod = (document: ScorecardDocument): ValidationIssue[] =>
  (document.tourism ?? []).flatMap(({ period, days }, event) => {
    const { start, end } = typeof period === 'object' ? period : {};
    const span = `${start ?? '…'} – ${end ?? '…'}`;
    return (days ?? []).flatMap(({ date }, day): ValidationIssue[] =>
      (start && comesBefore(date, start)) || (end && comesBefore(end, date))
        ? [
            {
              path: `tourism[${event}].days[${day}].date`,
              message: `expected a date within the holiday's period (${span}); got '${date}'`,
              messageZh: `应为该假日期间（${span}）内的日期，实际为'${date}'`,
            },
          ]
        : [],
    );
  });

/** A magnitude a Chinese unit starts with, and its power of ten: 万元, 亿元, 万亿元. */
const MAGNITUDES: [string, number][] = [['万亿', 12], ['亿', 8], ['万', 4]];

/**
 * A custom unit in 万 or 亿 without its `exponent`: Chinese reads right (15545万元), but English,
 * which converts to plain units, would read "15,545 yuan", 10,000 times too little.
 */
const magnitudeLeftOut = (unit: Unit | undefined, path: string): ValidationIssue[] => {
  if (typeof unit !== 'object' || unit.exponent !== undefined) return [];
  const [word, exponent] = MAGNITUDES.find(([prefix]) => unit.zh.startsWith(prefix)) ?? [];
  if (!word) return [];
  const registered = UNIT_KEYS.find((key) => UNITS[key].zh === unit.zh);
  return [
    {
      path: `${path}.exponent`,
      message: `missing; expected "exponent": ${exponent} for a unit in ${word} (without, English reads 1.5${unit.zh} as "1.5 ${unit.en}")${registered ? `, or the unit '${registered}'` : ''}`,
      messageZh: `缺少此项，以“${word}”计的单位应写 "exponent": ${exponent}（否则英文将 1.5${unit.zh} 显示为 "1.5 ${unit.en}"）${registered ? `，或改用单位 '${registered}'` : ''}`,
    },
  ];
};

/**
 * Figures that pass the schema but could only be shown wrong, wherever they stand (an indicator, a
 * holiday's visitors, a stage's amount): an `absolute` change in % of a figure not in % would read as
 * growth (增加0.3%), a plan of 4.5 things without a unit is one left out, a ceiling's completion
 * rate (`at-most`) has nothing to say it against, and a custom unit in 万 without its exponent reads 10,000 times too little in English.
 */
const misreadFigures = (node: unknown, path = ''): ValidationIssue[] => {
  if (!node || typeof node !== 'object') return [];
  const { change, unit, target } = node as { change?: Change; unit?: unknown; target?: Target };
  const at = (field: string) => `${path}${path ? '.' : ''}${field}`;
  const issues: ValidationIssue[] = [
    ...magnitudeLeftOut(unit as Unit | undefined, at('unit')),
    ...magnitudeLeftOut(change?.unit, at('change.unit')),
    ...magnitudeLeftOut(target?.kind === 'plan' ? target.unit : undefined, at('target.unit')),
  ];
  if (change?.kind === 'absolute' && isPercent(change.unit) && !isPercent(unit as Unit | undefined)) {
    issues.push({
      path: at('change.unit'),
      message: 'expected a unit of the figure\'s kind for an absolute change, not %: a growth rate is "kind": "percent", without a unit',
      messageZh: '绝对变化的单位应与数值同类，而不是 %；增速请写 "kind": "percent"，不带 unit',
    });
  }
  // A plan takes the figure's unit where it gives none: without either it counts whole things, and 4.5 would read 4.5个.
  if (target?.kind === 'plan' && typeof target.value === 'number' && !Number.isInteger(target.value) && target.unit === undefined && unit === undefined) {
    issues.push(missingIssue(at('target.unit'), counted.wholeWithout.expects));
  }
  // Both a target rate and a gap: only the rate is drawn, so a gap that says otherwise (above, where the rate says below) would vanish.
  if (target?.kind === 'growth' && target.value !== undefined && target.gap !== undefined && change?.kind === 'percent') {
    const gap = difference(change.value, target.value);
    if (gap !== target.gap) {
      issues.push({
        path: at('target.gap'),
        message: `expected ${gap} (growth ${change.value}% less target ${target.value}%), or no gap; got ${target.gap}`,
        messageZh: `应为 ${gap}（增速${change.value}%减目标${target.value}%），或删去；实际为 ${target.gap}`,
      });
    }
  }
  if (target?.kind === 'plan' && target.qualifier === 'at-most' && target.completion !== undefined) {
    issues.push({
      path: at('target.completion'),
      message: 'not for a plan of at most a figure (a ceiling is kept or not, not completed): leave it out',
      messageZh: '上限计划（at-most）只有达到与否，没有完成率，请删去',
    });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'change' && key !== 'target') issues.push(...misreadFigures(value, Array.isArray(node) ? `${path}[${key}]` : at(key)));
  }
  return issues;
};

/**
 * A holiday's figures under each other's names, as a copy and paste leaves them: visitors in 亿元 would be
 * drawn as visitors, revenue in 万人次 as revenue. And a busiest day is no more than the whole holiday.
 */
const holidayMisfits = (document: ScorecardDocument): ValidationIssue[] =>
  (document.tourism ?? []).flatMap(({ visitors, revenue, peakDay }, event): ValidationIssue[] => {
    const at = `tourism[${event}]`;
    const issues: ValidationIssue[] = [];
    if (visitors && isMoney(visitors.unit)) {
      issues.push({
        path: `${at}.visitors.unit`,
        message: `expected a unit of visits (such as '10k-visits'), not money: revenue goes under "revenue"`,
        messageZh: `应为人次单位（如 '10k-visits'），而不是货币：收入应写在 "revenue" 下`,
      });
    }
    if (revenue && revenue.unit !== undefined && !isMoney(revenue.unit)) {
      issues.push({
        path: `${at}.revenue.unit`,
        message: `expected a unit of money (such as '100m-cny'): visitors go under "visitors"`,
        messageZh: `应为货币单位（如 '100m-cny'）：游客数应写在 "visitors" 下`,
      });
    }
    const whole = peakDay && (isMoney(peakDay.unit) ? revenue : visitors);
    if (typeof peakDay?.value === 'number' && typeof whole?.value === 'number' && isMoney(peakDay.unit) === isMoney(whole.unit) && toBaseUnits(peakDay.value, peakDay.unit) > toBaseUnits(whole.value, whole.unit)) {
      const total = `${whole.value}${unitInfo(whole.unit).zh}`;
      issues.push({
        path: `${at}.peakDay.value`,
        message: `expected no more than the whole holiday's ${total}`,
        messageZh: `单日最高应不超过假日期间总数 ${total}`,
      });
    }
    return issues;
  });

/**
 * Checks a parsed JSON value against the document schema. Never throws.
 * A document from a newer major version is refused with one clear message.
 */
export const validateDocument = (value: unknown): ValidationResult => {
  const version = (value as { version?: unknown } | null)?.version;
  if (Number.isInteger(version) && (version as number) > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          // Or the version is a slip: a document written by hand from the README is of this version.
          message: `this document is format version ${version}; this scorecard-kit reads version ${SCHEMA_VERSION}. Update scorecard-kit, or, if the document was written for this one, set "version": ${SCHEMA_VERSION}`,
          messageZh: `文档格式版本为 ${version}，本版 scorecard-kit 只能读取版本 ${SCHEMA_VERSION}，请升级 scorecard-kit；若文档按本版格式编写，请改为 "version": ${SCHEMA_VERSION}`,
        },
      ],
    };
  }
  if (isKnownValid(value)) return { ok: true, document: value as ScorecardDocument, issues: [] };
  const issues = validate(DocumentSchema, value);
  if (issues.length === 0) issues.push(...duplicateIds(value as ScorecardDocument), ...daysOutsidePeriod(value as ScorecardDocument), ...misreadFigures(value), ...holidayMisfits(value as ScorecardDocument));
  if (issues.length > 0) return { ok: false, issues };
  rememberIfFrozen(value);
  return { ok: true, document: value as ScorecardDocument, issues: [] };
};

/** The published JSON Schema (draft 2020-12) of a document. */
export const documentJsonSchema = (): Record<string, unknown> => {
  const defs: Record<string, Record<string, unknown>> = {};
  const root = toJsonSchema(DocumentSchema, defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:scorecard-kit:document:1',
    title: 'scorecard-kit document',
    description:
      'Regional economic figures as published: indicators, project pipelines and holiday tourism, with units, qualifiers, changes and targets. Ids are unique within each list (indicators, pipelines, tourism, projects), no period ends before it starts, a holiday’s days fall within its period, a figure without a unit is a whole count, a custom unit in 万 or 亿 gives its exponent, an absolute change is in % only of a figure in %, a growth target’s gap agrees with its rate, a plan at-most has no completion rate, a holiday’s visitors are in no unit of money and its revenue in one, and its busiest day is no more than the whole: scorecard-kit checks these too, which JSON Schema cannot state. See the README of scorecard-kit.',
    ...root,
    $defs: defs,
  };
};
