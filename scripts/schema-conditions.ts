/**
 * Kinds as conditions: the DSL's `byKind` comes out of `toJsonSchema` as a `oneOf` of
 * branches told apart by `kind: { const }`. Correct, but a validator must report why
 * every branch failed, so an editor shows six messages for one wrong `kind` and eight
 * for a text `value`. As `allOf: [{ if: kind is X, then: X's fields }]` the same rules
 * give one message each: the kind's own enum, or the field of the kind it names.
 */
import { isObject, kindOf } from './schema-descriptions.js';

type Json = Record<string, unknown>;

export const kindsAsConditions = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(kindsAsConditions);
  if (!isObject(node)) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, kindsAsConditions(value)]));
  const branches = copy.oneOf;
  if (Array.isArray(branches) && branches.every((branch) => typeof kindOf(branch) === 'string')) {
    delete copy.oneOf;
    copy.allOf = branches.map((branch: Json) => {
      // The branch's `kind` (its const, with its description) is the condition; its other fields apply when it holds.
      const { kind, ...fields } = branch.properties as Json;
      // `required` in `if`: with no kind, no branch applies (the parent says kind is missing).
      return { if: { properties: { kind }, required: ['kind'] }, then: { ...branch, properties: fields } };
    });
  }
  return copy;
};
