/** How many edits (insert, delete, replace, or swap two neighbours) turn `a` into `b`. */
export const editDistance = (a: string, b: string): number => {
  // rows[i][j]: the distance between the first i letters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
};

/**
 * The attribute among `known` that `name` is most likely a slip of
 * (`indicater` → `indicator`, `scr` → `src`), or undefined: a known
 * attribute, a page's own (`data-*`, `aria-*`, a framework's `v-if` or
 * `:value`), or one too unlike any (the same first letter, then two edits at
 * most, one in a name shorter than five letters). No global attribute (`dir`, `slot`, `title`…) is that
 * like any of the elements' own: a test keeps it so, rather than a list here.
 */
export const meantAttribute = (name: string, known: readonly string[]): string | undefined => {
  if (known.includes(name) || /^(data-|aria-|on)|[^a-z-]/.test(name)) return undefined;
  let meant: string | undefined;
  let fewest = name.length >= 5 ? 3 : 2;
  // Slips rarely hit the first letter, and other words often differ there only (loading, heading).
  for (const candidate of known.filter((known) => known[0] === name[0])) {
    const edits = editDistance(name, candidate);
    if (edits < fewest) [meant, fewest] = [candidate, edits];
  }
  return meant;
};
