import { slipOf } from '../schema/slip.js';

/**
 * The attribute among `known` that `name` is most likely a slip of
 * (`indicater` → `indicator`, `scr` → `src`; see `slipOf`), or undefined: a
 * known attribute, a page's own (`data-*`, `aria-*`, a framework's `v-if` or
 * `:value`), or one too unlike any. No global attribute (`dir`, `slot`,
 * `title`…) is that like any of the elements' own: a test keeps it so, rather
 * than a list here.
 */
export const meantAttribute = (name: string, known: readonly string[]): string | undefined =>
  known.includes(name) || /^(data-|aria-|on)|[^a-z-]/.test(name) ? undefined : slipOf(name, known);
