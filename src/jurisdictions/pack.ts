import type { Currency, Jurisdiction, Sector } from '../model/enums.js';

/** Where a number comes from, and whether it was seen in public material (see shared/domain). */
export interface Sourced {
  readonly source: string;
  readonly verified: boolean;
}

/** Worker categories the minimum-wage regulations distinguish. */
export type WageCategory = 'skilled' | 'unskilled' | 'unskilled-experienced' | 'under-18' | 'adult' | 'harvest-help';

/** A generally applicable minimum hourly wage, in force from `validFrom` until the next one. */
export interface MinimumWageRate extends Sourced {
  readonly sector: Sector;
  readonly category: WageCategory;
  readonly validFrom: string;
  readonly hourlyMinor: number;
}

/** A statutory limit, in force from `validFrom` until the next one with the same name. */
export interface DatedLimit extends Sourced {
  readonly validFrom: string;
  readonly value: number;
}

/** Working-time limits a rule checks (hours unless named otherwise). */
export interface WorkingTimeLimits {
  readonly normalHoursPerDay?: readonly DatedLimit[];
  readonly normalHoursPerWeek?: readonly DatedLimit[];
  readonly totalHoursPerDay?: readonly DatedLimit[];
  readonly totalHoursPerWeek?: readonly DatedLimit[];
  readonly overtimePerWeek?: readonly DatedLimit[];
  readonly overtimePer4Weeks?: readonly DatedLimit[];
  readonly overtimePer52Weeks?: readonly DatedLimit[];
  readonly dailyRestHours?: readonly DatedLimit[];
  /** Minimum overtime premium, percent on top of the hourly wage. */
  readonly overtimePremiumPct?: readonly DatedLimit[];
}

/** A jurisdiction's parameters, with validity periods and sources. Pure data. */
export interface JurisdictionPack {
  readonly code: Jurisdiction;
  readonly name: string;
  readonly currency: Currency;
  /** Empty when the jurisdiction has no statutory or generally applicable minimum wage. */
  readonly minimumWages: readonly MinimumWageRate[];
  /** Why there are no minimum wages (shown in `skipped`), when `minimumWages` is empty. */
  readonly noMinimumWageReason?: string;
  readonly workingTime: WorkingTimeLimits;
  /** Legal reference strings per topic, cited by rules. */
  readonly legalRefs: Readonly<Record<'minimumWage' | 'workingTime' | 'writtenContract', readonly string[]>>;
}

/**
 * @summary The value of a dated parameter in force on `date` (the newest `validFrom` ≤ date).
 * @returns the entry, or `undefined` before the first known date
 * @example
 * inForce([{ validFrom: '2023-06-15', value: 1 }, { validFrom: '2025-06-15', value: 2 }], '2025-01-01')?.value //=> 1
 */
export function inForce<T extends { readonly validFrom: string }>(
  entries: readonly T[] | undefined,
  date: string,
): T | undefined {
  let best: T | undefined;
  for (const entry of entries ?? [])
    if (entry.validFrom <= date && (best === undefined || entry.validFrom > best.validFrom)) best = entry;
  return best;
}
