/**
 * @summary The first index in `0…length` at which `reached(index)` holds, for a test that is false
 * up to some index and true from there on (a sorted list asked "is this at or past the value?");
 * `length` when it never holds. O(log length).
 * @example
 * const sorted = ['2025-01-01', '2025-02-01', '2025-03-01']
 * firstIndex(sorted.length, (i) => sorted[i]! >= '2025-02-15') //=> 2
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
