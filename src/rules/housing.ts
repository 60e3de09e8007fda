import { isoDateToDayNumber } from '../dates/iso-date.js';
import type { SourcedRow } from '../model/dataset.js';
import type { RuleContext } from './context.js';

/**
 * Who lives where, for the housing rules: how many people share a dwelling and whether the
 * employer (or its recruiter) provides it.
 * @module
 */
type Stay = SourcedRow<'accommodation'>;

/** @summary An address in a form that matches across rows: lower case, single spaces, no punctuation. */
export const addressKey = (address: string) =>
  address.normalize('NFC').toLowerCase().replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();

const overlaps = (a: Stay, b: Stay) =>
  (a.from ?? '0000-00-00') <= (b.to ?? '9999-12-31') && (b.from ?? '0000-00-00') <= (a.to ?? '9999-12-31');

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
  const sameAddress = staysByAddress(context).get(addressKey(stay.address)) ?? [];
  const residents = new Set(sameAddress.filter((other) => overlaps(stay, other)).map((o) => o.workerId));
  return { count: Math.max(stay.occupants ?? 0, residents.size), workersSeen: residents.size };
}

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
