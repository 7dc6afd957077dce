/**
 * Documents this library froze, and which of them are known valid: internal
 * (not re-exported from the package), since `sharedCopy` vouches for its
 * argument without checking it.
 */
import type { ScorecardDocument } from './document.js';

/** Documents frozen by `freezeDocument`: valid once, valid for good. */
const frozen = new WeakSet<object>();
const knownValid = new WeakSet<object>();

/** Whether `value` passed validation before, frozen since (so it cannot have changed). */
export const isKnownValid = (value: unknown): boolean => knownValid.has(value as object);

/** Remembers that `value` passed validation, if it is frozen (a host's own object may change later). */
export const rememberIfFrozen = (value: unknown): void => {
  if (frozen.has(value as object)) knownValid.add(value as object);
};

/**
 * Freezes a document this library parsed (a fetched one, shared by every
 * element that names its URL), so that no element, and no host code handed
 * it in an event, can change it under the others. Its validation is then
 * remembered: a scorecard's cards do not check it again.
 */
export const freezeDocument = <T>(value: T): T => {
  const freeze = (node: unknown): void => {
    if (node && typeof node === 'object' && !Object.isFrozen(node)) {
      Object.freeze(node);
      for (const child of Object.values(node)) freeze(child);
    }
  };
  if (value && typeof value === 'object' && !frozen.has(value)) {
    freeze(value);
    frozen.add(value);
  }
  return value;
};

/** Frozen copies of validated documents given as data, made once each by `sharedCopy`. */
const copies = new WeakMap<object, ScorecardDocument>();

/**
 * A validated document as elements share it (a scorecard's widgets): a fetched
 * document is frozen already; one given as data (the host's own, which it may
 * change) is copied and frozen, once. Either way it is known valid, so the
 * widgets given it do not check it again, each of them.
 */
export const sharedCopy = (document: ScorecardDocument): ScorecardDocument => {
  if (frozen.has(document)) return document;
  let copy = copies.get(document);
  if (!copy) {
    // A JSON document copies as JSON where there is no structuredClone (Jest's jsdom environment).
    copy = freezeDocument(typeof structuredClone === 'function' ? structuredClone(document) : (JSON.parse(JSON.stringify(document)) as ScorecardDocument));
    knownValid.add(copy);
    copies.set(document, copy);
  }
  return copy;
};
