import * as z from 'zod';
import { isoDateToDayNumber } from '../../dates/iso-date.js';
import type { SourcedRow } from '../../model/dataset.js';
import { entryHours } from '../../model/tables/time-entry.js';
import { inPayPeriods } from '../pay-periods.js';
import { evidenceOf } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS, firstOf, monthOf } from './shared.js';

const options = z
  .object({
    maxDelayDays: z
      .number()
      .int()
      .min(0)
      .default(30)
      .describe('Days after the end of a pay period by which the pay should have been paid.'),
    graceDays: z
      .number()
      .int()
      .min(0)
      .default(30)
      .describe('Days after the end of a month before work in it counts as unpaid (the pay may not be due yet).'),
    heldBackPattern: z
      .string()
      .default(
        '\\b(sav(ed|ings?)|spar(t|ing|epenger)?|held back|withheld|tilbakeholdt|holdt tilbake|end of (the )?season|sesongslutt)\\b',
      )
      .describe('Case-insensitive pattern for deduction notes that say pay is kept for the worker.'),
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

type Payment = SourcedRow<'payments'>;
type Entry = SourcedRow<'timeEntries'>;

/** Day number of a month's last day; memoised, as it is asked once per time entry. */
const lastDayByMonth = new Map<string, number>();
const endOfMonthDay = (month: string) => {
  let last = lastDayByMonth.get(month);
  if (last === undefined) {
    const [year, m] = month.split('-').map(Number) as [number, number];
    last = isoDateToDayNumber(`${m === 12 ? year + 1 : year}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`) - 1;
    if (lastDayByMonth.size < 10_000) lastDayByMonth.set(month, last);
  }
  return last;
};

export const withheldWages = defineRule({
  meta: {
    id: 'withheld-wages',
    title: { en: 'Wages withheld or paid late', nb: 'Lønn holdt tilbake eller utbetalt for sent' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'withholding-of-wages',
    needs: ['payments'],
    legalRefs: ['ILO (2012) Indicators of Forced Labour: withholding of wages', 'ILO C95 arts. 6, 12', 'aml. § 14-15 (1)'],
    options,
    docs: {
      en: [
        'Three signs that someone holds on to the worker’s pay, each its own finding:',
        '',
        '- **late pay**: payments made more than `maxDelayDays` (default 30) after the end of their pay period; several periods paid on one late date suggest pay held until the end of a season;',
        '- **work without pay**: days in the time entries that no pay period of the worker covers, in months that ended more than `graceDays` (default 30) before the reference date;',
        '- **pay kept for the worker**: deductions whose note says the pay is saved, held back or kept until the season ends (`heldBackPattern`).',
        '',
        'Payments without a `paid_on` date are not taken as unpaid: many payroll exports leave it out. Grading: `high` when two or more months are affected or a delay passes 60 days, else `medium`; pay kept for the worker is always `high`.',
      ].join('\n'),
      nb: 'Tre tegn på at noen holder igjen arbeidstakerens lønn: utbetaling mer enn 30 dager etter periodeslutt, arbeidsdager som ingen lønnsperiode dekker, og trekk der merknaden sier at lønnen «spares» eller holdes tilbake til sesongslutt.',
    },
    nextSteps: {
      en: `Ask for the bank statements of the worker’s own account for the months concerned and compare them with the pay slips; ask the worker whether they can get their pay when they want. ${WHO_ACTS.en}`,
      nb: `Be om kontoutskrifter for arbeidstakerens egen konto for de aktuelle månedene og sammenlign med lønnsslippene; spør arbeidstakeren om de får lønnen når de vil. ${WHO_ACTS.nb}`,
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'March and April paid together on 20 June', nb: 'Mars og april utbetalt samlet 20. juni' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,hours_paid',
            'p1,w1,2025-03-01,2025-03-31,2025-06-20,30000.00,150',
            'p2,w1,2025-04-01,2025-04-30,2025-06-20,30000.00,150',
          ],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Each month paid within 30 days of its end', nb: 'Hver måned utbetalt innen 30 dager etter utløp' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,hours_paid',
            'p1,w1,2025-03-01,2025-03-31,2025-04-10,30000.00,150',
            'p2,w1,2025-04-01,2025-04-30,2025-05-09,30000.00,150',
          ],
        },
      },
    ],
  },
  check(context, opts) {
    const findings: DraftFinding[] = [];
    const heldBack = new RegExp(opts.heldBackPattern, 'iu');
    const reference = isoDateToDayNumber(context.referenceDate);
    const workerIds = new Set([
      ...context.paymentsByWorker.keys(),
      ...context.timeEntriesByWorker.keys(),
      ...context.deductionsByWorker.keys(),
    ]);
    for (const workerId of [...workerIds].sort()) {
      const payments = context.paymentsByWorker.get(workerId) ?? [];
      const subject = { kind: 'worker' as const, id: workerId };

      const late = payments
        .filter((p): p is Payment & { paidOn: string } => p.paidOn !== undefined)
        .map((p) => ({ payment: p, days: isoDateToDayNumber(p.paidOn) - isoDateToDayNumber(p.periodEnd) }))
        .filter((l) => l.days > opts.maxDelayDays);
      if (late.length > 0) {
        const longest = Math.max(...late.map((l) => l.days));
        const months = new Set(late.map((l) => monthOf(l.payment.periodStart)));
        const sameDay = new Map<string, number>();
        for (const l of late) sameDay.set(l.payment.paidOn, (sameDay.get(l.payment.paidOn) ?? 0) + 1);
        const bunched = [...sameDay.values()].some((n) => n >= 2);
        const { shown, more } = firstOf(late, opts.maxEvidence);
        findings.push({
          subject,
          period: { from: late[0]!.payment.periodStart, to: late[late.length - 1]!.payment.periodEnd },
          severity: months.size >= 2 || longest > 60 ? 'high' : 'medium',
          message:
            `${late.length} pay period(s) paid more than ${opts.maxDelayDays} days after they ended, up to ${longest} days late` +
            (bunched ? '; several periods were paid on the same day, as if pay were held back and paid in one go' : '') +
            `${more}.`,
          evidence: shown.flatMap((l) => [evidenceOf(l.payment, 'periodEnd'), evidenceOf(l.payment, 'paidOn')]),
        });
      }

      const entries = context.timeEntriesByWorker.get(workerId) ?? [];
      const covered = inPayPeriods(payments);
      const unpaid: Entry[] = entries.filter(
        // Whether a pay period covers the day first: it almost always does, and it is the cheapest test.
        (e) => !covered(e.date) && (entryHours(e) ?? 1) > 0 && endOfMonthDay(monthOf(e.date)) + opts.graceDays < reference,
      );
      if (unpaid.length > 0) {
        const months = [...new Set(unpaid.map((e) => monthOf(e.date)))];
        const days = new Set(unpaid.map((e) => e.date)).size;
        const { shown, more } = firstOf(unpaid, opts.maxEvidence);
        findings.push({
          subject,
          period: { from: unpaid[0]!.date, to: unpaid[unpaid.length - 1]!.date },
          severity: months.length >= 2 ? 'high' : 'medium',
          message:
            `${days} day(s) of work in ${months.join(', ')} fall in no pay period of the worker` +
            (payments.length === 0 ? ' (no payment at all is recorded)' : '') +
            `${more}.`,
          evidence: shown.map((e) => evidenceOf(e, 'date')),
        });
      }

      const kept = (context.deductionsByWorker.get(workerId) ?? []).filter((d) => d.note !== undefined && heldBack.test(d.note));
      if (kept.length > 0) {
        const { shown, more } = firstOf(kept, opts.maxEvidence);
        findings.push({
          subject,
          severity: 'high',
          message: `${kept.length} deduction(s) are described as pay saved or held back for the worker${more}.`,
          evidence: shown.flatMap((d) => [evidenceOf(d, 'amountMinor'), evidenceOf(d, 'note')]),
        });
      }
    }
    return findings;
  },
});
