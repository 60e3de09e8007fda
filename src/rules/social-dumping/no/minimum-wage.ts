import * as z from 'zod';
import { inForce, type MinimumWageRate, type WageCategory } from '../../../jurisdictions/pack.js';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../../../dates/iso-date.js';
import { entryHours } from '../../../model/tables/time-entry.js';
import type { Sector, Severity } from '../../../model/enums.js';
import type { SourcedRow } from '../../../model/dataset.js';
import { formatMinorAsMajor } from '../../../money/money.js';
import { evidenceOf, type RuleContext } from '../../context.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type DraftFinding } from '../../rule.js';

const options = z
  .object({
    /** Shortfalls below this share of the minimum are ignored (rounding in payroll systems). */
    tolerancePct: z.number().min(0).max(10).default(0.5),
  })
  .strict();

/** The minimum-wage category of a worker on a date, per the sector's regulation. */
export function wageCategory(sector: Sector, worker: SourcedRow<'workers'>, date: string): WageCategory {
  const under18 = worker.birthDate !== undefined && isoDateToDayNumber(date) < isoDateToDayNumber(addYears(worker.birthDate, 18));
  switch (sector) {
    case 'construction':
      if (under18) return 'under-18';
      if (worker.skillLevel === 'skilled') return 'skilled';
      return (worker.experienceYears ?? 0) >= 1 ? 'unskilled-experienced' : 'unskilled';
    case 'cleaning':
      return under18 ? 'under-18' : 'adult';
    case 'electrical':
    case 'shipyard':
    case 'fish-processing':
      return worker.skillLevel === 'skilled' ? 'skilled' : 'unskilled';
    case 'agriculture':
      return 'harvest-help';
    default:
      return 'adult';
  }
}

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

function severityFor(shortfall: number): Severity {
  if (shortfall >= 0.3) return 'critical';
  if (shortfall >= 0.15) return 'high';
  if (shortfall >= 0.05) return 'medium';
  return 'low';
}

/** Ordinary hours of a payment: hours_paid, else the time entries in its period (overtime excluded). */
function ordinaryHours(
  context: RuleContext,
  payment: SourcedRow<'payments'>,
): { hours: number; evidence: Evidence[] } | undefined {
  if (payment.hoursPaid !== undefined) return { hours: payment.hoursPaid, evidence: [evidenceOf(payment, 'hoursPaid')] };
  const entries = (context.timeEntriesByWorker.get(payment.workerId) ?? []).filter(
    (e) => e.date >= payment.periodStart && e.date <= payment.periodEnd,
  );
  if (entries.length === 0) return undefined;
  const worked = entries.reduce((sum, e) => sum + (entryHours(e) ?? 0), 0);
  const hours = worked - (payment.overtimeHoursPaid ?? 0);
  return { hours, evidence: entries.slice(0, 3).map((e) => evidenceOf(e, 'date')) };
}

export const minimumWage = defineRule({
  meta: {
    id: 'no/minimum-wage',
    title: { en: 'Pay below the generally applicable minimum wage', nb: 'Lønn under allmenngjort minstelønn' },
    tier: 'social-dumping',
    defaultSeverity: 'high',
    indicator: 'low-or-no-salary',
    needs: ['payments'],
    legalRefs: ['allmenngjøringsloven § 3', 'forskrifter om allmenngjøring av tariffavtaler (Tariffnemnda)'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        "Compares each payment's effective hourly pay with the generally applicable minimum wage for the worker's sector, category and dates.",
        '',
        'Effective hourly pay = (gross − overtime pay) ÷ ordinary hours. Holiday pay is not in gross. Hours come from `hours_paid`, else from the time entries in the pay period (less overtime hours paid). The sector comes from the contract in force, else from the employer. A period that spans a new regulation is held to each rate for the calendar days it was in force.',
        '',
        'Severity grows with the shortfall: under 5 % low, 5–15 % medium, 15–30 % high, 30 % or more critical. Sectors without a regulation, and dates before the first known rate, give no finding.',
      ].join('\n'),
      nb: [
        'Sammenligner effektiv timelønn for hver utbetaling med allmenngjort minstelønn for arbeidstakerens bransje, kategori og periode.',
        '',
        'Effektiv timelønn = (brutto − overtidsbetaling) ÷ ordinære timer. Timer fra `hours_paid`, ellers fra timelistene i perioden. Bransjen hentes fra arbeidsavtalen, ellers fra arbeidsgiveren.',
      ].join('\n'),
    },
    nextSteps: {
      en: 'Check the pay slips and hours against the regulation; ask the main contractor to exercise its duty to ensure (påseplikt) and joint liability (allmenngjøringsloven § 13); report to the Labour Inspection Authority.',
      nb: 'Kontroller lønnsslipper og timer mot forskriften; be hovedleverandøren utøve påseplikt og solidaransvar (allmenngjøringsloven § 13); meld fra til Arbeidstilsynet.',
    },
  },
  skipReason: (context) =>
    context.jurisdiction.minimumWages.length === 0
      ? (context.jurisdiction.noMinimumWageReason ?? 'no minimum wages in this jurisdiction')
      : undefined,
  check(context, { tolerancePct }) {
    const findings: DraftFinding[] = [];
    for (const payment of context.dataset.payments ?? []) {
      const worker = context.workers.get(payment.workerId);
      if (!worker || payment.grossMinor === undefined) continue;
      const contract = context.contractOn(payment.workerId, payment.periodStart);
      const employer = context.organisations.get(payment.employerId ?? worker.employerId);
      const sector = contract?.sector ?? employer?.sector;
      if (!sector) continue;
      const category = wageCategory(sector, worker, payment.periodEnd);
      const rates = context.jurisdiction.minimumWages.filter((rate) => rate.sector === sector && rate.category === category);
      const minimum = periodMinimum(rates, payment.periodStart, payment.periodEnd);
      const hours = ordinaryHours(context, payment);
      if (!minimum || !hours || hours.hours <= 0) continue;
      const ordinaryPayMinor = payment.grossMinor - (payment.overtimePayMinor ?? 0);
      const effectiveMinor = ordinaryPayMinor / hours.hours;
      const shortfall = 1 - effectiveMinor / minimum.hourlyMinor;
      if (shortfall * 100 <= tolerancePct) continue;
      const rateText = minimum.rates
        .map((rate) => `NOK ${formatMinorAsMajor(rate.hourlyMinor, 2)} from ${rate.validFrom}`)
        .join(', then ');
      findings.push({
        subject: { kind: 'worker', id: worker.workerId },
        period: { from: payment.periodStart, to: payment.periodEnd },
        severity: severityFor(shortfall),
        message:
          `Effective hourly pay NOK ${formatMinorAsMajor(Math.floor(effectiveMinor), 2)} is ${(shortfall * 100).toFixed(1)} % below the ` +
          `${sector} minimum for ${category} workers (${rateText}).`,
        evidence: [
          evidenceOf(payment, 'grossMinor'),
          ...hours.evidence,
          ...(payment.overtimePayMinor ? [evidenceOf(payment, 'overtimePayMinor')] : []),
          ...(contract?.sector ? [evidenceOf(contract, 'sector')] : employer ? [evidenceOf(employer, 'sector')] : []),
        ],
      });
    }
    return findings;
  },
});
