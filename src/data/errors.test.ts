import { expect } from '@open-wc/testing';
import { LoadError, parseJson } from './errors.js';

/** The one problem `parseJson` reports for `text`: [English, Chinese]. */
const problem = (text: string, options?: { decoded?: boolean }): [string, string] => {
  try {
    parseJson(text, 'data.json', options);
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    const [issue] = (error as LoadError).errors;
    expect(issue!.path).to.equal('data.json');
    return [issue!.message, issue!.messageZh];
  }
  throw new Error(`parsed: ${text}`);
};

describe('parseJson', () => {
  it('reads valid JSON as JSON.parse does', () => {
    const text = '{ "a": [1, -2.5e3, "x\\"y\\u00e9", true, null, {}], "b": { "c": [] } }';
    expect(parseJson(text, 'data.json')).to.deep.equal(JSON.parse(text));
  });

  it('reads a document that starts with a byte-order mark, as a fetch does (an editor on Windows saves one)', () => {
    expect(parseJson('\uFEFF{ "a": 1 }', 'data.json')).to.deep.equal({ a: 1 });
    // Its place is counted without it, as an editor shows the line.
    expect(problem('\uFEFF{ "a"： 1 }')[1]).to.equal("不是有效的 JSON：第1行第6列有误：使用了全角符号 '：'，JSON 中应为半角 ':'");
  });

  it('refuses a fetched file saved as GBK or UTF-16, whose bytes read as UTF-8 give U+FFFD or NUL, saying where', () => {
    // GBK's Chinese, in a string: valid JSON, its labels garbled.
    const gbk = '{\n  "label": { "zh": "\uFFFD\uFFFD\uFFFD\uFFFD", "en": "GDP" }\n}';
    expect(problem(gbk, { decoded: true })).to.deep.equal([
      'is not saved as UTF-8 (GBK or UTF-16?): save it as UTF-8 (line 2 column 21)',
      '不是 UTF-8 编码（可能是 GBK 或 UTF-16）：第2行第21列无法读取，请另存为 UTF-8',
    ]);
    // UTF-16 ("Unicode" in Notepad), with its byte-order mark and without: no NUL or U+FFFD in the message.
    const utf16 = '{"version": 1}'.replace(/./g, (char) => `${char}\0`);
    expect(problem(`\uFFFD\uFFFD${utf16}`, { decoded: true })[1]).to.equal('不是 UTF-8 编码（可能是 GBK 或 UTF-16）：第1行第1列无法读取，请另存为 UTF-8');
    const [en, zh] = problem(utf16, { decoded: true });
    expect(en).to.equal('is not saved as UTF-8 (GBK or UTF-16?): save it as UTF-8 (line 1 column 2)');
    expect(`${en}${zh}`).to.not.match(/[\0\uFFFD]/);
    // Text that was never bytes (a string given as data) is what it is.
    expect(parseJson('{ "a": "\uFFFD" }', 'data')).to.deep.equal({ a: '\uFFFD' });
  });

  it('names a comma with nothing after it, and where the comma is, in both languages (the browser names neither)', () => {
    expect(problem('{ "a": [1, 2, ], "b": 1 }')).to.deep.equal([
      "not valid JSON: a comma before ']' with nothing after it (line 1 column 13)",
      "不是有效的 JSON：第1行第13列有误：']' 前多了一个逗号",
    ]);
    // On the line of the last field, not of the brace the scanner stopped at.
    expect(problem('{\n  "a": 1,\n  "b": 2,\n}')[1]).to.equal("不是有效的 JSON：第3行第9列有误：'}' 前多了一个逗号");
  });

  it('names Chinese punctuation, HTML-escaped quotes and single quotes, the slips of a hand-written document', () => {
    expect(problem('{ "a"： 1 }')).to.deep.equal([
      "not valid JSON: a full-width '：' (Chinese punctuation) where JSON needs ':' (line 1 column 6)",
      "不是有效的 JSON：第1行第6列有误：使用了全角符号 '：'，JSON 中应为半角 ':'",
    ]);
    expect(problem('{ "a": 1， "b": 2 }')[1]).to.equal("不是有效的 JSON：第1行第9列有误：使用了全角符号 '，'，JSON 中应为半角 ','");
    expect(problem('{&quot;version&quot;: 1}')[0]).to.equal(
      'not valid JSON: the quotes are written as &quot; (escaped as HTML by an editor): write plain " quotes (line 1 column 2)',
    );
    expect(problem("{ 'version': 1 }")[1]).to.equal("不是有效的 JSON：第1行第3列有误：JSON 须用双引号（\"），不能用单引号（'）");
  });

  it('names comments, NaN and Infinity, full-width digits and a % after a number: what JavaScript, a spreadsheet or a Chinese keyboard write', () => {
    expect(problem('{\n  // Kazuo, first quarter\n  "version": 1\n}')).to.deep.equal([
      'not valid JSON: JSON cannot hold comments: remove them (line 2 column 3)',
      '不是有效的 JSON：第2行第3列有误：JSON 中不能有注释：请删除',
    ]);
    expect(problem('{ "version": 1 /* draft */ }')[1]).to.equal('不是有效的 JSON：第1行第16列有误：JSON 中不能有注释：请删除');
    expect(problem('{ "value": NaN }')).to.deep.equal([
      'not valid JSON: NaN is not a JSON number: write null where there is no figure (line 1 column 12)',
      '不是有效的 JSON：第1行第12列有误：NaN 不是 JSON 数字：没有数值处请写 null',
    ]);
    expect(problem('{ "value": -Infinity }')[0]).to.equal('not valid JSON: -Infinity is not a JSON number: write null where there is no figure (line 1 column 12)');
    expect(problem('{ "value": １０.７ }')).to.deep.equal([
      "not valid JSON: a full-width digit '１' where JSON needs '1' (line 1 column 12)",
      "不是有效的 JSON：第1行第12列有误：使用了全角数字 '１'，JSON 中应为半角 '1'",
    ]);
    expect(problem('{ "value": 1０ }')[1]).to.equal("不是有效的 JSON：第1行第13列有误：使用了全角数字 '０'，JSON 中应为半角 '0'");
    expect(problem('{ "change": { "kind": "percent", "value": 15.7% } }')).to.deep.equal([
      'not valid JSON: JSON numbers carry no %: write 15.7, and the % as "unit": "percent", or a change\'s "kind": "percent" (line 1 column 47)',
      '不是有效的 JSON：第1行第47列有误：JSON 数字不能带 %：请写 15.7，百分号用 "unit": "percent" 表示，增速用 "kind": "percent"',
    ]);
    // In a string, each is text.
    expect(parseJson('{ "a": "// NaN １０ 15.7%" }', 'data.json')).to.deep.equal({ a: '// NaN １０ 15.7%' });
  });

  it('names the spaces and markup a rich-text editor leaves in JSON pasted into it', () => {
    expect(problem('{ "version":\u00a01 }')).to.deep.equal([
      'not valid JSON: a no-break space (U+00A0), which JSON does not take as a space: type a plain space (line 1 column 13)',
      '不是有效的 JSON：第1行第13列有误：使用了不间断空格（U+00A0），JSON 不接受：请改为半角空格',
    ]);
    expect(problem('{\u3000"version": 1 }')[1]).to.equal('不是有效的 JSON：第1行第2列有误：使用了全角空格（U+3000），JSON 不接受：请改为半角空格');
    expect(problem('{ "version": 1,<br>\n"id": "a" }')).to.deep.equal([
      'not valid JSON: HTML (<br>) inside the JSON, added by an editor: remove it (line 1 column 16)',
      '不是有效的 JSON：第1行第16列有误：JSON 中混入了 HTML 标记（<br>，可能由编辑器加入）：请删除',
    ]);
    // Inside a string, both are text: no fault.
    expect(parseJson('{ "a": "x\u00a0<br>y" }', 'data.json')).to.deep.equal({ a: 'x\u00a0<br>y' });
  });

  it('gives the place of any other fault, where the browser gives it too, and in Chinese the reason the browser gives in English', () => {
    // As Chrome counts: the end of a document cut short, a bare word.
    expect(problem('{ "version": 1, ')[1]).to.equal('不是有效的 JSON：第1行第17列有误：内容不完整，在此意外结束');
    expect(problem('{\n  "version": 1,\n  oops\n}')[1]).to.equal("不是有效的 JSON：第3行第3列有误：应为带双引号的字段名，实际为 'oops'");
    expect(problem('{ "a": tru }')[1]).to.equal("不是有效的 JSON：第1行第8列有误：应为一个值（数字、字符串、对象等），实际为 'tru'");
    expect(problem('{ "region": 喀左县 }')[1]).to.equal("不是有效的 JSON：第1行第13列有误：应为一个值（数字、字符串、对象等），实际为 '喀左县'");
    expect(problem('{ "a": 1 "b": 2 }')[1]).to.equal("不是有效的 JSON：第1行第10列有误：应为 ',' 或 '}'，实际为 '\"'");
    expect(problem('[1 2]')[1]).to.equal("不是有效的 JSON：第1行第4列有误：应为 ',' 或 ']'，实际为 '2'");
    expect(problem('{ "a" 1 }')[1]).to.equal("不是有效的 JSON：第1行第7列有误：应为 ':'，实际为 '1'");
    expect(problem('{ "a": 01 }')[1]).to.equal('不是有效的 JSON：第1行第9列有误：数字格式有误');
    expect(problem('{ "a": -}')[1]).to.equal('不是有效的 JSON：第1行第8列有误：数字格式有误');
    expect(problem('{ "a": "line\nbreak" }')[1]).to.equal('不是有效的 JSON：第1行第13列有误：字符串中不能直接换行，请写作 \\n');
    expect(problem('{ "a": "tab\tstop" }')[1]).to.equal('不是有效的 JSON：第1行第12列有误：字符串中不能含控制字符 U+0009');
    expect(problem('{ "path": "C:\\Users" }')[1]).to.equal('不是有效的 JSON：第1行第15列有误：无效的转义 \\U：反斜杠本身请写作 \\\\');
    expect(problem('{ "a": "\\\n" }')[1]).to.equal('不是有效的 JSON：第1行第10列有误：无效的转义：反斜杠本身请写作 \\\\');
    expect(problem('{ "a": "\\u12" }')[1]).to.equal('不是有效的 JSON：第1行第10列有误：\\u 后应为四位十六进制数');
    expect(problem('[1] [2]')[1]).to.equal("不是有效的 JSON：第1行第5列有误：JSON 文档已结束，其后多出了 '['");
    // In English, the browser's reason, and the same place once.
    const [english] = problem('{ "a": tru }');
    expect(english).to.match(/^not valid JSON: .+ \(line 1 column 8\)$/);
    expect(english.match(/line \d+ column|position/g)).to.have.length(1);
    // Once each, the reason's words: not the browser's quote of the text and its "is not valid JSON" again.
    expect(problem('# scorecard notes\n{}')[0]).to.equal("not valid JSON: unexpected token '#' (line 1 column 1)");
    // A longer document, of which the browser quotes a part ("…"... or ..."…").
    expect(problem(`# scorecard notes\n{ "id": "${'x'.repeat(60)}" }`)[0]).to.equal("not valid JSON: unexpected token '#' (line 1 column 1)");
    expect(problem(`{ "id": "${'x'.repeat(60)}", "a": # }`)[0]).to.equal("not valid JSON: unexpected token '#' (line 1 column 78)");
    for (const text of ['{"a":-}', '{"a": 1 "b": 2}', '[1] [2]', '{"a":"x\\u12"}']) {
      const [en, zh] = problem(text);
      const [, line, column] = en.match(/\(line (\d+) column (\d+)\)$/)!;
      expect(zh, text).to.contain(`第${line}行第${column}列`);
      expect(en, text).to.not.match(/position/);
    }
  });

  it('reports a document nested too deep to follow as a parse error, without a place', () => {
    const [en, zh] = problem(`${'['.repeat(100_000)}1`);
    expect(en).to.match(/^not valid JSON: /);
    expect(zh).to.equal('不是有效的 JSON');
  });
});
