import { isoDateToDayNumber } from '../dates/iso-date.js';
import type { SourcedRow } from '../model/dataset.js';
import type { RuleContext } from './context.js';
import { firstIndex } from '../collections/binary-search.js';

/**
 * Who lives where, for the housing rules: how many people share a dwelling and whether the
 * employer (or its recruiter) provides it.
 * @module
 */
type Stay = SourcedRow<'accommodation'>;

/** @summary An address in a form that matches across rows: lower case, single spaces, no punctuation. */
export const addressKey = (address: string) =>
  address.normalize('NFC').toLowerCase().replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();

/** Open ends of a stay: from the beginning, until further notice. */
const FIRST_DAY = '0000-00-00';
const LAST_DAY = '9999-12-31';

const overlaps = (a: Stay, b: Stay) => (a.from ?? FIRST_DAY) <= (b.to ?? LAST_DAY) && (b.from ?? FIRST_DAY) <= (a.to ?? LAST_DAY);

const byAddressCache = new WeakMap<object, Map<string, Stay[]>>();

/** Stays grouped by address, built once per dataset (rules ask for every stay). */
function staysByAddress(context: RuleContext): Map<string, Stay[]> {
  const rows = context.dataset.accommodation ?? [];
  let groups = byAddressCache.get(rows);
  if (!groups) {
    groups = new Map();
    for (const row of rows) {
      const key = addressKey(row.address);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    byAddressCache.set(rows, groups);
  }
  return groups;
}

/**
 * @summary People in a dwelling during a stay: the larger of the `occupants` given and the
 * workers in the data registered at the same address at overlapping times.
 */
export function occupantsOf(context: RuleContext, stay: Stay): { count: number; workersSeen: number } {
  const address = dwellingOf(context, addressKey(stay.address));
  const residents = address ? address.residentsDuring(stay.from ?? FIRST_DAY, stay.to ?? LAST_DAY) : 0;
  return { count: Math.max(stay.occupants ?? 0, residents), workersSeen: residents };
}

/** Who stays at one address, indexed so that a count does not scan every stay there. */
interface Dwelling {
  /** Distinct workers with a stay overlapping `from`–`to`. */
  residentsDuring(from: string, to: string): number;
}

const dwellingCache = new WeakMap<Map<string, Stay[]>, Map<string, Dwelling>>();

/**
 * A camp of a thousand workers at one address asks for the count a thousand times: scanning
 * every stay each time was quadratic (20 000 stays: minutes). With one stay per worker the count
 * is stays begun by `to` less stays ended before `from` (two binary searches); otherwise each
 * distinct period is counted once.
 */
function dwellingOf(context: RuleContext, key: string): Dwelling | undefined {
  const groups = staysByAddress(context);
  let dwellings = dwellingCache.get(groups);
  if (!dwellings) dwellingCache.set(groups, (dwellings = new Map()));
  let dwelling = dwellings.get(key);
  if (dwelling) return dwelling;
  const stays = groups.get(key);
  if (!stays) return undefined;
  const counted = new Map<string, number>();
  const scan = (from: string, to: string) => {
    const period = `${from}/${to}`;
    let count = counted.get(period);
    if (count === undefined) {
      const probe = { from, to } as Stay;
      count = new Set(stays.filter((other) => overlaps(probe, other)).map((o) => o.workerId)).size;
      counted.set(period, count);
    }
    return count;
  };
  const inOrder = stays.every((s) => (s.from ?? FIRST_DAY) <= (s.to ?? LAST_DAY));
  if (inOrder && new Set(stays.map((s) => s.workerId)).size === stays.length) {
    const starts = stays.map((s) => s.from ?? FIRST_DAY).sort();
    const ends = stays.map((s) => s.to ?? LAST_DAY).sort();
    // Overlapping: begun by `to` and not ended before `from` (a stay ended before `from` began before `to`).
    dwelling = {
      residentsDuring: (from, to) => (from <= to ? countAtMost(starts, to) - countBelow(ends, from) : scan(from, to)),
    };
  } else dwelling = { residentsDuring: scan };
  dwellings.set(key, dwelling);
  return dwelling;
}

/** Values in a sorted list that are `<= value`. */
const countAtMost = (sorted: readonly string[], value: string) => firstIndex(sorted.length, (i) => sorted[i]! > value);

/** Values in a sorted list that are `< value`. */
const countBelow = (sorted: readonly string[], value: string) => firstIndex(sorted.length, (i) => sorted[i]! >= value);

/** @summary Does the worker's employer, or the recruiter who brought them, provide the housing? */
export function providedByEmployer(context: RuleContext, stay: Stay): 'employer' | 'recruiter' | undefined {
  if (stay.providerId === undefined) return undefined;
  if (stay.providerId === context.workers.get(stay.workerId)?.employerId) return 'employer';
  const recruiters = (context.recruitmentByWorker.get(stay.workerId) ?? []).map((r) => r.recruiterId);
  return recruiters.includes(stay.providerId) ? 'recruiter' : undefined;
}

/**
 * @summary The worker's average gross pay per month over the payments that overlap the stay,
 * in the stay's currency (pay periods are scaled to 30.44 days).
 */
export function monthlyGrossDuring(context: RuleContext, stay: Stay): number | undefined {
  const payments = (context.paymentsByWorker.get(stay.workerId) ?? []).filter(
    (p) =>
      p.grossMinor !== undefined &&
      (stay.currency === undefined || p.currency === stay.currency) &&
      p.periodStart <= (stay.to ?? '9999-12-31') &&
      p.periodEnd >= (stay.from ?? '0000-00-00'),
  );
  if (payments.length === 0) return undefined;
  let gross = 0;
  let days = 0;
  for (const p of payments) {
    gross += p.grossMinor!;
    days += isoDateToDayNumber(p.periodEnd) - isoDateToDayNumber(p.periodStart) + 1;
  }
  return Math.round((gross / days) * 30.44);
}

/**
 * Floor area per person the screening takes as the standard for workers' housing: an assumption
 * (ILO R115 sets no figure; Norwegian building rules none for this use), below which housing
 * counts as overcrowded in `overcrowded-housing`.
 */
export const STANDARD_AREA_PER_PERSON_M2 = 8;

/**
 * @summary Declared crew housing of the worker's employer (or recruiter) that meets the standard:
 * at least {@link STANDARD_AREA_PER_PERSON_M2} m² a person, counting the workers in the data there.
 * Unknown area is not shown to meet it.
 */
export function compliantCrewHousing(context: RuleContext, stay: Stay): boolean {
  if (stay.crewHousing !== true || stay.areaM2 === undefined || providedByEmployer(context, stay) === undefined) return false;
  const { count } = occupantsOf(context, stay);
  return count > 0 && stay.areaM2 / count >= STANDARD_AREA_PER_PERSON_M2;
}
