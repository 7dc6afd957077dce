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
 * The name among `known` that `name` (not one of them) is most likely a slip
 * of, or undefined: one with the same first letter (slips rarely hit it, and
 * other words often differ there only: loading, heading) and at most two edits
 * away, one in a name shorter than five letters.
 */
export const slipOf = (name: string, known: readonly string[]): string | undefined => {
  let meant: string | undefined;
  let fewest = name.length >= 5 ? 3 : 2;
  for (const candidate of known) {
    if (candidate[0] !== name[0]) continue;
    const edits = editDistance(name, candidate);
    if (edits < fewest) [meant, fewest] = [candidate, edits];
  }
  return meant;
};
