import type { ValidationIssue } from '../schema/dsl.js';

export type ErrorKind = 'network' | 'parse' | 'validation';

/** The detail of an `sc-error` event. */
export interface ScErrorDetail {
  kind: ErrorKind;
  /** Each problem: where (a JSON path, or the URL for network errors) and what, in English and Chinese. */
  errors: ValidationIssue[];
  /**
   * Set when the document is valid but has nothing for this element (no
   * pipelines for a funnel): shown as a calm note, not an alarm. A host page
   * may hide the widget then.
   */
  empty?: true;
}

/** Why a document could not be shown. Thrown only inside the loader; elements render it. */
export class LoadError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly errors: ValidationIssue[],
  ) {
    super(errors.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  }

  get detail(): ScErrorDetail {
    return { kind: this.kind, errors: this.errors };
  }
}

/** What JSON needed where a document stops being JSON: a key, a value, a comma or the close of a list, the document's end... */
type Expected = 'value' | 'name' | ':' | ',}' | ',]' | 'end' | 'number' | 'character' | 'escape';

/**
 * Where `text` stops being JSON, and what was expected there. Browsers' messages differ, and
 * Chrome's names no place for the commonest slip, a comma before ] or }.
 * Undefined for a document nested too deep to follow.
 */
const faultIn = (text: string): { at: number; expected: Expected } | undefined => {
  let at = 0;
  const space = () => {
    while (' \t\n\r'.includes(text[at] || '.')) at++;
  };
  const expect = (ok: boolean, expected: Expected) => {
    if (!ok) throw { at, expected };
  };
  const string = () => {
    for (at++; text[at] !== '"'; at++) {
      expect(text[at]! >= ' ', 'character');
      if (text[at] === '\\') expect(/^(["\\/bfnrt]|u[\da-fA-F]{4})/.test(text.slice(++at)), 'escape');
    }
    at++;
  };
  const value = (): void => {
    space();
    const open = text[at];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      at++;
      space();
      if (text[at] === close) return void at++;
      for (;;) {
        if (open === '{') {
          space();
          expect(text[at] === '"', 'name');
          string();
          space();
          expect(text[at] === ':', ':');
          at++;
        }
        value();
        space();
        if (text[at] === close) return void at++;
        expect(text[at] === ',', `,${close}`);
        at++;
      }
    }
    if (open === '"') return string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at));
    expect(!!literal, open === '-' ? 'number' : 'value');
    at += literal![0].length;
    // A number gone wrong part way: 01, 1., 1e, 1.5.3.
    expect(!/^[-\d]/.test(literal![0]) || !/[-+.\deE]/.test(text[at] ?? ''), 'number');
  };
  try {
    value();
    space();
    expect(at === text.length, 'end');
  } catch (fault) {
    // Anything else is the call stack's end (a document nested thousands deep): no place then.
    return typeof (fault as { at?: unknown })?.at === 'number' ? (fault as { at: number; expected: Expected }) : undefined;
  }
  return { at: text.length, expected: 'end' };
};

/** What is at `at`, quoted as the messages quote it: a word whole ('tru'), a character unseen by its code. */
const shownAt = (text: string, at: number): string => {
  const word = /^[\p{L}_$][\p{L}\p{N}_$]*/u.exec(text.slice(at))?.[0];
  if (word) return `'${word.length > 20 ? `${word.slice(0, 20)}…` : word}'`;
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `'${char}'` : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Why the document stops being JSON at the fault, in Chinese, from what the scanner expected there: the browser gives its reason in English only. */
const reasonZh = (text: string, { at, expected }: { at: number; expected: Expected }): string => {
  if (at >= text.length) return '内容不完整，在此意外结束';
  const found = shownAt(text, at);
  switch (expected) {
    case 'character':
      return text[at] === '\n' || text[at] === '\r' ? '字符串中不能直接换行，请写作 \\n' : `字符串中不能含控制字符 ${found}`;
    case 'escape':
      if (text[at] === 'u') return '\\u 后应为四位十六进制数';
      return `无效的转义${text[at]! > ' ' ? ` \\${String.fromCodePoint(text.codePointAt(at)!)}` : ''}：反斜杠本身请写作 \\\\`;
    case 'number':
      return '数字格式有误';
    case 'name':
      return `应为带双引号的字段名，实际为 ${found}`;
    case 'value':
      return `应为一个值（数字、字符串、对象等），实际为 ${found}`;
    case 'end':
      return `JSON 文档已结束，其后多出了 ${found}`;
    default:
      return `应为 ${[...expected].map((char) => `'${char}'`).join(' 或 ')}，实际为 ${found}`;
  }
};

/** What people write in JSON that it does not take: Chinese punctuation, and its ASCII counterpart. */
const FULL_WIDTH: Record<string, string> = { '，': ',', '：': ':', '“': '"', '”': '"', '‘': '"', '’': '"', '｛': '{', '｝': '}', '［': '[', '］': ']' };

/** Spaces that look like one but that JSON does not take, [English, Chinese]: a rich-text editor's, a Chinese keyboard's. */
const SPACES: Record<string, [string, string]> = {
  '\u00a0': ['a no-break space', '不间断空格'],
  '\u3000': ['a full-width space', '全角空格'],
};

/** The likely slip at `at`, in words: [English, Chinese], where there is one to name. */
const slipAt = (text: string, at: number): [string, string] | undefined => {
  const found = text[at] ?? '';
  if ('}]'.includes(found) && found && /,\s*$/.test(text.slice(0, at))) return [`a comma before '${found}' with nothing after it`, `'${found}' 前多了一个逗号`];
  if (text.startsWith('&quot;', at) || text.startsWith('&#34;', at)) {
    return ['the quotes are written as &quot; (escaped as HTML by an editor): write plain " quotes', '引号被写成了 &quot;（被编辑器按 HTML 转义）：请改用半角引号 "'];
  }
  if (FULL_WIDTH[found]) return [`a full-width '${found}' (Chinese punctuation) where JSON needs '${FULL_WIDTH[found]}'`, `使用了全角符号 '${found}'，JSON 中应为半角 '${FULL_WIDTH[found]}'`];
  if (found === "'") return [`JSON takes double quotes ("), not single ones (')`, `JSON 须用双引号（"），不能用单引号（'）`];
  // What JavaScript, YAML or a spreadsheet's export allow and JSON does not.
  if (text.startsWith('//', at) || text.startsWith('/*', at)) return ['JSON cannot hold comments: remove them', 'JSON 中不能有注释：请删除'];
  const word = /^-?(?:NaN|Infinity)(?![\w$])/.exec(text.slice(at))?.[0];
  if (word) return [`${word} is not a JSON number: write null where there is no figure`, `${word} 不是 JSON 数字：没有数值处请写 null`];
  if (found >= '０' && found <= '９') {
    const digit = String.fromCharCode(found.charCodeAt(0) - 0xfee0);
    return [`a full-width digit '${found}' where JSON needs '${digit}'`, `使用了全角数字 '${found}'，JSON 中应为半角 '${digit}'`];
  }
  const number = found === '%' ? /(-?[\d.]+(?:[eE][+-]?\d+)?)\s*$/.exec(text.slice(0, at))?.[1] : undefined;
  if (number) {
    return [
      `JSON numbers carry no %: write ${number}, and the % as "unit": "percent", or a change's "kind": "percent"`,
      `JSON 数字不能带 %：请写 ${number}，百分号用 "unit": "percent" 表示，增速用 "kind": "percent"`,
    ];
  }
  // What a rich-text editor leaves in JSON pasted into it: spaces of its own, and markup.
  const space = SPACES[found];
  if (space) {
    const code = `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return [`${space[0]} (${code}), which JSON does not take as a space: type a plain space`, `使用了${space[1]}（${code}），JSON 不接受：请改为半角空格`];
  }
  const tag = /^<\/?[a-z][^<>]*>/i.exec(text.slice(at))?.[0];
  if (tag) return [`HTML (${tag}) inside the JSON, added by an editor: remove it`, `JSON 中混入了 HTML 标记（${tag}，可能由编辑器加入）：请删除`];
  return undefined;
};

/** The line and column of `at` in `text`, from 1, as an editor shows them. */
const placeOf = (text: string, at: number): [number, number] => {
  const before = text.slice(0, at).split('\n');
  return [before.length, before[before.length - 1]!.length + 1];
};

/**
 * Parses JSON text, turning a syntax error into a `parse` LoadError that names the source.
 * `decoded`: the text is a file's bytes read as UTF-8 (a fetch reads them so, whatever the file
 * was saved as), where U+FFFD (a byte UTF-8 has no reading for: GBK's Chinese) or NUL (UTF-16's
 * ASCII) means the file was saved in another encoding.
 */
export const parseJson = (text: string, where: string, { decoded = false } = {}): unknown => {
  // A byte-order mark, which an editor on Windows saves and a fetch drops (a script's text or a string keeps it).
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (!text.trim()) {
    throw new LoadError('parse', [{ path: where, message: 'is empty: expected a JSON document', messageZh: '内容为空，应为 JSON 文档' }]);
  }
  // A web page where JSON was expected (a wrong address served by a site's page-not-found
  // template, say): said plainly, not as the browser's "Unexpected token '<'".
  if (/^\s*</.test(text)) {
    throw new LoadError('parse', [
      { path: where, message: 'is a web page (HTML), not JSON: check the address', messageZh: '是网页（HTML），不是 JSON：请检查地址' },
    ]);
  }
  // Refused though JSON might take it: a GBK file reads as valid JSON with its Chinese garbled.
  const unread = decoded ? text.search(/[\0\uFFFD]/) : -1;
  if (unread >= 0) {
    const [line, column] = placeOf(text, unread);
    throw new LoadError('parse', [
      {
        path: where,
        message: `is not saved as UTF-8 (GBK or UTF-16?): save it as UTF-8 (line ${line} column ${column})`,
        messageZh: `不是 UTF-8 编码（可能是 GBK 或 UTF-16）：第${line}行第${column}列无法读取，请另存为 UTF-8`,
      },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // The place, and the slip where it is a common one, found here: the browser's reason is in English only, and may name neither.
    const reason = (error as Error).message;
    const fault = faultIn(text);
    if (fault === undefined) throw new LoadError('parse', [{ path: where, message: `not valid JSON: ${reason}`, messageZh: '不是有效的 JSON' }]);
    const { at } = fault;
    // A comma before } or ] is said where it is (often the line before), not where the scanner stopped.
    const comma = text[at] && '}]'.includes(text[at]!) ? /,\s*$/.exec(text.slice(0, at)) : null;
    const [line, column] = placeOf(text, comma ? comma.index : at);
    const slip = slipAt(text, at);
    // The browser's own place goes: the place said is the scanner's (a stray comma's own), the same in both languages.
    // Nor its quote of the text and its verdict, said already: "Unexpected token '#', "# notes"... is not valid JSON".
    const why =
      slip?.[0] ??
      reason
        .replace(/,? (?:in JSON )?at (?:position|line) \d.*$/, '')
        .replace(/(?:, (?:\.\.\.)?"[^]*"(?:\.\.\.)?)? is not valid JSON$/, '')
        .replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
    throw new LoadError('parse', [
      {
        path: where,
        message: `not valid JSON: ${why} (line ${line} column ${column})`,
        messageZh: `不是有效的 JSON：第${line}行第${column}列有误：${slip?.[1] ?? reasonZh(text, fault)}`,
      },
    ]);
  }
};
