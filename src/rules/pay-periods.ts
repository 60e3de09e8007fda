import { firstIndex } from '../collections/binary-search.js';

/**
 * @summary A test of whether a date falls in any of the pay periods: the periods merged once,
 * then a binary search per date, instead of a scan of every payment for every time entry.
 * @example
 * const covered = inPayPeriods(context.paymentsByWorker.get('w1') ?? [])
 * covered('2025-03-14') //=> true when a payment's period includes 14 March 2025
 */
export function inPayPeriods(
  payments: readonly { readonly periodStart: string; readonly periodEnd: string }[],
): (date: string) => boolean {
  const sorted = [...payments].sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
  const starts: string[] = [];
  const ends: string[] = [];
  for (const { periodStart, periodEnd } of sorted) {
    if (periodStart > periodEnd) continue; // covers no date
    const last = ends.length - 1;
    if (last >= 0 && periodStart <= ends[last]!) {
      if (periodEnd > ends[last]!) ends[last] = periodEnd;
    } else {
      starts.push(periodStart);
      ends.push(periodEnd);
    }
  }
  return (date) => {
    const after = firstIndex(starts.length, (i) => starts[i]! > date);
    return after > 0 && date <= ends[after - 1]!;
  };
}
