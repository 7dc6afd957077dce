/**
 * A tiny schema language whose schemas ARE JSON Schema (draft 2020-12)
 * objects: one definition gives the TypeScript type (`Infer`), the published
 * JSON Schema (`toJsonSchema`: the same objects with shared parts moved to
 * `$defs`) and a runtime check (`validate`) that interprets those same
 * keywords, reporting every problem with a JSON path and a message in English
 * and Chinese.
 *
 * Hand-made rather than a dependency because the check and the published file
 * must agree (tests prove it with ajv), and the interpreter is a few hundred
 * bytes in the embed bundle; the JSON Schema writer is tree-shaken out of it.
 */
import { slipOf } from './slip.js';

/** One problem found in a document. */
export interface ValidationIssue {
  /** Where, as a JSON path: `indicators[2].change.kind`; `` for the document itself. */
  path: string;
  /** What is wrong, in English. */
  message: string;
  /** What is wrong, in Chinese. */
  messageZh: string;
  /** The `id` of the listed item the problem is in (`indicators[14]` is `gdp`), where it has one. */
  id?: string;
}

export type JsonSchema = Record<string, unknown>;

/** A bilingual phrase: [English, Chinese]. */
type Phrase = readonly [string, string];

/**
 * A schema node: the JSON Schema keywords this library uses, plus seven of its
 * own that `toJsonSchema` drops: `expects` (how messages name what is
 * expected), `optional` (a field that may be absent), `$name` (shared under
 * `$defs`), `notBefore` (a date that may not come before a sibling date:
 * JSON Schema cannot compare two fields, so only `validate` checks it),
 * `aliases` (what people write for a value of `enum`: 亿元 for `100m-cny`,
 * which a message then suggests), `renamed` (what people write for a
 * field, lower case: `cn` for `zh`, a stage's `value` for `count`) and
 * `wholeWithout` (a field without which `value`, and a `previous`, is a whole count).
 */
interface Node {
  type?: string;
  enum?: readonly string[];
  const?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  minItems?: number;
  anyOf?: Node[];
  oneOf?: Node[];
  expects?: Phrase;
  optional?: true;
  $name?: string;
  notBefore?: string;
  aliases?: Readonly<Record<string, string>>;
  renamed?: Readonly<Record<string, string>>;
  wholeWithout?: { readonly field: string; readonly expects: Phrase };
}

export interface Schema<T> extends Node {
  /** Phantom member carrying the inferred type; never set. */
  readonly __type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

interface Optional<T> extends Schema<T> {
  readonly optional: true;
}

type Shape = Record<string, Schema<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
// An optional field may also be given as undefined (as `{ ...indicator, qualifier: maybe }` does), which the
// validator takes for absent: so said for code that type-checks with exactOptionalPropertyTypes.
type InferShape<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]> | undefined;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

export const string = (options: { pattern?: RegExp; expects?: Phrase } = {}): Schema<string> => ({
  type: 'string',
  ...(options.pattern && { pattern: options.pattern.source }),
  ...(options.expects && { expects: options.expects }),
});

/**
 * The largest figure a document may hold, either sign. Beyond it a double no
 * longer keeps every digit, so a figure could not be shown as published (and a
 * 300-digit number is a typo, not a statistic).
 */
export const LARGEST = 1e15;

export const number = (options: { minimum?: number; maximum?: number; integer?: boolean } = {}): Schema<number> => ({
  type: options.integer ? 'integer' : 'number',
  minimum: options.minimum ?? -LARGEST,
  maximum: options.maximum ?? LARGEST,
});

export const boolean = (): Schema<boolean> => ({ type: 'boolean' });

/** One of a fixed list of strings; `aliases`: what people write for them (`{ 同比: 'yoy' }`), suggested in messages. */
export const oneOf = <const V extends readonly string[]>(values: V, aliases?: Readonly<Record<string, V[number]>>): Schema<V[number]> => ({
  enum: values,
  ...(aliases && { aliases }),
});

/** A value that may also be `null` (meaning: not given). */
export const nullable = <T>(inner: Schema<T>): Schema<T | null> => ({ anyOf: [inner, { type: 'null' }] });

export const optional = <T>(inner: Schema<T>): Optional<T> => ({ ...inner, optional: true });

/**
 * An object with known fields; `someOf`: at least one of these keys must be
 * present. Unknown fields are tolerated so that older readers accept
 * documents written for newer versions.
 */
export const object = <S extends Shape>(
  shape: S,
  options: {
    someOf?: readonly string[];
    expects?: Phrase;
    renamed?: Readonly<Record<string, keyof S & string>>;
    /** Where `field` is absent, a number `value` is a count of whole things, and a fraction is that field left out. */
    wholeWithout?: { readonly field: keyof S & string; readonly expects: Phrase };
  } = {},
): Schema<InferShape<S>> => {
  const required = Object.keys(shape).filter((key) => !shape[key]!.optional);
  return {
    type: 'object',
    properties: shape,
    ...(required.length > 0 && { required }),
    // Each branch also lists its key under `properties` (an empty schema, adding no
    // rule): Ajv's strict mode (strictRequired) looks for a required key there, not
    // in the enclosing object's.
    ...(options.someOf && { anyOf: options.someOf.map((key) => ({ properties: { [key]: {} }, required: [key] })) }),
    ...(options.expects && { expects: options.expects }),
    ...(options.renamed && { renamed: options.renamed }),
    ...(options.wholeWithout && { wholeWithout: options.wholeWithout }),
  };
};

export const array = <T>(items: Schema<T>, options: { minItems?: number } = {}): Schema<T[]> => ({
  type: 'array',
  items,
  ...(options.minItems !== undefined && { minItems: options.minItems }),
});

/**
 * Either of several schemas of different JSON types (a string or an object, say).
 * The value's JSON type picks the branch, so the messages speak of that branch.
 */
export const either = <A, B>(first: Schema<A>, second: Schema<B>): Schema<A | B> => ({ anyOf: [first, second] });

/** Objects told apart by a `kind` field, each kind with its own fields. */
export const byKind = <M extends Record<string, Schema<object>>>(
  variants: M,
  expects: Phrase,
  aliases?: Readonly<Record<string, keyof M & string>>,
): Schema<{ [K in keyof M]: Infer<M[K]> & { kind: K } }[keyof M]> => ({
  type: 'object',
  required: ['kind'],
  properties: { kind: oneOf(Object.keys(variants), aliases) },
  oneOf: Object.entries(variants).map(([name, variant]) => ({
    ...variant,
    properties: { kind: { const: name }, ...variant.properties },
  })),
  expects,
});

/** A date field that may not come before its sibling date field `sibling` (an end and its start). */
export const notBefore = <T extends string>(sibling: string, inner: Schema<T>): Schema<T> => ({ ...inner, notBefore: sibling });

/** Names a schema so the JSON Schema shares it under `$defs` and `$ref`s it. */
export const named = <T>(name: string, inner: Schema<T>): Schema<T> => ({ ...inner, $name: name });

// The runtime check.

const jsonTypeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Whether a node accepts values of this JSON type (a union: any of its branches). */
const accepts = (node: Node, type: string): boolean =>
  node.anyOf && !node.type
    ? node.anyOf.some((branch) => accepts(branch, type))
    : (node.type === 'integer' ? 'number' : (node.type ?? (node.enum ? 'string' : typeof node.const))) === type;

/** Compiled patterns, once each: every id and date of every document is checked against one. */
const patterns = new Map<string, RegExp>();
const patternOf = (source: string): RegExp => {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source)));
  return pattern;
};

const PHRASES: Record<string, Phrase> = {
  string: ['a string', '字符串'],
  number: ['a number', '数字'],
  integer: ['a whole number', '整数'],
  boolean: ['true or false', 'true 或 false'],
  object: ['an object', '对象'],
  null: ['null', ' null'],
};

/** What an array of them is an array of: "an array of objects", not "of an object". */
const PLURALS: Record<string, string> = { 'a string': 'strings', 'a number': 'numbers', 'a whole number': 'whole numbers', 'an object': 'objects' };

/** What a node expects, for messages: "one of yoy, target", "a whole number ≥ 1", "a whole number from 0 to 6". */
const expected = (node: Node): Phrase => {
  if (node.expects) return node.expects;
  if (node.enum) return [`one of ${node.enum.join(', ')}`, ` ${node.enum.join('、')} 之一`];
  if ('const' in node) return [`'${node.const}'`, `'${node.const}'`];
  if (node.anyOf && !node.type) {
    const [first, second] = node.anyOf.map(expected) as [Phrase, Phrase];
    return [`${first[0]} or ${second[0]}`, `${first[1]}或${second[1]}`];
  }
  if (node.type === 'array') {
    const item = expected(node.items!)[0];
    const items = PLURALS[item] ?? `items, each ${item}`;
    return node.minItems !== undefined
      ? [`an array of ${items} (at least ${node.minItems})`, `至少 ${node.minItems} 项的数组`]
      : [`an array of ${items}`, '数组'];
  }
  const [en, zh] = PHRASES[node.type!]!;
  if (node.minimum !== undefined && node.minimum === node.maximum) return [String(node.minimum), String(node.minimum)];
  // ±LARGEST goes without saying, until a figure passes it (see check).
  const min = node.minimum !== undefined && node.minimum !== -LARGEST ? node.minimum : undefined;
  const max = node.maximum !== undefined && node.maximum !== LARGEST ? node.maximum : undefined;
  // Both bounds as a range: "a whole number from 0 to 6", 0 到 6 之间的整数.
  if (min !== undefined && max !== undefined) return [`${en} from ${min} to ${max}`, ` ${min} 到 ${max} 之间的${zh}`];
  const bound = min !== undefined ? `≥ ${min}` : max !== undefined ? `≤ ${max}` : '';
  return [bound ? `${en} ${bound}` : en, bound ? `${zh}（${bound}）` : zh];
};

const describe = (value: unknown): Phrase => {
  if (value === undefined) return ['nothing', '空'];
  if (typeof value === 'string') {
    const shown = `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    return [shown, shown];
  }
  const type = jsonTypeOf(value);
  return type === 'array' ? ['an array', '数组'] : type === 'object' ? PHRASES.object! : [String(value), String(value)];
};

/**
 * Whether date `later` comes before date `earlier`, on the parts both give:
 * 2024-03 is not before 2024-03-31 (a period may end with the month of its
 * start day). Both are zero-padded, so strings compare as dates do.
 */
export const comesBefore = (later: string, earlier: string): boolean => {
  const length = Math.min(later.length, earlier.length);
  return later.slice(0, length) < earlier.slice(0, length);
};

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * The value of `list` a string outside it most likely stands for: an alias
 * (亿元, 同比, 近), another spelling (`YoY`, `more than`) or a slip (`nealry`).
 */
const meantValue = (list: Node, text: string): string | undefined => {
  const spelled = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  // Own keys only: 'constructor' is no alias.
  const alias = list.aliases && Object.hasOwn(list.aliases, text.trim()) ? list.aliases[text.trim()] : undefined;
  return alias ?? list.enum!.find((value) => value === spelled) ?? slipOf(spelled, list.enum!);
};

/**
 * What to write for a figure given as printed text (`"近30"`, `"23.6亿元"`, a change `"+12.4%"`): its
 * number, and each word as the value of the field whose list has it (`"qualifier": "nearly"`), or
 * undefined where a word is no value of any. `fields`: the fields beside it; `siblingKind`: the `kind` given beside it.
 */
const writtenAs = (given: string, key: string, field: Node, fields: Record<string, Node>, siblingKind?: unknown): string | undefined => {
  // Full-width digits and ％ as typed in Chinese (１２.４％); digits grouped by threes only (1,200, not 1,5).
  const text = given.normalize('NFKC').trim();
  const figure = text.length <= 40 ? /^([^\d\s]*?)\s*([+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(\D*)$/.exec(text) : null;
  // A change is an object told apart by kind: its own fields hold the words (%, 倍, 同比, 近).
  const kind = field.oneOf && field.properties?.kind;
  if (!figure || !(kind || accepts(field, 'number'))) return undefined;
  // A figure's words name its unit and qualifier; another number (a plan's completion) takes none, nor a
  // change's own value a unit (an absolute change's, which would read 增加3.2% for a rise of 3.2 points).
  // A plan's value is an amount as a figure's is (80% is "unit": "percent"); a percent change's and a growth target's
  // are percents already (not an absolute change's, in the figure's unit: 增加3.2% of 亿元 is no 3.2亿元).
  const inKindTerms = !kind && (key === 'value' || key === 'gap') && ['percent', 'points', 'growth'].includes(siblingKind as string);
  const around = kind ? { ...field.oneOf![0]!.properties, kind } : (key === 'value' && (!fields.kind || fields.completion)) || key === 'count' ? fields : {};
  const words: (readonly [string, string, string | number])[] = Object.entries(around).flatMap(([name, candidate]) => {
    const list = candidate.enum ? candidate : candidate.anyOf?.find((branch) => branch.enum);
    return list && name !== key ? [...list.enum!, ...Object.keys(list.aliases ?? {})].map((word) => [word, name, list.aliases?.[word] ?? word] as const) : [];
  });
  // A change's verb gives its sign (同比下降3.2%: -3.2).
  if (kind) for (const [verbs, sign] of [[['增长', '增加', '提高', '上升', 'up'], 1], [['下降', '减少', '降低', 'down'], -1]] as const) words.push(...verbs.map((verb) => [verb, ' sign', sign] as const));
  const said: Record<string, string | number> = {};
  // There a % is the sign of the kind already given ("value": "15.7%" beside "kind": "percent"): the number alone is meant.
  for (let rest = figure[1]! + (inKindTerms ? figure[3]!.replace(/^%/, '') : figure[3]!); (rest = rest.trim()); ) {
    // The longest word first: 万人次 before 人次.
    const found = words.filter(([word]) => rest.startsWith(word)).sort((a, b) => b[0].length - a[0].length)[0];
    if (!found || (found[1] in said && said[found[1]] !== found[2])) return undefined;
    said[found[1]] = found[2];
    rest = rest.slice(found[0].length);
  }
  const { ' sign': sign, ...named } = said;
  // 增长2.3倍 is a rise of 230%, not 2.3 times: too easily mistaken to suggest either.
  if (kind && (!named.kind || (named.kind === 'multiple' && sign !== undefined))) return undefined;
  const digits = figure[2]!.replace(/,/g, '').replace('−', '-');
  const printed = Number(digits);
  // A verb with a signed figure (增长-3.2%, in bulletins a fall) is too easily read either way.
  if (sign !== undefined && /^[+-]/.test(digits)) return undefined;
  const number = sign === undefined ? printed : printed * (sign as number);
  // Trailing zeros as printed (增长5.0%, 60.30亿元), which a JSON number drops.
  const zeros = /\.\d*0$/.test(digits) ? { decimals: digits.split('.')[1]!.length } : {};
  const written = kind ? { kind: named.kind, value: number, ...zeros, ...named } : { [key]: number, ...(key === 'value' && zeros), ...named };
  // Only what this schema takes: no −120% fall of an amount, no 2.5 projects.
  const scratch: ValidationIssue[] = [];
  check(kind ? field : { type: 'object', properties: { ...fields } }, kind ? written : { ...written }, '', scratch);
  if (scratch.length) return undefined;
  const json = JSON.stringify(written).replace(/,"/g, ', "').replace(/":/g, '": ');
  return kind ? `{ ${json.slice(1, -1)} }` : json.slice(1, -1);
};

const check = (node: Node, value: unknown, path: string, issues: ValidationIssue[]): void => {
  const issue = (message: string, messageZh: string, at = path) => issues.push({ path: at, message, messageZh });
  const fail = () => {
    const [en, zh] = expected(node);
    const [gotEn, gotZh] = describe(value);
    const list = node.enum ? node : node.anyOf?.find((branch) => branch.enum);
    const meant = list && typeof value === 'string' ? meantValue(list, value) : undefined;
    issue(`expected ${en}; got ${gotEn}${meant ? `; did you mean '${meant}'?` : ''}`, `应为${zh}，实际为${gotZh}${meant ? `，是否应为 '${meant}'？` : ''}`);
  };
  const type = jsonTypeOf(value);
  if (node.anyOf && !node.type) {
    const branch = node.anyOf.find((candidate) => accepts(candidate, type));
    // A string outside a list names the other way too: "one of cny, 10k-cny, … or { zh, en }; got '个'".
    if (branch?.enum && typeof value === 'string' && !branch.enum.includes(value)) return fail();
    return branch ? check(branch, value, path, issues) : fail();
  }
  if (!accepts(node, type)) return fail();
  if (type === 'string') {
    const text = value as string;
    if (
      (node.enum && !node.enum.includes(text)) ||
      ('const' in node && text !== node.const) ||
      (node.pattern && !patternOf(node.pattern).test(text))
    ) {
      fail();
    }
  } else if (type === 'number') {
    const n = value as number;
    if (!Number.isFinite(n) || (node.type === 'integer' && !Number.isInteger(n))) {
      fail();
    } else if (n < (node.minimum ?? -Infinity) || n > (node.maximum ?? Infinity)) {
      // `expected` leaves ±LARGEST unsaid: a figure past it is told why.
      const pastLargest = n > LARGEST ? node.maximum === LARGEST : n < -LARGEST && node.minimum === -LARGEST;
      if (!pastLargest) return fail();
      issue(
        `expected a figure between -10^15 and 10^15 (a larger one cannot keep every digit); got ${n}`,
        `应为 -10^15 至 10^15 之间的数（更大的数无法保留每一位），实际为 ${n}`,
      );
    }
  } else if (type === 'array') {
    const items = value as unknown[];
    if (node.minItems !== undefined && items.length < node.minItems) {
      issue(`expected at least ${node.minItems} ${node.minItems === 1 ? 'item' : 'items'}; got ${items.length}`, `应至少有 ${node.minItems} 项，实际为 ${items.length} 项`);
    }
    // A plain loop: forEach would skip the holes of a sparse array built in code.
    for (let index = 0; index < items.length; index++) {
      const count = issues.length;
      check(node.items!, items[index], join(path, index), issues);
      // Said with the item's id too, which a person finds in a long list sooner than a position (an inner list's first).
      const id = (items[index] as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id) for (const found of issues.slice(count)) found.id ??= id;
    }
  } else if (type === 'object') {
    const record = value as Record<string, unknown>;
    const before = issues.length;
    // The fields that have a problem of their own: a malformed date is not also compared with another.
    const faulty = new Set<string>();
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const count = issues.length;
      if (record[key] !== undefined) check(field, record[key], join(path, key), issues);
      else if (node.required?.includes(key)) {
        issues.push(missingIssue(join(path, key), expected(field)));
      }
      if (issues.length > count) {
        faulty.add(key);
        const suggestion = typeof record[key] === 'string' ? writtenAs(record[key], key, field, node.properties!, record.kind) : undefined;
        if (suggestion) {
          issues[count]!.message += `; write ${suggestion}`;
          issues[count]!.messageZh += `，应写作 ${suggestion}`;
        }
      }
    }
    // Unknown fields are tolerated (a newer version's), but not one that looks like a slip of a known
    // one ("qualifer") or another name for one that is absent (`cn` for `zh`): its figure would vanish
    // without a word. A tagged union's variant checks its own.
    if (!node.oneOf) {
      const known = Object.keys(node.properties ?? {});
      for (const key of Object.keys(record)) {
        const spelled = key.toLowerCase().replace(/_/g, '-');
        // Own keys only: a field named 'constructor' is no other name. A language tag is its language (zh-CN).
        const language = /^(zh|en)-/.exec(spelled)?.[1];
        const renamed = node.renamed && (Object.hasOwn(node.renamed, spelled) ? node.renamed[spelled] : language && known.includes(language) ? language : undefined);
        const meant = known.includes(key) ? undefined : renamed ? (record[renamed] === undefined ? renamed : undefined) : slipOf(key, known);
        if (meant) issue(`not a field of this format; did you mean '${meant}'?`, `不是文档格式中的字段，是否应为 '${meant}'？`, join(path, key));
      }
    }
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const sibling = field.notBefore;
      const [given, earlier] = [record[key], sibling && record[sibling]];
      if (
        sibling &&
        typeof given === 'string' &&
        typeof earlier === 'string' &&
        !faulty.has(key) &&
        !faulty.has(sibling) &&
        comesBefore(given, earlier)
      ) {
        issue(`expected a date not before ${sibling} (${earlier}); got '${given}'`, `应为不早于 ${sibling}（${earlier}）的日期，实际为'${given}'`, join(path, key));
      }
    }
    const whole = node.wholeWithout;
    // Its figures: the value, and last year's where a holiday's amount prints it.
    const fraction = (key: string) => typeof record[key] === 'number' && !Number.isInteger(record[key]) && !faulty.has(key);
    if (whole && record[whole.field] === undefined && (fraction('value') || fraction('previous'))) {
      issues.push(missingIssue(join(path, whole.field), whole.expects));
    }
    if (node.anyOf) {
      const keys = node.anyOf.map((branch) => branch.required![0]!);
      if (!keys.some((key) => record[key] !== undefined)) {
        issue(`expected at least one of ${keys.join(', ')}`, `至少应有 ${keys.join('、')} 之一`);
      }
    }
    // Told apart by `kind` (checked above): the matching variant checks the rest.
    if (node.oneOf && issues.length === before) {
      check(node.oneOf.find((variant) => variant.properties!.kind!.const === record.kind)!, value, path, issues);
    }
  }
};

/** A field that is absent where it is needed: what to write there, in both languages. */
export const missingIssue = (path: string, [en, zh]: Phrase): ValidationIssue => ({ path, message: `missing; expected ${en}`, messageZh: `缺少此项，应为${zh}` });

/** Checks `value` against `schema`, collecting every problem. */
export const validate = <T>(schema: Schema<T>, value: unknown): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  check(schema, value, '', issues);
  return issues;
};

// The published JSON Schema.

/**
 * The schema as standard JSON Schema: this library's own keywords dropped,
 * named parts moved to `defs` and referenced with `$ref`.
 */
export const toJsonSchema = (
  { $name, expects: _expects, optional: _optional, notBefore: _notBefore, aliases: _aliases, renamed: _renamed, wholeWithout: _whole, ...keywords }: Node,
  defs: Record<string, JsonSchema>,
): JsonSchema => {
  if ($name) {
    if (!($name in defs)) {
      defs[$name] = {};
      defs[$name] = toJsonSchema(keywords, defs);
    }
    return { $ref: `#/$defs/${$name}` };
  }
  const json: JsonSchema = { ...keywords };
  if (keywords.properties) {
    json.properties = Object.fromEntries(Object.entries(keywords.properties).map(([key, field]) => [key, toJsonSchema(field, defs)]));
  }
  if (keywords.items) json.items = toJsonSchema(keywords.items, defs);
  if (keywords.anyOf) json.anyOf = keywords.anyOf.map((branch) => toJsonSchema(branch, defs));
  if (keywords.oneOf) json.oneOf = keywords.oneOf.map((branch) => toJsonSchema(branch, defs));
  if (keywords.enum) json.enum = [...keywords.enum];
  return json;
};
