/**
 * The descriptions of schema.json's fields, for editors' hover help. Build-time
 * only: scripts/write-schema.ts merges them into the JSON Schema it writes, so
 * the schema objects that the embed bundle interprets carry none of these bytes.
 *
 * Keyed by where a field is defined: `ROOT` for the document's own fields,
 * `DEFS` by `$defs` name. Within an entry:
 * - `''` describes the definition itself;
 * - a property name describes that property wherever it appears in the
 *   definition, in any `anyOf` or `oneOf` branch;
 * - `kind:name` describes it in the branch of that `kind` only (`percent:value`);
 * - `a.b` is property `b` of an object written inline in property `a`.
 * A key that matches nothing is an error (`describeJsonSchema` reports it).
 */

type Entry = Record<string, string>;
type Json = Record<string, unknown>;

export interface Descriptions {
  root: Entry;
  defs: Record<string, Entry>;
}

const ID = 'letters, digits, -, _ and ., starting with a letter or digit';
const NOTE = 'A note shown with it, as text.';
const ILLUSTRATIVE = 'made up for illustration; the widgets then say so on screen.';
const QUALIFIER = 'more-than (余: 200余万人次), above (以上: 80%以上), nearly (近), about (约), at-least (至少) or at-most (以内: 90个工作日以内)';

/** The fields every published figure has (Indicator, Amount, LabelledMeasure). */
const measure: Entry = {
  value: 'The figure as published, in its unit (10.7 for 10.7亿元); absent or null when not published.',
  unit: 'Its unit: a key (100m-cny 亿元, 10k-visits 万人次, percent %, …) or a custom unit { zh, en, exponent }; absent, a count (个), so a fraction without a unit is refused by scorecard-kit (JSON Schema cannot say it).',
  qualifier: `The word that softens the published figure: ${QUALIFIER}.`,
  per: 'day: the figure is a daily average (日均).',
  decimals: 'How many decimals the figure was printed with, where JSON drops a trailing zero: 2 for 60.30亿元. Default: as many as value has.',
  change: 'The change against a basis: { kind, value, basis }, kind percent (+15.7%), points (2.9个百分点), multiple (6倍) or absolute.',
};

/** The fields of a change (Change, AmountChange). */
const change = (percent: string): Entry => ({
  '': 'A change against a basis, told apart by its kind: percent (+15.7%), points (2.9个百分点), multiple (6倍) or absolute.',
  kind: 'How the change is measured: percent (+15.7%), points (percentage points, 个百分点: 2.9个百分点), multiple (倍: 6倍, times the basis) or absolute (in unit).',
  'percent:value': `The change in percent: 15.7 for +15.7%, negative for a fall.${percent}`,
  'points:value': 'The change in percentage points (个百分点): 2.9 for 2.9个百分点, negative for a fall.',
  'multiple:value': 'How many times the basis the figure is: 6 for 是去年的6倍 (six times last year\'s); never negative. 增长2.3倍 (grew by 2.3 times) is a rise of 230%: write kind percent, value 230.',
  'absolute:value': 'The change as an amount, in unit, else in the figure\'s own unit; negative for a fall.',
  basis: 'What the change is measured against: yoy (year on year, 同比), target (比目标) or previous-period (环比).',
  unit: 'For an absolute change in another unit than the figure\'s: a unit key or a custom { zh, en, exponent }. Not % for a figure not in % (a growth rate is kind percent): scorecard-kit checks this, JSON Schema cannot.',
  qualifier: `A qualifier of the change itself (近6倍): ${QUALIFIER}.`,
  decimals: 'How many decimals the change was printed with, where JSON drops a trailing zero: 1 for 增长5.0%. Default: as many as value has.',
});

const ROOT: Entry = {
  version: 'The major version of the document format: 1. A document of a newer version is refused with a clear message.',
  id: `The document's id (kazuo-2024-q1): ${ID}.`,
  title: 'A title of the document\'s own, as text.',
  region: 'The region the figures are for (喀左县, Kazuo County), as text.',
  parentRegion: 'The larger area the region belongs to (朝阳市, 辽宁), as text.',
  period: 'The period the figures are for: its printed name (2024年一季度, 2024 Q1), and optionally its start and end dates.',
  source: 'Who published the figures: name, and optionally title, date and url.',
  indicators: 'Published figures (固定资产投资 10.7亿元, +15.7%), each with an id unique among indicators.',
  pipelines: 'Project pipelines: counts of projects at each stage, in pipeline order; each with an id unique among pipelines.',
  tourism: 'Holidays\' tourism figures: visitors, revenue, the peak day; each with an id unique among tourism events.',
  projects: 'Projects with their status and investment; each with an id unique among projects.',
  illustrative: `true when any figure in the document is ${ILLUSTRATIVE}`,
};

const DEFS: Record<string, Entry> = {
  Text: {
    '': 'Text as a plain string, or { zh, en } in Chinese and English (either may be missing; the other is used).',
    zh: 'The text in Chinese.',
    en: 'The text in English.',
  },
  Period: {
    '': 'A period as a plain string, or { zh, en } with optional start and end dates.',
    zh: 'The period\'s name in Chinese (2024年一季度).',
    en: 'The period\'s name in English, as it reads mid-sentence (full year 2024, first half (to end of June)); the widgets capitalise it where needed.',
    start: 'When the period starts: 2024-01-01, 2024-01 or 2024.',
    end: 'When the period ends: 2024-03-31, 2024-03 or 2024; not before start, compared on the parts both give (2024-03 may end a period that starts 2024-03-31). scorecard-kit checks this too, which JSON Schema cannot state.',
  },
  Source: {
    '': 'Who published the figures, shown as the credit ("Source: Liaoning Daily, 2024-04").',
    name: 'The publisher (辽宁日报, Liaoning Daily), as text.',
    title: 'The title of what was published, as text.',
    date: 'When it was published: 2024-04-02, 2024-04 or 2024.',
    url: 'Where it can be read: an http(s) URL, linked from the credit.',
  },
  Unit: {
    '': 'A unit: a key (cny 元, 10k-cny 万元, 100m-cny 亿元, visits 人次, 10k-visits 万人次, percent %, …) or a custom unit { zh, en, exponent }.',
    zh: 'The custom unit as printed in Chinese, right after the number (万次).',
    en: 'The English name of its base unit, plural (trips).',
    exponent: 'Its power of ten over en, for English conversion (万 = 4, 亿 = 8): a whole number from -12 to 24; absent, 0.',
  },
  Qualifier: {
    '': `A word that softens a published figure: ${QUALIFIER}.`,
  },
  Change: change(''),
  AmountChange: change(' An amount cannot fall by more than 100%, so never below -100.'),
  Target: {
    '': 'A target, told apart by its kind: growth (a growth rate in percent) or plan (a planned amount).',
    kind: 'growth: a growth target in percent, or only the published gap to it; plan: a planned amount, the indicator\'s value being the completion so far, or the published completion rate.',
    'growth:value': 'The target growth rate in percent: 15 for 15%; compared with the indicator\'s percent change.',
    'growth:gap': 'Only the published gap to the target, in percentage points (高于目标2.9个百分点: 2.9; negative when below); the target rate is then derived and marked as derived.',
    'growth:period': 'The period the target is for (2024年全年, full year 2024), as text or { zh, en, start, end }.',
    'plan:value': 'The planned amount, in unit; the indicator\'s value is the completion so far (completion rate = value / plan).',
    'plan:completion': 'The completion rate as published, in percent (完成全年计划的63%: 63), where it was printed; shown as printed, rather than worked out from value and plan. Never negative. Not for a plan at-most (a ceiling is kept or not): scorecard-kit checks this, JSON Schema cannot.',
    'plan:unit': 'The plan\'s unit, when it differs from the indicator\'s (a key or a custom { zh, en, exponent }).',
    'plan:qualifier': `The word that bounds the plan: ${QUALIFIER}.`,
    'plan:period': 'The period the plan is for (2024年全年, full year 2024), as text or { zh, en, start, end }.',
  },
  Indicator: {
    '': 'One published figure: its label, value and unit, and optionally a change, a target and more.',
    id: `The indicator's id, unique among indicators (widgets pick figures by it): ${ID}.`,
    label: 'What the figure is (固定资产投资, Fixed-asset investment), as text.',
    ...measure,
    target: 'A target: { kind: growth, value } (a rate in %), { kind: growth, gap } (only the published gap in points) or { kind: plan, value, unit } (or { kind: plan, completion }, a published completion rate).',
    polarity: 'Whether a rise is good news: up-good (the default), down-good (energy per unit of GDP, debt) or neutral; colours follow it.',
    period: 'The figure\'s period when it differs from the document\'s; null when the figure was published without one.',
    group: 'The heading a scorecard groups this indicator under, as shown ("主要指标" / "Headline indicators"). Groups come in the order of their first indicators; the first is shown larger.',
    note: NOTE,
    source: 'The figure\'s own source, when it differs from the document\'s.',
  },
  Pipeline: {
    '': 'A project pipeline: counts at stages in pipeline order (negotiated → signed → started → producing).',
    id: `The pipeline's id, unique among pipelines: ${ID}.`,
    label: 'The pipeline\'s name (招商引资项目, Investment-promotion projects), as text.',
    stages: 'The stages in pipeline order (negotiated → signed → started → producing): at least one.',
    unit: 'The noun for the counted things (projects, 个): a unit key or a custom { zh, en }.',
    period: 'The period of the counts, as text or { zh, en, start, end }.',
    note: NOTE,
    rates: 'false when the stages are separate counts (projects under negotiation, newly signed, landed) rather than one group moving through them: no conversion rate is then computed.',
    illustrative: `true when this pipeline's figures are ${ILLUSTRATIVE}`,
  },
  Stage: {
    '': 'One stage of a pipeline: a label, a count, and optionally an amount.',
    id: `An id for the stage: ${ID}.`,
    label: 'The stage\'s name (签约, Signed), as text.',
    count: 'How many are at this stage, in the pipeline\'s unit: a whole number, never negative; null when not published.',
    qualifier: `The word that softens the count: ${QUALIFIER}.`,
    amount: 'An amount at this stage, such as { value, unit: 100m-cny }: never negative; drawn by sc-project-funnel with measure="amount".',
    note: NOTE,
  },
  Amount: {
    '': 'An amount that cannot be negative (visitors, revenue, investment), nor fall by more than 100%.',
    ...measure,
    value: 'The amount as published, in its unit (24.1 for 24.1万人次): never negative; absent or null when not published.',
    change: 'The change against a basis: { kind, value, basis }, kind percent (+15.7%, not below -100%), points (2.9个百分点), multiple (6倍) or absolute.',
  },
  HolidayAmount: {
    '': 'A holiday\'s visitors or revenue: an amount that cannot be negative nor fall by more than 100%, and the same holiday a year earlier where that was printed.',
    ...measure,
    value: 'The amount as published, in its unit (24.1 for 24.1万人次): never negative; absent or null when not published.',
    change: 'The change against a basis: { kind, value, basis }, kind percent (+15.7%, not below -100%), points (2.9个百分点), multiple (6倍) or absolute.',
    previous: 'The same holiday a year earlier, as printed (去年同期32.7万人次: 32.7), in this figure\'s unit and per; never negative; null or absent when not printed. Shown as published; without a published change, the change is worked out from the two and marked derived.',
  },
  TourismEvent: {
    '': 'A holiday\'s tourism figures: visitors, revenue, the peak day, other figures and a daily series.',
    id: `The event's id, unique among tourism events: ${ID}.`,
    label: 'The holiday (2024年清明假期, Qingming holiday 2024), as text.',
    place: 'The scenic area or venue, when the figures are for one place, as text.',
    period: 'The holiday\'s dates, as text or { zh, en, start, end }.',
    visitors: 'Visits over the holiday, an amount: { value: 24.1, unit: 10k-visits, change } (or previous, last year\'s figure as printed).',
    revenue: 'Tourism revenue over the holiday, an amount: { value: 1.39, unit: 100m-cny, change } (or previous, last year\'s figure as printed).',
    peakDay: 'The busiest single day, an amount: { value: 12, unit: 10k-visits }.',
    figures: 'Other published figures of the event (sales in the show area, …), each a label plus a measure\'s fields.',
    days: 'A daily series over the holiday, in the units of visitors and revenue. Each day falls within period, where the holiday gives one: scorecard-kit checks this, JSON Schema cannot.',
    note: NOTE,
    illustrative: `true when this holiday's figures alone are ${ILLUSTRATIVE}`,
  },
  LabelledMeasure: {
    '': 'Another published figure: a label plus a measure\'s fields (value, unit, qualifier, per, change).',
    id: `An id for the figure: ${ID}.`,
    label: 'What the figure is, as text.',
    ...measure,
  },
  Day: {
    '': 'One day of a holiday\'s series: its date, and visitors and revenue in the units of the event\'s visitors and revenue.',
    date: 'The day: 2024-02-10.',
    label: 'A name for the day, as text; without one, the date names it.',
    visitors: 'Visits that day, in the unit of the event\'s visitors: never negative; null when not published.',
    revenue: 'Revenue that day, in the unit of the event\'s revenue: never negative; null when not published.',
  },
  Project: {
    '': 'A project: its status, investment and other published figures.',
    id: `The project's id, unique among projects: ${ID}.`,
    label: 'The project\'s name (列车制动盘项目, Train brake-disc plant), as text.',
    status: 'Where the project stands: negotiating (在谈), signed (签约), new (新建), continuing (续建), started (开工) or producing (投产).',
    investment: 'The project\'s investment, an amount: { value, unit: 100m-cny }, never negative.',
    figures: 'Other published figures of the project, each a label plus a measure\'s fields.',
    note: NOTE,
  },
};

export const DESCRIPTIONS: Descriptions = { root: ROOT, defs: DEFS };

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `kind` a schema (a branch of `byKind`) stands for: its `kind` property's const, if any. */
export const kindOf = (node: unknown): unknown => {
  const properties = isObject(node) ? node.properties : undefined;
  return isObject(properties) && isObject(properties.kind) ? properties.kind.const : undefined;
};

/**
 * The JSON Schema with its descriptions merged in (a copy: `schema` is left as
 * it is), and the keys that matched nothing, as `Def key` or `# key` for the root.
 * Throws when a node already has a description: each is said in one place.
 */
export const describeJsonSchema = (schema: Json, descriptions: Descriptions = DESCRIPTIONS): { schema: Json; unused: string[] } => {
  const used = new Set<string>();
  const describe = (node: Json, where: string, entry: Entry, key: string): Json => {
    if (!(key in entry)) return node;
    if ('description' in node) throw new Error(`${where} '${key}': already has a description`);
    used.add(`${where} ${key}`);
    return { description: entry[key], ...node };
  };
  /**
   * Describes the properties of `node` and of its branches and items, `path`
   * being where `node` sits; `within` the kind of the variant it is in, which its
   * own branches (an `anyOf` of keys one of which is required) are in too.
   */
  const visit = (node: Json, where: string, entry: Entry, path: string, within?: unknown): Json => {
    const copy: Json = { ...node };
    const kind = kindOf(node) ?? within;
    if (isObject(node.properties)) {
      copy.properties = Object.fromEntries(
        Object.entries(node.properties).map(([name, field]) => {
          const key = path ? `${path}.${name}` : name;
          const specific = typeof kind === 'string' ? `${kind}:${key}` : undefined;
          const described = describe(field as Json, where, entry, specific && specific in entry ? specific : key);
          return [name, visit(described, where, entry, key)];
        }),
      );
    }
    if (isObject(node.items)) copy.items = visit(node.items, where, entry, path);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) copy[keyword] = branches.map((branch: Json) => visit(branch, where, entry, path, kind));
    }
    return copy;
  };

  const { $defs, ...root } = structuredClone(schema) as Json & { $defs?: Record<string, Json> };
  const described: Json = visit(describe(root, '#', descriptions.root, ''), '#', descriptions.root, '');
  if ($defs) {
    described.$defs = Object.fromEntries(
      Object.entries($defs).map(([name, def]) => [name, visit(describe(def, name, descriptions.defs[name] ?? {}, ''), name, descriptions.defs[name] ?? {}, '')]),
    );
  }
  const keys = [
    ...Object.keys(descriptions.root).map((key) => `# ${key}`),
    ...Object.entries(descriptions.defs).flatMap(([name, entry]) => Object.keys(entry).map((key) => `${name} ${key}`)),
  ];
  return { schema: described, unused: keys.filter((key) => !used.has(key)) };
};
