/**
 * The runtime validator and the published JSON Schema (checked by ajv, an
 * independent validator) must agree: on the demo documents, on valid variants,
 * and on a corpus of invalid documents. Runs in Node (ajv is CommonJS).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { documentJsonSchema, validateDocument } from '../src/schema/document.js';
import { describeJsonSchema } from '../scripts/schema-descriptions.js';
import { kindsAsConditions } from '../scripts/schema-conditions.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const published = read('../schema.json');
const ajvValidate = new Ajv2020({ allErrors: true }).compile(published);

const kazuo = read('../demo/data/kazuo-2024-q1.json');
const demos = {
  kazuo,
  lingyuan: read('../demo/data/lingyuan-h1.json'),
  shuangta: read('../demo/data/shuangta-2024-q1.json'),
};

type Doc = Record<string, any>;
const variant = (change: (doc: Doc) => void): Doc => {
  const doc = structuredClone(kazuo);
  change(doc);
  return doc;
};

test('schema.json is generated from the TypeScript definition (run `npm run schema`)', () => {
  assert.deepEqual(published, kindsAsConditions(describeJsonSchema(documentJsonSchema()).schema));
});

test('schema.json compiles under Ajv\'s strict mode, every strict option on', () => {
  // A consumer may well compile it so: strictRequired, for one, is off by default.
  for (const allErrors of [false, true]) {
    assert.doesNotThrow(() => new Ajv2020({ strict: true, allErrors }).compile(published), `allErrors: ${allErrors}`);
  }
});

test('both validators accept every demo document', () => {
  for (const [name, doc] of Object.entries(demos)) {
    assert.deepEqual(validateDocument(doc).issues, [], name);
    assert.equal(ajvValidate(doc), true, `${name}: ${JSON.stringify(ajvValidate.errors)}`);
  }
});

const valid: [string, Doc][] = [
  ['plain-string texts', variant((d) => { d.region = '喀左县'; d.period = '2024 Q1'; })],
  ['only en text', variant((d) => { d.region = { en: 'Kazuo County' }; })],
  ['custom unit', variant((d) => { d.indicators[0].unit = { zh: '次', en: 'trips' }; })],
  ['custom unit with exponent', variant((d) => { d.indicators[0].unit = { zh: '万次', en: 'trips', exponent: 4 }; })],
  ['value null', variant((d) => { d.indicators[0].value = null; })],
  ['no value', variant((d) => { delete d.indicators[0].value; })],
  ['points change vs target', variant((d) => { d.indicators[0].change = { kind: 'points', value: 2.9, basis: 'target' }; })],
  ['multiple change', variant((d) => { d.indicators[0].change = { kind: 'multiple', value: 6 }; })],
  ['absolute change with unit', variant((d) => { d.indicators[0].change = { kind: 'absolute', value: -3, unit: '100m-cny' }; })],
  ['plan target', variant((d) => { d.indicators[0].target = { kind: 'plan', value: 40, unit: '10k-sqm' }; })],
  ['plan completion as published', variant((d) => { d.indicators[0].target = { kind: 'plan', completion: 63, period: { zh: '全年', en: 'the year' } }; })],
  ["a holiday's last-year figure as printed, or not printed", variant((d) => { d.tourism[0].visitors.previous = 65.2; d.tourism[0].revenue.previous = null; })],
  ['growth target by gap only', variant((d) => { d.indicators[0].target = { kind: 'growth', gap: 2.9 }; })],
  ['unknown extra fields', variant((d) => { d.extra = { anything: true }; d.indicators[0].futureField = 1; })],
  ['empty lists', variant((d) => { d.indicators = []; d.tourism = []; })],
  ['source with url and date', variant((d) => { d.source.url = 'https://example.org/a'; d.source.date = '2024-04-02'; })],
  // Browsers read a scheme in any case; a CMS or an old article may have written it in capitals.
  ['source url with its scheme in capitals', variant((d) => { d.source.url = 'HTTP://Example.org/A'; })],
  ['days series', variant((d) => { d.tourism[0].days = [{ date: '2024-02-10', visitors: 8.1 }]; })],
  ['29 February of a leap year', variant((d) => { d.tourism[0].days = [{ date: '2024-02-29', visitors: 8.1 }]; d.source.date = '2000-02-29'; })],
  ['a period of one day', variant((d) => { d.period.start = '2024-03-28'; d.period.end = '2024-03-28'; })],
  // Compared on the parts both dates give: it ends with the month, or the year, of its start day.
  ['a period ending in the month it starts', variant((d) => { d.period.start = '2024-03-31'; d.period.end = '2024-03'; })],
  ['a period ending in the year it starts', variant((d) => { d.period.start = '2024-03-31'; d.period.end = '2024'; })],
  ['pipeline with amounts', variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [{ label: 'a', count: 3, amount: { value: 5, unit: '100m-cny' } }] }]; })],
  // A profit can swing below zero; visitors cannot, but their number can fall.
  ['indicator down by more than 100%', variant((d) => { d.indicators[0].change = { kind: 'percent', value: -150 }; })],
  ['visitors down by an absolute number', variant((d) => { d.tourism[0].visitors.change = { kind: 'absolute', value: -5 }; })],
];

test('both validators accept valid variants', () => {
  for (const [name, doc] of valid) {
    assert.deepEqual(validateDocument(doc).issues, [], name);
    assert.equal(ajvValidate(doc), true, `${name}: ${JSON.stringify(ajvValidate.errors)}`);
  }
});

/** Each invalid document, and the path the runtime validator must name. */
const invalid: [string, unknown, string][] = [
  ['not an object', 'hello', ''],
  ['an array', [kazuo], ''],
  ['null', null, ''],
  ['missing version', variant((d) => { delete d.version; }), 'version'],
  ['version as string', variant((d) => { d.version = '1'; }), 'version'],
  ['version 0', variant((d) => { d.version = 0; }), 'version'],
  ['version 1.5', variant((d) => { d.version = 1.5; }), 'version'],
  ['newer major version', variant((d) => { d.version = 2; }), 'version'],
  ['missing id', variant((d) => { delete d.id; }), 'id'],
  ['id with spaces', variant((d) => { d.id = 'kazuo 2024'; }), 'id'],
  ['missing region', variant((d) => { delete d.region; }), 'region'],
  ['region as number', variant((d) => { d.region = 42; }), 'region'],
  ['region text object without zh or en', variant((d) => { d.region = { fr: 'Kazuo' }; }), 'region'],
  ['region zh not a string', variant((d) => { d.region = { zh: 1 }; }), 'region.zh'],
  ['missing period', variant((d) => { delete d.period; }), 'period'],
  ['bad period date', variant((d) => { d.period.start = '2024/01/01'; }), 'period.start'],
  ['missing source', variant((d) => { delete d.source; }), 'source'],
  ['source without name', variant((d) => { d.source = { date: '2024' }; }), 'source.name'],
  ['source url not http', variant((d) => { d.source.url = 'javascript:alert(1)'; }), 'source.url'],
  ['source url relative', variant((d) => { d.source.url = '/news/a.html'; }), 'source.url'],
  ['indicators not an array', variant((d) => { d.indicators = {}; }), 'indicators'],
  ['indicator without id', variant((d) => { delete d.indicators[1].id; }), 'indicators[1].id'],
  ['indicator without label', variant((d) => { delete d.indicators[1].label; }), 'indicators[1].label'],
  ['value as string', variant((d) => { d.indicators[0].value = '10.7'; }), 'indicators[0].value'],
  ['unknown unit key', variant((d) => { d.indicators[0].unit = 'yi'; }), 'indicators[0].unit'],
  ['custom unit without en', variant((d) => { d.indicators[0].unit = { zh: '次' }; }), 'indicators[0].unit.en'],
  ['unknown qualifier', variant((d) => { d.indicators[0].qualifier = 'over'; }), 'indicators[0].qualifier'],
  ['change kind pct', variant((d) => { d.indicators[2].change.kind = 'pct'; }), 'indicators[2].change.kind'],
  ['change without value', variant((d) => { delete d.indicators[0].change.value; }), 'indicators[0].change.value'],
  ['change value as string', variant((d) => { d.indicators[0].change.value = '+15.7%'; }), 'indicators[0].change.value'],
  ['negative multiple', variant((d) => { d.indicators[0].change = { kind: 'multiple', value: -2 }; }), 'indicators[0].change.value'],
  ['unknown basis', variant((d) => { d.indicators[0].change.basis = 'mom'; }), 'indicators[0].change.basis'],
  ['target without kind', variant((d) => { d.indicators[0].target = { value: 15 }; }), 'indicators[0].target.kind'],
  ['target unknown kind', variant((d) => { d.indicators[0].target = { kind: 'goal', value: 15 }; }), 'indicators[0].target.kind'],
  ['growth target without value or gap', variant((d) => { d.indicators[0].target = { kind: 'growth' }; }), 'indicators[0].target'],
  ['plan target without value or completion', variant((d) => { d.indicators[0].target = { kind: 'plan' }; }), 'indicators[0].target'],
  ['plan completion below zero', variant((d) => { d.indicators[0].target = { kind: 'plan', completion: -63 }; }), 'indicators[0].target.completion'],
  ['unknown polarity', variant((d) => { d.indicators[0].polarity = 'good'; }), 'indicators[0].polarity'],
  ['pipeline without stages', variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [] }]; }), 'pipelines[0].stages'],
  ['negative stage count', variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [{ label: 'a', count: -1 }] }]; }), 'pipelines[0].stages[0].count'],
  ['fractional stage count', variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [{ label: 'a', count: 2.5 }] }]; }), 'pipelines[0].stages[0].count'],
  ['tourism visitors as number', variant((d) => { d.tourism[0].visitors = 73.21; }), 'tourism[0].visitors'],
  ['tourism per unknown', variant((d) => { d.tourism[0].visitors.per = 'week'; }), 'tourism[0].visitors.per'],
  ['day without date', variant((d) => { d.tourism[0].days = [{ visitors: 3 }]; }), 'tourism[0].days[0].date'],
  ['day not in the calendar', variant((d) => { d.tourism[0].days = [{ date: '2024-13-45', visitors: 3 }]; }), 'tourism[0].days[0].date'],
  ['31 April', variant((d) => { d.period.end = '2024-04-31'; }), 'period.end'],
  ['29 February of a common year', variant((d) => { d.source.date = '2023-02-29'; }), 'source.date'],
  ['29 February of a century not divisible by 400', variant((d) => { d.tourism[0].days = [{ date: '1900-02-29', visitors: 3 }]; }), 'tourism[0].days[0].date'],
  ['negative visitors', variant((d) => { d.tourism[0].visitors.value = -73.21; }), 'tourism[0].visitors.value'],
  ['printed decimals not a whole number', variant((d) => { d.indicators[0].decimals = 1.5; }), 'indicators[0].decimals'],
  ['printed decimals of a change past 6', variant((d) => { d.indicators[0].change.decimals = 7; }), 'indicators[0].change.decimals'],
  ['visitors down by more than 100%', variant((d) => { d.tourism[0].visitors.change = { kind: 'percent', value: -150 }; }), 'tourism[0].visitors.change.value'],
  ['negative stage amount', variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [{ label: 'a', amount: { value: -5, unit: '100m-cny' } }] }]; }), 'pipelines[0].stages[0].amount.value'],
  ['negative daily visitors', variant((d) => { d.tourism[0].days = [{ date: '2024-02-10', visitors: -3 }]; }), 'tourism[0].days[0].visitors'],
  ['project unknown status', variant((d) => { d.projects[0].status = 'planned'; }), 'projects[0].status'],
  ['illustrative as string', variant((d) => { d.illustrative = 'yes'; }), 'illustrative'],
];

test('a day is accepted exactly when it is in the calendar', () => {
  const dayOf = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  for (const year of [1900, 2000, 2023, 2024, 2100]) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const inCalendar = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
        const doc = variant((d) => { d.source.date = dayOf(year, month, day); });
        assert.equal(validateDocument(doc).ok, inCalendar, `runtime: ${dayOf(year, month, day)}`);
        assert.equal(ajvValidate(doc), inCalendar, `ajv: ${dayOf(year, month, day)}`);
      }
    }
  }
});

test('says a day that is not in the calendar is not, rather than ask for the form it has', () => {
  const [issue] = validateDocument(variant((d) => { d.source.date = '2023-02-29'; })).issues;
  assert.deepEqual(issue, {
    path: 'source.date',
    message: "expected a date in the calendar, like 2024-03-31, 2024-03 or 2024; got '2023-02-29'",
    messageZh: "应为日历中存在的日期，如 2024-03-31、2024-03 或 2024，实际为'2023-02-29'",
  });
});

test(`both validators reject ${invalid.length} invalid documents, and the runtime names the field`, () => {
  assert.ok(invalid.length >= 30);
  for (const [name, doc, path] of invalid) {
    const result = validateDocument(doc);
    assert.equal(result.ok, false, `runtime accepted: ${name}`);
    assert.equal(ajvValidate(doc), false, `ajv accepted: ${name}`);
    assert.ok(
      result.issues.some((issue) => issue.path === path),
      `${name}: expected an issue at '${path}', got ${JSON.stringify(result.issues.map((issue) => issue.path))}`,
    );
    for (const issue of result.issues) assert.ok(issue.message && issue.messageZh, `${name}: messages in both languages`);
  }
});

test('an editor using schema.json names one problem for one wrong field of a change or target, not one per kind', () => {
  const messages = (doc: Doc) => {
    ajvValidate(doc);
    // Ajv's "must match the then schema" only repeats where the kind's own message is.
    return (ajvValidate.errors ?? []).filter((error) => error.keyword !== 'if').map((error) => `${error.instancePath} ${error.message}`);
  };
  assert.deepEqual(messages(variant((d) => { d.indicators[0].change.kind = 'pct'; })), ['/indicators/0/change/kind must be equal to one of the allowed values']);
  assert.deepEqual(messages(variant((d) => { d.indicators[0].change.value = '15.7'; })), ['/indicators/0/change/value must be number']);
  assert.deepEqual(messages(variant((d) => { delete d.indicators[0].change.kind; })), ["/indicators/0/change must have required property 'kind'"]);
  assert.deepEqual(messages(variant((d) => { d.indicators[0].target.kind = 'grow'; })), ['/indicators/0/target/kind must be equal to one of the allowed values']);
  // Each kind still has its own fields: a plan's value is no percent to check against a growth's.
  assert.deepEqual(messages(variant((d) => { d.indicators[0].change = { kind: 'points', basis: 'yoy' }; })), ["/indicators/0/change must have required property 'value'"]);
});

/**
 * Invalid documents that only the runtime refuses, as JSON Schema cannot
 * compare two values: a repeated id, a period that ends before it starts.
 * Ajv must accept them (were it to refuse one, that case would belong in `invalid`).
 */
const runtimeOnly: [string, Doc, string][] = [
  ['repeated indicator id', variant((d) => { d.indicators[2].id = d.indicators[0].id; }), 'indicators[2].id'],
  ['period ending the day before it starts', variant((d) => { d.period.start = '2024-03-31'; d.period.end = '2024-03-30'; }), 'period.end'],
  ['period ending a month before it starts', variant((d) => { d.period.start = '2024-04-01'; d.period.end = '2024-03'; }), 'period.end'],
  ['period ending a year before it starts', variant((d) => { d.period.start = '2024'; d.period.end = '2023-12-31'; }), 'period.end'],
  ['indicator period', variant((d) => { d.indicators[3].period.end = '2024-03-27'; }), 'indicators[3].period.end'],
  ['growth target period', variant((d) => { Object.assign(d.indicators[0].target.period, { start: '2024-12-31', end: '2024-01-01' }); }), 'indicators[0].target.period.end'],
  ['plan target period', variant((d) => { d.indicators[0].target = { kind: 'plan', value: 40, period: { en: 'full year 2024', start: '2024-12', end: '2024-01' } }; }), 'indicators[0].target.period.end'],
  ['pipeline period', variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [{ label: 'a' }], period: { zh: '一季度', start: '2024-03-31', end: '2024-01-01' } }]; }), 'pipelines[0].period.end'],
  ['tourism event period', variant((d) => { d.tourism[0].period = { en: 'Spring Festival', start: '2024-02-17', end: '2024-02-10' }; }), 'tourism[0].period.end'],
  ['holiday day after its period', variant((d) => {
    d.tourism[1].period = { en: 'Qingming', start: '2024-04-04', end: '2024-04-06' };
    d.tourism[1].days = [{ date: '2024-04-06', visitors: 6 }, { date: '2024-04-07', visitors: 5 }];
  }), 'tourism[1].days[1].date'],
  // A field that looks like a slip of a known one: tolerated, its figure would vanish without a word.
  ['misspelt field of an indicator', variant((d) => { d.indicators[0].qualifer = 'about'; }), 'indicators[0].qualifer'],
  ['misspelt list of the document', variant((d) => { d.indicator = d.indicators; delete d.indicators; }), 'indicator'],
  ['misspelt field of a change', variant((d) => { d.indicators[0].change.bases = 'yoy'; }), 'indicators[0].change.bases'],
  ['misspelt polarity', variant((d) => { d.indicators[1].polarty = 'down-good'; }), 'indicators[1].polarty'],
  // Another name for a field that is absent: a label under `cn` leaves the Chinese page showing the English.
  ['Chinese label under cn', variant((d) => { d.indicators[0].label = { cn: '固定资产投资', en: 'Fixed-asset investment' }; }), 'indicators[0].label.cn'],
  ['period name under zh-CN', variant((d) => { d.period = { 'zh-CN': '2024年一季度', en: '2024 Q1' }; }), 'period.zh-CN'],
  ["a stage's count as value", variant((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [{ label: '签约', value: 27 }] }]; }), 'pipelines[0].stages[0].value'],
  ["a holiday's last-year figure as prev", variant((d) => { d.tourism[0].visitors.prev = 65.2; }), 'tourism[0].visitors.prev'],
  ["a holiday's revenue as income", variant((d) => { d.tourism[0].income = d.tourism[0].revenue; delete d.tourism[0].revenue; }), 'tourism[0].income'],
  // A fraction with no unit: 10.7 would show as 10.7个, 73.21 visitors as 73.21人次.
  ['unit left out of an indicator', variant((d) => { delete d.indicators[0].unit; }), 'indicators[0].unit'],
  ["unit left out of a holiday's visitors", variant((d) => { delete d.tourism[0].visitors.unit; }), 'tourism[0].visitors.unit'],
  ["unit left out of a holiday's revenue", variant((d) => { delete d.tourism[0].revenue.unit; }), 'tourism[0].revenue.unit'],
  ["unit left out of a plan and of its figure", variant((d) => { delete d.indicators[0].unit; d.indicators[0].value = 3; d.indicators[0].target = { kind: 'plan', value: 4.5 }; }), 'indicators[0].target.unit'],
  ["unit left out of a holiday's last-year figure", variant((d) => { d.tourism[0].visitors = { value: 3, previous: 2.5 }; }), 'tourism[0].visitors.unit'],
  // Figures that could only be shown wrong: a change in % of an amount reads as growth; a ceiling has no completion rate.
  ['absolute change in % of an amount', variant((d) => { d.indicators[0].change = { kind: 'absolute', value: 0.3, unit: 'percent' }; }), 'indicators[0].change.unit'],
  ["absolute change in % of a holiday's revenue", variant((d) => { d.tourism[0].revenue.change = { kind: 'absolute', value: 0.3, unit: { zh: '%', en: '%' } }; }), 'tourism[0].revenue.change.unit'],
  // A custom unit in 万 without its exponent: English would read 15545万元 as "15,545 yuan".
  ['custom unit in 万 without its exponent', variant((d) => { d.indicators[0].unit = { zh: '万元', en: 'yuan' }; }), 'indicators[0].unit.exponent'],
  ["custom unit in 亿 of a change, without its exponent", variant((d) => { d.indicators[0].change = { kind: 'absolute', value: 1, unit: { zh: '亿元', en: '100 million yuan' } }; }), 'indicators[0].change.unit.exponent'],
  // Both a growth target and a gap, disagreeing: the rate is drawn (short by 0.1), the published gap (above by 2.9) would vanish.
  ['growth target and a gap that disagree', variant((d) => { d.indicators[0].target = { kind: 'growth', value: 15, gap: 2.9 }; }), 'indicators[0].target.gap'],
  // A holiday's figures swapped by a copy and paste.
  ["a holiday's visitors in 亿元", variant((d) => { d.tourism[1].visitors.unit = '100m-cny'; }), 'tourism[1].visitors.unit'],
  ["a holiday's revenue in 万人次", variant((d) => { d.tourism[1].revenue.unit = '10k-visits'; }), 'tourism[1].revenue.unit'],
  ['a busiest day above the whole holiday', variant((d) => { d.tourism[1].peakDay = { value: 30, unit: '10k-visits' }; }), 'tourism[1].peakDay.value'],
  ['completion rate of a ceiling', variant((d) => { d.indicators[0].target = { kind: 'plan', value: 12, qualifier: 'at-most', completion: 30 }; }), 'indicators[0].target.completion'],
  ['holiday day before its period', variant((d) => {
    d.tourism[1].period = { en: 'Qingming', start: '2024-04-04' };
    d.tourism[1].days = [{ date: '2024-03-04', visitors: 6 }, { date: '2024-04-04', visitors: 5 }];
  }), 'tourism[1].days[0].date'],
];

test(`the runtime alone refuses ${runtimeOnly.length} documents JSON Schema cannot, and names the field`, () => {
  for (const [name, doc, path] of runtimeOnly) {
    assert.equal(ajvValidate(doc), true, `ajv refused: ${name} (move it to the invalid documents)`);
    assert.deepEqual(validateDocument(doc).issues.map((issue) => issue.path), [path], name);
  }
});

test('tolerates a field it does not know that is no slip of one it knows (a newer version\'s), and names the one meant of a slip', () => {
  const doc = variant((d) => { d.indicators[0].editorNote = 'check with the bureau'; d.reviewed = true; });
  assert.deepEqual(validateDocument(doc).issues, []);
  const slip = validateDocument(variant((d) => { d.indicators[0].qualifer = 'about'; })).issues[0]!;
  assert.equal(slip.message, "not a field of this format; did you mean 'qualifier'?");
  assert.equal(slip.messageZh, "不是文档格式中的字段，是否应为 'qualifier'？");
});

test('suggests the value meant by a word written as printed (亿元, 同比, 近, 倍), another spelling or a slip, and nothing for a stranger', () => {
  const suggested = (change: (doc: Doc) => void) => {
    const [issue] = validateDocument(variant(change)).issues;
    return [issue!.path, issue!.message.match(/did you mean '([^']+)'\?$/)?.[1], issue!.messageZh.match(/是否应为 '([^']+)'？$/)?.[1]];
  };
  assert.deepEqual(suggested((d) => { d.indicators[0].unit = '亿元'; }), ['indicators[0].unit', '100m-cny', '100m-cny']);
  assert.deepEqual(suggested((d) => { d.tourism[0].visitors.unit = '万人次'; }), ['tourism[0].visitors.unit', '10k-visits', '10k-visits']);
  assert.deepEqual(suggested((d) => { d.indicators[0].change.basis = '同比'; }), ['indicators[0].change.basis', 'yoy', 'yoy']);
  assert.deepEqual(suggested((d) => { d.indicators[0].change.basis = 'YoY'; }), ['indicators[0].change.basis', 'yoy', 'yoy']);
  assert.deepEqual(suggested((d) => { d.indicators[0].qualifier = '近'; }), ['indicators[0].qualifier', 'nearly', 'nearly']);
  assert.deepEqual(suggested((d) => { d.indicators[0].qualifier = 'more than'; }), ['indicators[0].qualifier', 'more-than', 'more-than']);
  assert.deepEqual(suggested((d) => { d.indicators[0].change.kind = '倍'; }), ['indicators[0].change.kind', 'multiple', 'multiple']);
  assert.deepEqual(suggested((d) => { d.indicators[0].change.kind = '个百分点'; }), ['indicators[0].change.kind', 'points', 'points']);
  assert.deepEqual(suggested((d) => { d.indicators[0].polarity = '越低越好'; }), ['indicators[0].polarity', 'down-good', 'down-good']);
  assert.deepEqual(suggested((d) => { d.projects[0].status = '新建'; }), ['projects[0].status', 'new', 'new']);
  assert.deepEqual(suggested((d) => { d.indicators[0].target.kind = '计划'; }), ['indicators[0].target.kind', 'plan', 'plan']);
  assert.deepEqual(suggested((d) => { d.indicators[0].qualifier = 'nealry'; }), ['indicators[0].qualifier', 'nearly', 'nearly']);
  assert.deepEqual(suggested((d) => { d.indicators[0].unit = 'furlongs'; }), ['indicators[0].unit', undefined, undefined]);
  // An object's own keys only: nothing is 'constructor' or '__proto__'.
  assert.deepEqual(suggested((d) => { d.indicators[0].unit = 'constructor'; }), ['indicators[0].unit', undefined, undefined]);
  assert.deepEqual(suggested((d) => { d.indicators[0].qualifier = '__proto__'; }), ['indicators[0].qualifier', undefined, undefined]);
  // Said after the list, which stays as it was.
  const [issue] = validateDocument(variant((d) => { d.indicators[0].change.basis = '同比'; })).issues;
  assert.equal(issue!.message, "expected one of yoy, target, previous-period; got '同比'; did you mean 'yoy'?");
  assert.equal(issue!.messageZh, "应为 yoy、target、previous-period 之一，实际为'同比'，是否应为 'yoy'？");
});

test('another name for a field is named only where the field is absent, and a whole count needs no unit', () => {
  // Beside `zh`, a `cn` is some other field (a newer version's): tolerated.
  assert.deepEqual(validateDocument(variant((d) => { d.indicators[0].label = { zh: '固定资产投资', cn: 'x' }; })).issues, []);
  const [issue] = validateDocument(variant((d) => { d.indicators[0].label = { chinese: '固定资产投资', en: 'Fixed-asset investment' }; })).issues;
  assert.equal(issue!.message, "not a field of this format; did you mean 'zh'?");
  // Another field whose name starts as a known one's is some other field (a newer version's): tolerated.
  assert.deepEqual(validateDocument(variant((d) => { d.indicators[0].source_url = 'https://example.org'; d.indicators[0].note_internal = 'x'; })).issues, []);
  // A language tag is read as its language.
  const named = (label: Doc) => validateDocument(variant((d) => { d.indicators[0].label = label; })).issues.map((found) => found.message.match(/'(\w+)'\?$/)?.[1]);
  assert.deepEqual(named({ 'zh-Hans': '固定资产投资', en: 'x' }), ['zh']);
  assert.deepEqual(named({ zh: '固定资产投资', en_GB: 'x' }), ['en']);
  // No unit: a whole count (个) is fine.
  assert.deepEqual(validateDocument(variant((d) => { delete d.indicators[0].unit; d.indicators[0].value = 12; })).issues, []);
  const [unit] = validateDocument(variant((d) => { delete d.indicators[0].unit; })).issues;
  assert.equal(unit!.message, "missing; expected a unit, such as '100m-cny' (亿元) or '10k-visits' (万人次): a figure without one counts whole things (个, 人次), and this one has a fraction");
  assert.equal(unit!.messageZh, "缺少此项，应为单位，如 '100m-cny'（亿元）或 '10k-visits'（万人次）：没有单位的数按整数计（个、人次），而此数带小数");
});

test('says what to write for a figure given as printed text', () => {
  const said = (change: (doc: Doc) => void) => {
    const [issue] = validateDocument(variant(change)).issues;
    return [issue!.message.match(/; write (.+)$/)?.[1], issue!.messageZh.match(/，应写作 (.+)$/)?.[1]];
  };
  const both = (text: string) => [text, text];
  assert.deepEqual(said((d) => { d.indicators[0].value = '近30'; }), both('"value": 30, "qualifier": "nearly"'));
  assert.deepEqual(said((d) => { d.indicators[0].value = '23.6亿元'; }), both('"value": 23.6, "unit": "100m-cny"'));
  // The longest unit first (万人次, not 人次 after a stray 万), and digits grouped with commas.
  assert.deepEqual(said((d) => { d.tourism[0].visitors.value = '1,200余万人次'; }), both('"value": 1200, "qualifier": "more-than", "unit": "10k-visits"'));
  assert.deepEqual(said((d) => { d.indicators[0].change = '+12.4%'; }), both('{ "kind": "percent", "value": 12.4 }'));
  assert.deepEqual(said((d) => { d.indicators[0].change = '同比下降3.2%'; }), both('{ "kind": "percent", "value": -3.2, "basis": "yoy" }'));
  assert.deepEqual(said((d) => { d.indicators[0].change = '近6倍'; }), both('{ "kind": "multiple", "value": 6, "qualifier": "nearly" }'));
  assert.deepEqual(said((d) => { d.indicators[0].change = '提高0.3个百分点'; }), both('{ "kind": "points", "value": 0.3 }'));
  // Full-width digits and ％ are read.
  assert.deepEqual(said((d) => { d.indicators[0].value = '１２.４％'; }), both('"value": 12.4, "unit": "percent"'));
  // 增长2.3倍 is a rise of 230%, easily mistaken: nothing is suggested. Nor what the schema would refuse
  // (a fall of 120% in visitors), nor a plan's completion in a unit, nor digits grouped other than by threes.
  assert.deepEqual(said((d) => { d.indicators[0].change = '增长2.3倍'; }), [undefined, undefined]);
  // A verb with a signed figure (增长-3.2%, a fall in a bulletin; 下降−3.2%) is too easily misread either way.
  assert.deepEqual(said((d) => { d.indicators[0].change = '增长-3.2%'; }), [undefined, undefined]);
  assert.deepEqual(said((d) => { d.indicators[0].change = '同比下降−3.2%'; }), [undefined, undefined]);
  // Trailing zeros as printed: a JSON number drops them, decimals keeps them.
  assert.deepEqual(said((d) => { d.indicators[0].change = '同比增长5.0%'; }), both('{ "kind": "percent", "value": 5, "decimals": 1, "basis": "yoy" }'));
  assert.deepEqual(said((d) => { d.indicators[0].value = '60.30亿元'; }), both('"value": 60.3, "decimals": 2, "unit": "100m-cny"'));
  // An absolute change's value takes no unit from its words: 增加3.2% would read as relative growth.
  assert.deepEqual(said((d) => { d.indicators[0].change = { kind: 'absolute', value: '3.2%' }; }), [undefined, undefined]);
  assert.deepEqual(said((d) => { d.tourism[0].visitors.change = '下降120%'; }), [undefined, undefined]);
  assert.deepEqual(said((d) => { d.indicators[0].target = { kind: 'plan', completion: '63%' }; }), [undefined, undefined]);
  // Beside a kind that is in percent already, a % is that kind's sign: the number alone is meant.
  assert.deepEqual(said((d) => { d.indicators[0].change.value = '15.7%'; }), both('"value": 15.7'));
  assert.deepEqual(said((d) => { d.indicators[0].change.value = '−3.2％'; }), both('"value": -3.2'));
  assert.deepEqual(said((d) => { d.indicators[0].target = { kind: 'growth', value: '15%' }; }), both('"value": 15'));
  // A plan's value is an amount, whose % is its unit.
  assert.deepEqual(said((d) => { d.indicators[0].target = { kind: 'plan', value: '80%' }; }), both('"value": 80, "unit": "percent"'));
  assert.deepEqual(said((d) => { d.indicators[0].value = '1,5亿元'; }), [undefined, undefined]);
  // A word that is no value of any field, or a change without its kind: nothing is guessed.
  assert.deepEqual(said((d) => { d.indicators[0].value = '30 furlongs'; }), [undefined, undefined]);
  assert.deepEqual(said((d) => { d.indicators[0].change = '12.4'; }), [undefined, undefined]);
  const [issue] = validateDocument(variant((d) => { d.indicators[0].value = '近30'; })).issues;
  assert.equal(issue!.message, `expected a number or null; got '近30'; write "value": 30, "qualifier": "nearly"`);
  assert.equal(issue!.messageZh, `应为数字或 null，实际为'近30'，应写作 "value": 30, "qualifier": "nearly"`);
});

test('names what an array holds and how many it needs in plain English', () => {
  const message = (change: (doc: Doc) => void) => validateDocument(variant(change)).issues[0]!.message;
  assert.equal(message((d) => { d.indicators = {}; }), 'expected an array of objects; got an object');
  assert.equal(message((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: [] }]; }), 'expected at least 1 item; got 0');
  assert.equal(message((d) => { d.pipelines = [{ id: 'p', label: 'P', stages: {} }]; }), 'expected an array of objects (at least 1); got an object');
});

test('says what to write for a change in % of an amount, and accepts one of a figure in % (points)', () => {
  const [issue] = validateDocument(variant((d) => { d.indicators[0].change = { kind: 'absolute', value: 0.3, unit: 'percent' }; })).issues;
  assert.equal(issue!.message, 'expected a unit of the figure\'s kind for an absolute change, not %: a growth rate is "kind": "percent", without a unit');
  assert.equal(issue!.messageZh, '绝对变化的单位应与数值同类，而不是 %；增速请写 "kind": "percent"，不带 unit');
  const rate = variant((d) => { Object.assign(d.indicators[0], { value: 41.5, unit: 'percent', change: { kind: 'absolute', value: 0.3, unit: 'percent' } }); });
  assert.deepEqual(validateDocument(rate).issues, []);
  // A ceiling without a completion rate, and a plan with one, pass.
  assert.deepEqual(validateDocument(variant((d) => { d.indicators[0].target = { kind: 'plan', value: 12, qualifier: 'at-most' }; })).issues, []);
  assert.deepEqual(validateDocument(variant((d) => { d.indicators[0].target = { kind: 'plan', value: 12, completion: 30 }; })).issues, []);
});

test("says what a custom unit in 万 needs, and which of a target's rate and gap to keep", () => {
  const [unit] = validateDocument(variant((d) => { d.indicators[0].unit = { zh: '万元', en: 'yuan' }; })).issues;
  assert.equal(unit!.message, `missing; expected "exponent": 4 for a unit in 万 (without, English reads 1.5万元 as "1.5 yuan"), or the unit '10k-cny'`);
  assert.equal(unit!.messageZh, `缺少此项，以“万”计的单位应写 "exponent": 4（否则英文将 1.5万元 显示为 "1.5 yuan"），或改用单位 '10k-cny'`);
  // A number with both bounds reads as a range.
  const [range] = validateDocument(variant((d) => { d.indicators[0].unit = { zh: '万户', en: 'households', exponent: 30 }; })).issues;
  assert.deepEqual([range!.message, range!.messageZh], ['expected a whole number from -12 to 24; got 30', '应为 -12 到 24 之间的整数，实际为30']);
  // With its exponent, or in 万亿 with its own: accepted.
  assert.deepEqual(validateDocument(variant((d) => { d.indicators[0].unit = { zh: '万户', en: 'households', exponent: 4 }; })).issues, []);
  assert.match(validateDocument(variant((d) => { d.indicators[0].unit = { zh: '万亿元', en: 'yuan' }; })).issues[0]!.message, /"exponent": 12 for a unit in 万亿/);
  const [gap] = validateDocument(variant((d) => { d.indicators[0].target = { kind: 'growth', value: 15, gap: 2.9 }; })).issues;
  assert.equal(gap!.message, 'expected 0.7 (growth 15.7% less target 15%), or no gap; got 2.9');
  assert.equal(gap!.messageZh, '应为 0.7（增速15.7%减目标15%），或删去；实际为 2.9');
  // Both, agreeing: accepted.
  assert.deepEqual(validateDocument(variant((d) => { d.indicators[0].target = { kind: 'growth', value: 15, gap: 0.7 }; })).issues, []);
  const [peak] = validateDocument(variant((d) => { d.tourism[1].peakDay = { value: 30, unit: '10k-visits' }; })).issues;
  assert.deepEqual([peak!.message, peak!.messageZh], ["expected no more than the whole holiday's 24.1万人次", '单日最高应不超过假日期间总数 24.1万人次']);
  // A busiest day in 人次 against a total in 万人次 is compared in visits.
  assert.deepEqual(validateDocument(variant((d) => { d.tourism[1].peakDay = { value: 120000 }; })).issues, []);
});

test('says which id is repeated', () => {
  const doc = variant((d) => { d.indicators[2].id = d.indicators[0].id; });
  assert.deepEqual(validateDocument(doc).issues, [
    {
      path: 'indicators[2].id',
      message: `expected an id not used before; got '${kazuo.indicators[0].id}', as indicators[0]`,
      messageZh: `标识须唯一，'${kazuo.indicators[0].id}' 与 indicators[0] 重复`,
    },
  ]);
  // Unique within each list: an indicator and a tourism event may share one.
  assert.equal(validateDocument(variant((d) => { d.tourism[0].id = d.indicators[0].id; })).ok, true);
});

test('says a period ends before it starts, and schema.json says that only scorecard-kit checks it', () => {
  const doc = variant((d) => { d.period.start = '2024-03-31'; d.period.end = '2024-01-01'; });
  assert.deepEqual(validateDocument(doc).issues, [
    {
      path: 'period.end',
      message: "expected a date not before start (2024-03-31); got '2024-01-01'",
      messageZh: "应为不早于 start（2024-03-31）的日期，实际为'2024-01-01'",
    },
  ]);
  // A malformed start has its own message, and nothing to compare the end with.
  const malformed = validateDocument(variant((d) => { d.period.start = '2024-04-31'; d.period.end = '2024-01-01'; }));
  assert.deepEqual(malformed.issues.map((issue) => issue.path), ['period.start']);
  assert.match(published.$defs.Period.anyOf[1].properties.end.description, /not before start.*JSON Schema cannot/);
});

test("says which day of a holiday falls outside its period, and reads a period's dates as published", () => {
  const withDays = (period: Doc, dates: string[]) =>
    validateDocument(variant((d) => {
      d.tourism[1].period = period;
      d.tourism[1].days = dates.map((date) => ({ date, visitors: 6 }));
    }));
  assert.deepEqual(withDays({ zh: '清明假期', start: '2024-04-04', end: '2024-04-06' }, ['2024-04-05', '2024-05-06']).issues, [
    {
      path: 'tourism[1].days[1].date',
      message: "expected a date within the holiday's period (2024-04-04 – 2024-04-06); got '2024-05-06'",
      messageZh: "应为该假日期间（2024-04-04 – 2024-04-06）内的日期，实际为'2024-05-06'",
    },
  ]);
  // A period given to the month holds each of its days; a holiday without a period takes any day.
  assert.equal(withDays({ zh: '四月', start: '2024-04', end: '2024-04' }, ['2024-04-01', '2024-04-30']).ok, true);
  assert.equal(withDays({ zh: '清明假期' }, ['2024-04-05', '2025-01-01']).ok, true);
});

test('messages say what was expected and what was found', () => {
  const result = validateDocument(variant((d) => { d.indicators[2].change.kind = 'pct'; }));
  assert.deepEqual(result.issues, [
    {
      path: 'indicators[2].change.kind',
      message: "expected one of percent, points, multiple, absolute; got 'pct'",
      messageZh: "应为 percent、points、multiple、absolute 之一，实际为'pct'",
      // The listed item's id, sooner found in a long list than its position.
      id: 'retail-sales-above-quota',
    },
  ]);
  // The innermost listed item's: a stage's, not its pipeline's.
  const lingyuan = structuredClone(demos.lingyuan);
  Object.assign(lingyuan.pipelines[0].stages[1], { id: 'signed', count: 'x' });
  const stage = validateDocument(lingyuan);
  assert.deepEqual(stage.issues.map(({ path, id }) => [path, id]), [['pipelines[0].stages[1].count', 'signed']]);
  const newer = validateDocument(variant((d) => { d.version = 3; }));
  assert.match(newer.issues[0]!.message, /version 3.*reads version 1.*Update scorecard-kit, or, if the document was written for this one, set "version": 1$/);
});

test('a unit that is not a key names both ways to give one: a key, or a custom unit with its labels', () => {
  const result = validateDocument(variant((d) => { d.indicators[0].unit = '个'; }));
  assert.equal(result.issues.length, 1);
  assert.equal(result.issues[0]!.path, 'indicators[0].unit');
  assert.match(result.issues[0]!.message, /^expected one of cny, 10k-cny, .* or \{ zh, en \}; got '个'; did you mean 'count'\?$/);
  assert.match(result.issues[0]!.messageZh, /^应为 cny、10k-cny、.*之一或\{ zh, en \}，实际为'个'，是否应为 'count'？$/);
});
