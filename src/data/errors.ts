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

/** Where a JSON syntax error is, from the browser's message: "line 1 column 13", or a position to count from. */
const errorAt = (reason: string, text: string): { line: number; column: number } | undefined => {
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  if (lineColumn) return { line: +lineColumn[1]!, column: +lineColumn[2]! };
  const position = /position (\d+)/.exec(reason);
  if (!position) return undefined;
  const before = text.slice(0, +position[1]!).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
};

/** Parses JSON text, turning a syntax error into a `parse` LoadError that names the source. */
export const parseJson = (text: string, where: string): unknown => {
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
  try {
    return JSON.parse(text);
  } catch (error) {
    // The browser's reason is in English only: Chinese gives the place it names instead.
    const reason = (error as Error).message;
    const at = errorAt(reason, text);
    throw new LoadError('parse', [
      {
        path: where,
        message: `not valid JSON: ${reason}`,
        messageZh: at ? `不是有效的 JSON：第${at.line}行第${at.column}列有误` : '不是有效的 JSON',
      },
    ]);
  }
};
