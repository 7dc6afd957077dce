/**
 * A tiny schema language: one definition gives the TypeScript type (`Infer`),
 * a runtime check that reports every problem with a JSON path and a message in
 * English and Chinese, and the published JSON Schema (draft 2020-12).
 *
 * Hand-made rather than a dependency because it has to do all three with the
 * same semantics (tests prove the runtime check and a JSON Schema validator
 * agree) and stay within a few hundred bytes in the embed bundle.
 */

/** One problem found in a document. */
export interface ValidationIssue {
  /** Where, as a JSON path: `indicators[2].change.kind`; `` for the document itself. */
  path: string;
  /** What is wrong, in English. */
  message: string;
  /** What is wrong, in Chinese. */
  messageZh: string;
}

export type JsonSchema = Record<string, unknown>;
type Defs = Record<string, JsonSchema>;

/** A bilingual phrase: [English, Chinese]. */
type Phrase = readonly [string, string];

export interface Schema<T> {
  /** Phantom member carrying the inferred type; never set. */
  readonly __type?: T;
  /** What this schema expects, for messages. */
  readonly expects: Phrase;
  /** The JSON type it accepts, used to pick a union branch. */
  readonly jsonType: string;
  check(value: unknown, path: string, issues: ValidationIssue[]): void;
  toJson(defs: Defs): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

interface Optional<T> extends Schema<T> {
  readonly optional: true;
}

type Shape = Record<string, Schema<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type InferShape<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

const describe = (value: unknown): Phrase => {
  if (value === undefined) return ['nothing', '空'];
  if (value === null) return ['null', 'null'];
  if (Array.isArray(value)) return ['an array', '数组'];
  if (typeof value === 'string') {
    const shown = `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    return [shown, shown];
  }
  if (typeof value === 'object') return ['an object', '对象'];
  return [String(value), String(value)];
};

const jsonTypeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** Records "expected …; got …" at `path`. */
const fail = (issues: ValidationIssue[], path: string, expects: Phrase, got: unknown) => {
  const [gotEn, gotZh] = describe(got);
  issues.push({
    path,
    message: `expected ${expects[0]}; got ${gotEn}`,
    messageZh: `应为${expects[1]}，实际为${gotZh}`,
  });
};

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const make = <T>(
  jsonType: string,
  expects: Phrase,
  checkValue: (value: unknown, path: string, issues: ValidationIssue[]) => void,
  toJson: (defs: Defs) => JsonSchema,
): Schema<T> => ({
  expects,
  jsonType,
  check(value, path, issues) {
    if (jsonTypeOf(value) !== jsonType) {
      fail(issues, path, expects, value);
      return;
    }
    checkValue(value, path, issues);
  },
  toJson,
});

export interface StringOptions {
  /** A regular expression the whole string must match, and how to say it. */
  pattern?: RegExp;
  expects?: Phrase;
  minLength?: number;
}

export const string = (options: StringOptions = {}): Schema<string> => {
  const expects = options.expects ?? (['a string', '字符串'] as const);
  return make<string>(
    'string',
    expects,
    (value, path, issues) => {
      const text = value as string;
      if ((options.minLength !== undefined && text.length < options.minLength) || (options.pattern && !options.pattern.test(text))) {
        fail(issues, path, expects, value);
      }
    },
    () => ({
      type: 'string',
      ...(options.minLength !== undefined && { minLength: options.minLength }),
      ...(options.pattern && { pattern: options.pattern.source }),
    }),
  );
};

export interface NumberOptions {
  minimum?: number;
  maximum?: number;
  integer?: boolean;
}

export const number = (options: NumberOptions = {}): Schema<number> => {
  const { minimum, maximum, integer } = options;
  const noun: Phrase = integer ? ['a whole number', '整数'] : ['a number', '数字'];
  const range = [
    minimum !== undefined ? [` ≥ ${minimum}`, `（≥ ${minimum}）`] : ['', ''],
    maximum !== undefined ? [` ≤ ${maximum}`, `（≤ ${maximum}）`] : ['', ''],
  ];
  const expects: Phrase = [noun[0] + range[0]![0] + range[1]![0], noun[1] + range[0]![1] + range[1]![1]];
  return make<number>(
    'number',
    expects,
    (value, path, issues) => {
      const n = value as number;
      if (
        !Number.isFinite(n) ||
        (integer && !Number.isInteger(n)) ||
        (minimum !== undefined && n < minimum) ||
        (maximum !== undefined && n > maximum)
      ) {
        fail(issues, path, expects, value);
      }
    },
    () => ({
      type: integer ? 'integer' : 'number',
      ...(minimum !== undefined && { minimum }),
      ...(maximum !== undefined && { maximum }),
    }),
  );
};

export const boolean = (): Schema<boolean> =>
  make<boolean>('boolean', ['true or false', 'true 或 false'], () => {}, () => ({ type: 'boolean' }));

/** One of a fixed list of strings. */
export const oneOf = <const V extends readonly string[]>(values: V): Schema<V[number]> => {
  const list = values.join(', ');
  const expects: Phrase = [`one of ${list}`, ` ${values.join('、')} 之一`];
  return make<V[number]>(
    'string',
    expects,
    (value, path, issues) => {
      if (!values.includes(value as string)) fail(issues, path, expects, value);
    },
    () => ({ enum: [...values] }),
  );
};

/** A value that may also be `null` (meaning: not given). */
export const nullable = <T>(inner: Schema<T>): Schema<T | null> => ({
  expects: [`${inner.expects[0]} or null`, `${inner.expects[1]}或 null`],
  jsonType: inner.jsonType,
  check(value, path, issues) {
    if (value !== null) inner.check(value, path, issues);
  },
  toJson: (defs) => ({ anyOf: [inner.toJson(defs), { type: 'null' }] }),
});

export const optional = <T>(inner: Schema<T>): Optional<T> => ({ ...inner, optional: true });

export interface ObjectOptions {
  /** At least one of these keys must be present. */
  someOf?: readonly string[];
  expects?: Phrase;
}

/**
 * An object with known fields. Unknown fields are tolerated so that older
 * readers accept documents written for newer versions.
 */
export const object = <S extends Shape>(shape: S, options: ObjectOptions = {}): Schema<InferShape<S>> => {
  const keys = Object.keys(shape);
  const required = keys.filter((key) => !(shape[key] as Partial<Optional<unknown>>).optional);
  return make<InferShape<S>>(
    'object',
    options.expects ?? ['an object', '对象'],
    (value, path, issues) => {
      const record = value as Record<string, unknown>;
      for (const key of keys) {
        const field = record[key];
        if (field === undefined) {
          if (required.includes(key)) {
            const expects = shape[key]!.expects;
            issues.push({
              path: join(path, key),
              message: `missing; expected ${expects[0]}`,
              messageZh: `缺少此项，应为${expects[1]}`,
            });
          }
        } else {
          shape[key]!.check(field, join(path, key), issues);
        }
      }
      const someOf = options.someOf;
      if (someOf && !someOf.some((key) => record[key] !== undefined)) {
        issues.push({
          path,
          message: `expected at least one of ${someOf.join(', ')}`,
          messageZh: `至少应有 ${someOf.join('、')} 之一`,
        });
      }
    },
    (defs) => ({
      type: 'object',
      properties: Object.fromEntries(keys.map((key) => [key, shape[key]!.toJson(defs)])),
      ...(required.length > 0 && { required }),
      ...(options.someOf && { anyOf: options.someOf.map((key) => ({ required: [key] })) }),
    }),
  );
};

export interface ArrayOptions {
  minItems?: number;
}

export const array = <T>(item: Schema<T>, options: ArrayOptions = {}): Schema<T[]> => {
  const { minItems } = options;
  const expects: Phrase =
    minItems !== undefined
      ? [`an array of at least ${minItems} ${item.expects[0]}`, `至少 ${minItems} 项的数组`]
      : [`an array of ${item.expects[0]}`, `数组`];
  return make<T[]>(
    'array',
    expects,
    (value, path, issues) => {
      const items = value as unknown[];
      if (minItems !== undefined && items.length < minItems) {
        issues.push({
          path,
          message: `expected at least ${minItems} item(s); got ${items.length}`,
          messageZh: `应至少有 ${minItems} 项，实际为 ${items.length} 项`,
        });
      }
      // A plain loop: forEach would skip the holes of a sparse array built in code.
      for (let index = 0; index < items.length; index++) item.check(items[index], join(path, index), issues);
    },
    (defs) => ({ type: 'array', items: item.toJson(defs), ...(minItems !== undefined && { minItems }) }),
  );
};

/**
 * Either of several schemas of different JSON types (a string or an object, say).
 * The value's JSON type picks the branch, so the messages speak of that branch.
 */
export const either = <A, B>(first: Schema<A>, second: Schema<B>): Schema<A | B> => {
  const branches = [first, second] as Schema<unknown>[];
  const expects: Phrase = [`${first.expects[0]} or ${second.expects[0]}`, `${first.expects[1]}或${second.expects[1]}`];
  return {
    expects,
    jsonType: 'mixed',
    check(value, path, issues) {
      const branch = branches.find((candidate) => candidate.jsonType === jsonTypeOf(value));
      if (branch) branch.check(value, path, issues);
      else fail(issues, path, expects, value);
    },
    toJson: (defs) => ({ anyOf: branches.map((branch) => branch.toJson(defs)) }),
  };
};

/**
 * Objects told apart by a `kind` field, each kind with its own fields.
 */
export const byKind = <M extends Record<string, Schema<object>>>(
  variants: M,
  expects: Phrase,
): Schema<{ [K in keyof M]: Infer<M[K]> & { kind: K } }[keyof M]> => {
  const kinds = Object.keys(variants);
  const kind = oneOf(kinds);
  return make(
    'object',
    expects,
    (value, path, issues) => {
      const record = value as { kind?: unknown };
      const before = issues.length;
      if (record.kind === undefined) {
        issues.push({
          path: join(path, 'kind'),
          message: `missing; expected ${kind.expects[0]}`,
          messageZh: `缺少此项，应为${kind.expects[1]}`,
        });
      } else kind.check(record.kind, join(path, 'kind'), issues);
      if (issues.length === before) variants[record.kind as string]!.check(value, path, issues);
    },
    (defs) => ({
      type: 'object',
      required: ['kind'],
      properties: { kind: kind.toJson(defs) },
      oneOf: kinds.map((name) => {
        const branch = variants[name]!.toJson(defs);
        return { ...branch, properties: { kind: { const: name }, ...(branch.properties as object) } };
      }),
    }),
  );
};

/** Names a schema so the JSON Schema shares it under `$defs` and `$ref`s it. */
export const named = <T>(name: string, inner: Schema<T>): Schema<T> => ({
  ...inner,
  toJson(defs) {
    if (!(name in defs)) {
      defs[name] = {};
      defs[name] = inner.toJson(defs);
    }
    return { $ref: `#/$defs/${name}` };
  },
});

/** Checks `value` against `schema`, collecting every problem. */
export const validate = <T>(schema: Schema<T>, value: unknown): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  schema.check(value, '', issues);
  return issues;
};
