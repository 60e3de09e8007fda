import { NORWAY } from '../../src/jurisdictions/index.js';
import { periodMinimum } from '../../src/rules/minimum-pay.js';

export { NORWAY };

/** The day-weighted minimum (øre per hour) for a sector and category over a period. */
export function periodMinimumForTest(sector: string, category: string, from: string, to: string): number | undefined {
  return periodMinimum(
    NORWAY.minimumWages.filter((r) => r.sector === sector && r.category === category),
    from,
    to,
  )?.hourlyMinor;
}
