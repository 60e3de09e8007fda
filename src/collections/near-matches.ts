/** @summary Edit distance (Levenshtein) of two strings, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * @summary The known names closest to an unknown one (at most three): within a third of its length
 * (at least 2 edits), or one starting with it, or (for names of four letters or more) one it
 * starts or ends with (`gross_pay` → `gross`).
 * @example
 * nearMatches('gross_pay', ['gross', 'net']) //=> ['gross']
 */
export function nearMatches(
  name: string,
  known: readonly string[],
  normalise: (text: string) => string = (text) => text,
): string[] {
  const wanted = normalise(name);
  return known
    .map((candidate) => ({ candidate, key: normalise(candidate) }))
    .map(({ candidate, key }) => ({ candidate, key, d: editDistance(wanted, key) }))
    .filter(
      ({ key, d }) =>
        d <= Math.max(2, Math.floor(wanted.length / 3)) ||
        (wanted.length >= 4 && key.startsWith(wanted)) ||
        (key.length >= 4 && (wanted.startsWith(key) || wanted.endsWith(key))),
    )
    .sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}
