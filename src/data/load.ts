import { validateDocument, type ScorecardDocument } from '../schema/document.js';
import type { ValidationIssue } from '../schema/dsl.js';
import { LoadError, parseJson } from './errors.js';
import { fetchJson } from './fetch.js';

/** Where an element's document comes from, in order of precedence. */
export interface DocumentInputs {
  /** The `data` property: a document, an array of documents, or JSON text. */
  data?: unknown;
  /** The text of an inline `<script type="application/json">` child. */
  inline?: string | null | undefined;
  /** The `src` attribute: one URL, or several separated by spaces. */
  src?: string | null | undefined;
}

/** Validates a document; `at` places each issue's path (under the document's index in a list, or its URL). */
const check = (value: unknown, at: (path: string) => string = (path) => path): ScorecardDocument => {
  const result = validateDocument(value);
  if (result.ok) return result.document;
  throw new LoadError(
    'validation',
    result.issues.map((issue): ValidationIssue => ({ ...issue, path: at(issue.path) })),
  );
};

/** Validates one document or a list of them; paths in a list start with `[i]`. `where` names the input. */
const checkAll = (value: unknown, where: string): ScorecardDocument[] => {
  if (!Array.isArray(value)) return [check(value)];
  if (value.length === 0) {
    throw new LoadError('validation', [{ path: where, message: 'expected a document or a list of documents; got an empty list', messageZh: '应为文档或文档列表，实际为空列表' }]);
  }
  return value.map((item, index) => check(item, (path) => (path ? `[${index}].${path}` : `[${index}]`)));
};

/** Where inline JSON is, as an error's path names it. */
export const INLINE = '<script type="application/json">';

/** The URLs of a `src` attribute: one, or several separated by spaces. */
export const sourceUrls = (src: string | null | undefined): string[] => (src ?? '').split(/\s+/).filter(Boolean);

/** The one input that counts, by precedence: `data`, then inline JSON, then `src`. */
export const winningInput = ({ data, inline, src }: DocumentInputs): DocumentInputs =>
  data !== undefined && data !== null
    ? { data }
    : inline?.trim() || (typeof inline === 'string' && !src?.trim())
      ? { inline }
      : { src };

/** True when the inputs name a document at all (an empty inline script does: it is reported as empty). */
export const hasInput = (inputs: DocumentInputs): boolean => {
  const { data, inline, src } = winningInput(inputs);
  return data !== undefined || inline !== undefined || !!src?.trim();
};

/**
 * Resolves the inputs to validated documents. Rejects with a LoadError
 * (network, parse or validation) or, when `signal` aborts, with its reason.
 */
export const loadDocuments = async (inputs: DocumentInputs, signal: AbortSignal): Promise<ScorecardDocument[]> => {
  const { data, inline, src } = winningInput(inputs);
  if (data !== undefined) return checkAll(typeof data === 'string' ? parseJson(data, 'data') : data, 'data');
  if (inline !== undefined) return checkAll(parseJson(inline!, INLINE), INLINE);
  const urls = sourceUrls(src);
  const documents = await Promise.all(urls.map((url) => fetchJson(url, signal)));
  signal.throwIfAborted();
  const errors: ValidationIssue[] = [];
  const checked = documents.map((document, index) => {
    try {
      const url = urls[index]!;
      return check(document, urls.length > 1 ? (path) => (path ? `${url}: ${path}` : url) : undefined);
    } catch (error) {
      errors.push(...(error as LoadError).errors);
      return undefined;
    }
  });
  if (errors.length > 0) throw new LoadError('validation', errors);
  return checked as ScorecardDocument[];
};
