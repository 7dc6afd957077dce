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

/** Parses JSON text, turning a syntax error into a `parse` LoadError that names the source. */
export const parseJson = (text: string, where: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new LoadError('parse', [
      { path: where, message: `not valid JSON: ${reason}`, messageZh: `不是有效的 JSON：${reason}` },
    ]);
  }
};
