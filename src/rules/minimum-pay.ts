import { inForce, type MinimumWageRate, type WageCategory } from '../jurisdictions/pack.js';
import { addMonthsToIsoDate, dayNumberToIsoDate, isoDateToDayNumber } from '../dates/iso-date.js';
import { entryHours } from '../model/tables/time-entry.js';
import { earningPeriod } from '../model/tables/payment.js';
import type { Sector } from '../model/enums.js';
import type { SourcedRow } from '../model/dataset.js';
import { entriesBetween, evidenceOf, sectorRowOn, type RuleContext } from './context.js';
import type { Evidence } from './finding.js';
import { firstWorkDate } from './age.js';
import { ordinaryPay, type OrdinaryPay } from './payment-kinds.js';
import type { CoverageReport } from './rule.js';

/**
 * The minimum wage that applies to a payment (sector, worker category, rates by day) and the
 * ordinary hours it pays for, shared by the rules that hold pay against the floor.
 * @module
 */

/**
 * The minimum-wage category of a worker on a date, per the sector's regulation. In agriculture the
 * seniority (weeks since `employedSince`, or `experience_years`, whichever is more) sets the
 * harvest-help rate; without either the lowest rate applies, which never overstates the floor.
 */
export function wageCategory(sector: Sector, worker: SourcedRow<'workers'>, date: string, employedSince?: string): WageCategory {
  switch (sector) {
    case 'construction':
      if (under18(worker, date)) return 'under-18';
      if (worker.skillLevel === 'skilled') return 'skilled';
      return (worker.experienceYears ?? 0) >= 1 ? 'unskilled-experienced' : 'unskilled';
    case 'cleaning':
      return under18(worker, date) ? 'under-18' : 'adult';
    case 'electrical':
    case 'shipyard':
    case 'fish-processing':
      return worker.skillLevel === 'skilled' ? 'skilled' : 'unskilled';
    case 'agriculture': {
      if (under18(worker, date)) return 'under-18';
      const weeks = Math.max(
        employedSince === undefined ? 0 : (isoDateToDayNumber(date) - isoDateToDayNumber(employedSince)) / 7,
        (worker.experienceYears ?? 0) * 52,
      );
      // "12 uker" and "6 måneder" (26 weeks) of seniority in the regulation.
      return weeks > 26 ? 'unskilled' : weeks > 12 ? 'harvest-help-12-weeks' : 'harvest-help';
    }
    default:
      return 'adult';
  }
}

const under18 = (worker: SourcedRow<'workers'>, date: string) =>
  worker.birthDate !== undefined && isoDateToDayNumber(date) < adultFrom(worker.birthDate);

/** Day number of the 18th birthday, by birth date (asked once per payment; workers share few). */
function adultFrom(birthDate: string): number {
  let day = adultByBirthDate.get(birthDate);
  if (day === undefined) {
    day = isoDateToDayNumber(addYears(birthDate, 18));
    if (adultByBirthDate.size >= 100_000) adultByBirthDate.clear();
    adultByBirthDate.set(birthDate, day);
  }
  return day;
}

const adultByBirthDate = new Map<string, number>();

function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const rest = isoDate.slice(4) === '-02-29' ? '-03-01' : isoDate.slice(4);
  return `${String(year).padStart(4, '0')}${rest}`;
}

/**
 * The minimum for a pay period, weighted by calendar day: a period that spans a new regulation
 * is held to each rate for the days it was in force. `undefined` when any day has no known rate.
 */
export function periodMinimum(
  rates: readonly MinimumWageRate[],
  from: string,
  to: string,
): { readonly hourlyMinor: number; readonly rates: readonly MinimumWageRate[] } | undefined {
  // Most payments share a handful of periods (calendar months): each is weighed once per rate list.
  // Keyed by the date strings themselves (rows share them and their hashes): no key is built.
  let byStart = periodCache.get(rates);
  if (!byStart) periodCache.set(rates, (byStart = new Map()));
  let byEnd = byStart.get(from);
  if (!byEnd) byStart.set(from, (byEnd = new Map()));
  if (byEnd.has(to)) return byEnd.get(to);
  const minimum = weighPeriod(rates, from, to);
  if (byStart.size < 10_000) byEnd.set(to, minimum);
  return minimum;
}

type Weighed = { readonly hourlyMinor: number; readonly rates: readonly MinimumWageRate[] } | undefined;
const periodCache = new WeakMap<readonly MinimumWageRate[], Map<string, Map<string, Weighed>>>();

function weighPeriod(
  rates: readonly MinimumWageRate[],
  from: string,
  to: string,
): { hourlyMinor: number; rates: MinimumWageRate[] } | undefined {
  const first = isoDateToDayNumber(from);
  const last = isoDateToDayNumber(to);
  let total = 0;
  const used: MinimumWageRate[] = [];
  for (let day = first; day <= last; day++) {
    const rate = inForce(rates, dayNumberToIsoDate(day));
    if (!rate) return undefined;
    total += rate.hourlyMinor;
    if (!used.includes(rate)) used.push(rate);
  }
  return { hourlyMinor: Math.ceil(total / (last - first + 1)), rates: used };
}

/** Full-time hours a week that a position percentage is read against (the common agreed norm). */
export const FULL_TIME_WEEKLY_HOURS = 37.5;

/** One calendar month, first day to last. */
function isWholeMonth(from: string, to: string): boolean {
  return from.endsWith('-01') && isoDateToDayNumber(to) + 1 === isoDateToDayNumber(addMonthsToIsoDate(from, 1));
}

/** The rows a payment's ordinary hours rest on. */
export type HoursRow = SourcedRow<'payments'> | SourcedRow<'timeEntries'> | SourcedRow<'contracts'>;

/**
 * Ordinary hours of a payment: hours_paid, else the time entries in its earning period (overtime
 * excluded), else, for a fixed salary (fastlønn), the contract's weekly hours or position
 * percentage over the earning period's weeks; with the rows they rest on and how they were found.
 */
export function ordinaryHours(
  context: RuleContext,
  payment: SourcedRow<'payments'>,
): { hours: number; rows: readonly HoursRow[]; from: 'hours-paid' | 'time-entries' | 'contract' } | undefined {
  if (payment.hoursPaid !== undefined) return { hours: payment.hoursPaid, rows: [payment], from: 'hours-paid' };
  const { from, to } = earningPeriod(payment);
  const entries = entriesBetween(context.timeEntriesByWorker.get(payment.workerId) ?? [], from, to);
  if (entries.length > 0) {
    const worked = entries.reduce((sum, e) => sum + (entryHours(e) ?? 0), 0);
    return { hours: worked - (payment.overtimeHoursPaid ?? 0), rows: entries.slice(0, 3), from: 'time-entries' };
  }
  const contract = context.contractOn(payment.workerId, from);
  const weekly =
    contract?.weeklyHours ??
    (contract?.positionPct !== undefined ? (contract.positionPct / 100) * FULL_TIME_WEEKLY_HOURS : undefined);
  if (contract === undefined || weekly === undefined) return undefined;
  const days = isoDateToDayNumber(to) - isoDateToDayNumber(from) + 1;
  // A month's salary pays for 52/12 weeks whatever the month's length; the lower of that and the
  // calendar reading is taken, so a finding never rests on the choice between them.
  const weeks = isWholeMonth(from, to) ? Math.min(52 / 12, days / 7) : days / 7;
  return { hours: Math.round(weekly * weeks * 100) / 100, rows: [contract], from: 'contract' };
}

/**
 * The floor a payment is held to, with the rows it rests on. Evidence is made from the rows when
 * a rule cites them ({@link hoursEvidence}, {@link sectorEvidence}): most payments are above the
 * floor and cite nothing.
 */
export interface PaymentMinimum {
  readonly sector: Sector;
  readonly category: WageCategory;
  readonly hourlyMinor: number;
  readonly rates: readonly MinimumWageRate[];
  readonly hours: number;
  /** The payment (its hours_paid), else the first time entries of its period, else the contract. */
  readonly hoursRows: readonly HoursRow[];
  /** Where the hours come from: hours paid, time entries, or the contract's hours (fixed salary). */
  readonly hoursFrom: 'hours-paid' | 'time-entries' | 'contract';
  /** The row the sector was read from (contract, else employer). */
  readonly sectorRow: SourcedRow<'contracts'> | SourcedRow<'organisations'>;
}

/** Why a payment cannot be held to a minimum wage. */
export type MinimumUnknown =
  /** The sector has no minimum wage at all in the jurisdiction: out of the rule's scope. */
  | 'no-regulation'
  | 'no-worker'
  | 'no-sector'
  /** The sector has rates, but none in force on some day of the period. */
  | 'outside-rate-table'
  | 'no-hours';

/** @summary The minimum wage and ordinary hours a payment is held to, or why it cannot be. */
export function minimumFor(context: RuleContext, payment: SourcedRow<'payments'>): PaymentMinimum | MinimumUnknown {
  const worker = context.workers.get(payment.workerId);
  if (!worker) return 'no-worker';
  const { from, to } = earningPeriod(payment);
  const sectorRow = sectorRowOn(context, payment.workerId, from, payment.employerId ?? worker.employerId);
  if (!sectorRow) return 'no-sector';
  const sector = sectorRow.sector!;
  const category = wageCategory(sector, worker, from, worker.startDate ?? firstWorkDate(context, payment.workerId));
  const rates = ratesFor(context.jurisdiction.minimumWages, sector, category);
  if (rates.length === 0 && !context.jurisdiction.minimumWages.some((rate) => rate.sector === sector)) return 'no-regulation';
  const minimum = periodMinimum(rates, from, to);
  if (!minimum) return 'outside-rate-table';
  const hours = ordinaryHours(context, payment);
  if (!hours || hours.hours <= 0) return 'no-hours';
  return {
    sector,
    category,
    hourlyMinor: minimum.hourlyMinor,
    rates: minimum.rates,
    hours: hours.hours,
    hoursRows: hours.rows,
    hoursFrom: hours.from,
    sectorRow,
  };
}

/** @summary The minimum hourly wage and ordinary hours for a payment, or `undefined` when not known. */
export function paymentMinimum(context: RuleContext, payment: SourcedRow<'payments'>): PaymentMinimum | undefined {
  const minimum = minimumFor(context, payment);
  return typeof minimum === 'string' ? undefined : minimum;
}

/**
 * @summary Whether a minimum-wage table covers a payment: its sector is known and a rate of the
 * worker's category is in force on every day of its earning period.
 */
export function minimumApplies(context: RuleContext, payment: SourcedRow<'payments'>): boolean {
  const minimum = minimumFor(context, payment);
  return typeof minimum !== 'string' || minimum === 'no-hours';
}

/** @summary Evidence for the hours a payment's minimum rests on: its hours_paid, or dates of time entries. */
export function hoursEvidence(minimum: Pick<PaymentMinimum, 'hoursRows'>): Evidence[] {
  return minimum.hoursRows.map((row) =>
    'paymentId' in row
      ? evidenceOf(row, 'hoursPaid')
      : 'contractId' in row
        ? evidenceOf(row, row.weeklyHours !== undefined ? 'weeklyHours' : 'positionPct')
        : evidenceOf(row, 'date'),
  );
}

/** @summary Evidence for the sector a payment's minimum rests on (the contract's, else the employer's). */
export function sectorEvidence(minimum: PaymentMinimum): Evidence {
  return evidenceOf(minimum.sectorRow, 'sector');
}

const ratesCache = new WeakMap<readonly MinimumWageRate[], Map<Sector, Map<WageCategory, readonly MinimumWageRate[]>>>();

/** The rates of one sector and category, the same array each time (so periods weighed are reused). */
function ratesFor(all: readonly MinimumWageRate[], sector: Sector, category: WageCategory): readonly MinimumWageRate[] {
  let bySector = ratesCache.get(all);
  if (!bySector) ratesCache.set(all, (bySector = new Map()));
  let byCategory = bySector.get(sector);
  if (!byCategory) bySector.set(sector, (byCategory = new Map()));
  let rates = byCategory.get(category);
  if (!rates) byCategory.set(category, (rates = all.filter((rate) => rate.sector === sector && rate.category === category)));
  return rates;
}

/** A salary payment under its minimum wage, with the effective rate and the shortfall (0–1). */
export interface UnderMinimum {
  readonly pay: OrdinaryPay;
  readonly minimum: PaymentMinimum;
  readonly effectiveMinor: number;
  readonly shortfall: number;
}

/**
 * @summary A worker's salary payments under the minimum wage by more than `tolerancePct`, each
 * with its minimum (the no/minimum-wage rule and the buyer's duty to ensure both read them). A
 * coverage report, when given, hears of every salary payment judged or not.
 */
export function paymentsUnderMinimum(
  context: RuleContext,
  payments: readonly SourcedRow<'payments'>[],
  tolerancePct: number,
  coverage?: CoverageReport,
): UnderMinimum[] {
  const out: UnderMinimum[] = [];
  for (const pay of ordinaryPay(payments)) {
    if (pay.ordinaryMinor === undefined) {
      coverage?.unmeasured('no-gross', pay.payment);
      continue;
    }
    const minimum = minimumFor(context, pay.payment);
    if (minimum === 'no-regulation') continue; // not this rule's: low-or-no-salary judges it
    if (typeof minimum === 'string') {
      coverage?.unmeasured(minimum, pay.payment);
      continue;
    }
    coverage?.judged();
    const effectiveMinor = pay.ordinaryMinor / minimum.hours;
    const shortfall = 1 - effectiveMinor / minimum.hourlyMinor;
    if (shortfall * 100 > tolerancePct) out.push({ pay, minimum, effectiveMinor, shortfall });
  }
  return out;
}

/** Coverage reasons of the rules that hold salary against a minimum wage. */
export const MINIMUM_COVERAGE_REASONS = {
  'no-gross': { en: 'no gross pay recorded', nb: 'ingen bruttolønn registrert' },
  'no-worker': { en: 'the worker is not in the workers table', nb: 'arbeidstakeren finnes ikke i arbeidstakertabellen' },
  'no-sector': {
    en: 'no sector: neither a contract nor the employer says which regulation applies',
    nb: 'ingen bransje: verken arbeidsavtale eller arbeidsgiver viser hvilken forskrift som gjelder',
  },
  'outside-rate-table': {
    en: 'dates outside every rate of the regulation known to the screening',
    nb: 'datoer utenfor alle kjente satser i forskriften',
  },
  'no-hours': {
    en: 'no hours: no hours_paid, no time entries for the period, no weekly hours or position in the contract',
    nb: 'ingen timer: verken hours_paid, timelister for perioden eller ukentlige timer eller stillingsprosent i avtalen',
  },
} as const;
