import type { ArrangementBasis, Currency, Jurisdiction, Sector } from '../model/enums.js';

/** Where a number comes from, and whether it was seen in public material (see shared/domain). */
export interface Sourced {
  readonly source: string;
  readonly verified: boolean;
}

/** Worker categories the minimum-wage regulations distinguish. */
export type WageCategory =
  | 'skilled'
  | 'unskilled'
  | 'unskilled-experienced'
  | 'under-18'
  | 'adult'
  /** Holiday and harvest help in agriculture, up to 12 weeks' seniority. */
  | 'harvest-help'
  /** Holiday and harvest help in agriculture, 12 weeks to 6 months' seniority. */
  | 'harvest-help-12-weeks';

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
  /** Consecutive hours off per 7 days. */
  readonly weeklyRestHours?: readonly DatedLimit[];
  /** Minimum overtime premium, percent on top of the hourly wage. */
  readonly overtimePremiumPct?: readonly DatedLimit[];
  /** What each basis of an averaging arrangement or rota allows; absent where the pack knows none. */
  readonly arrangements?: Readonly<Record<ArrangementBasis, ArrangementLimits>>;
}

/** The limits an averaging arrangement keeps, by what it rests on (aml. § 10-5 (1)-(3)). */
export interface ArrangementLimits extends Sourced {
  /** Longest period the normal hours may be averaged over, in weeks. */
  readonly maxAveragingWeeks: number;
  /** Weeks the 48 hours per 7 days may be averaged over. */
  readonly totalAverageWeeks: number;
  /** Most hours in any single week, or `undefined` where only the average is capped. */
  readonly weekCap: number | undefined;
}

/** Holiday pay: a share of the previous year's holiday-pay basis, by the holiday year it is paid in. */
export interface HolidayPayRules {
  /** Percent of the basis, by law. */
  readonly ratePct: readonly DatedLimit[];
  /** Percent where the agreement gives five weeks' holiday. */
  readonly fiveWeekRatePct?: readonly DatedLimit[];
  /** Extra percentage points for workers who turn 60 by `over60By` (MM-DD) of the holiday year. */
  readonly over60ExtraPct?: readonly DatedLimit[];
  readonly over60By?: string;
  /** The extra applies to the basis up to this many times the basic amount (G). */
  readonly over60CapInG?: number;
  /** The national insurance basic amount (grunnbeløpet, G), in minor units. */
  readonly basicAmountMinor?: readonly DatedLimit[];
}

/** Posting of workers: when all the host country's terms apply, and how long an A1 can cover. */
export interface PostingRules {
  /** Months after which the host country's terms apply in full (Directive (EU) 2018/957). */
  readonly fullTermsAfterMonths: readonly DatedLimit[];
  /** The same, after a motivated notification to extend. */
  readonly fullTermsAfterMonthsExtended?: readonly DatedLimit[];
  /** Longest expected posting an A1 certificate covers (Regulation (EC) 883/2004 art. 12). */
  readonly a1MaxMonths?: readonly DatedLimit[];
}

/**
 * Limits for workers under 18, as one dated set (they change together). Children under the
 * minimum age may do light work only from `lightWorkAge`, within the light-work hours.
 */
export interface YoungWorkerRules extends Sourced {
  readonly validFrom: string;
  /** General minimum age for employment (ILO C138 art. 2: at least 15). */
  readonly minimumAge: number;
  /** Lowest age for light work (ILO C138 art. 7: 13). */
  readonly lightWorkAge: number;
  /** Light work by children under the minimum age: hours per day and per week (school periods). */
  readonly lightWorkHoursPerDay?: number;
  readonly lightWorkHoursPerWeek?: number;
  /** Workers from the minimum age to 18: hours per day and per week. */
  readonly hoursPerDay: number;
  readonly hoursPerWeek: number;
  /** No work for under-18s between these clock times (`HH:MM`, the night may pass midnight). */
  readonly nightFrom: string;
  readonly nightTo: string;
  /** Sectors treated as hazardous work for under-18s (ILO C182 art. 3(d), set nationally). */
  readonly hazardousSectors: readonly Sector[];
}

/** A jurisdiction's parameters, with validity periods and sources. Pure data. */
export interface JurisdictionPack {
  readonly code: Jurisdiction;
  readonly name: string;
  readonly currency: Currency;
  /** Empty when the jurisdiction has no statutory or generally applicable minimum wage. */
  readonly minimumWages: readonly MinimumWageRate[];
  /** Why there are no minimum wages (shown in `skipped`), when `minimumWages` is empty. */
  readonly noMinimumWageReason?: { readonly en: string; readonly nb: string };
  /** Sectors known to have no minimum wage, with the reason (for coverage and the low-pay rule). */
  readonly sectorsWithoutMinimumWage?: Readonly<Partial<Record<Sector, string>>>;
  /**
   * A reference hourly wage for the jurisdiction-neutral `low-or-no-salary` rule, where no minimum
   * wage applies: pay far below it is the ILO indicator *low or no salary*. Rules may override it.
   */
  readonly lowPayReference?: readonly (DatedLimit & { readonly currency: Currency })[];
  readonly workingTime: WorkingTimeLimits;
  /** Absent where the pack has no holiday-pay rules. */
  readonly holidayPay?: HolidayPayRules;
  /** Absent where the pack has no posting rules. */
  readonly posting?: PostingRules;
  /** Limits for workers under 18. */
  readonly youngWorkers: readonly YoungWorkerRules[];
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
