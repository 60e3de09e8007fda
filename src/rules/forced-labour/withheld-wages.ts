import * as z from 'zod';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../../dates/iso-date.js';
import type { SourcedRow } from '../../model/dataset.js';
import { entryHours } from '../../model/tables/time-entry.js';
import { inPayPeriods } from '../pay-periods.js';
import { earningPeriod, paymentKind } from '../../model/tables/payment.js';
import { paysForWork } from '../payment-kinds.js';
import { entriesBetween, evidenceOf } from '../context.js';
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
    maxPayPeriodDays: z
      .number()
      .int()
      .min(15)
      .default(31)
      .describe(
        'Longest span of work one payment may settle without other pay for it: wages are paid at least monthly in practice (aml. § 14-15 (1): twice a month unless agreed).',
      ),
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
        'Four signs that someone holds on to the worker’s pay, each its own finding:',
        '',
        '- **late pay**: salary or overtime paid more than `maxDelayDays` (default 30) after the end of the period it was earned in (`earned_to`, else `period_end`); several periods paid on one late date suggest pay held until the end of a season. A bonus, holiday pay, an advance or back pay is not judged for lateness: it is due when its agreement or the law says;',
        '- **pay held for months**: work settled by one payment for more than `maxPayPeriodDays` (default 31) with no other pay for it: wages are due at least twice a month unless agreed, monthly in practice (aml. § 14-15 (1)). A season paid in one sum at its end is caught whatever the row’s `kind`; an annual bonus on top of monthly salary is not;',
        '- **work without pay**: days in the time entries that no payment for work covers (salary, overtime, back pay, advance, other: not a bonus or holiday pay), in months that ended more than `graceDays` (default 30) before the reference date;',
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
    messages: {
      'paid-late': {
        en: '{{periods}} pay period(s) paid more than {{maxDelay}} days after they ended, up to {{longest}} days late{{bunched}}{{more}}.',
        nb: '{{periods}} lønnsperiode(r) betalt mer enn {{maxDelay}} dager etter at de var slutt, opptil {{longest}} dager for sent{{bunched}}{{more}}.',
      },
      bunched: {
        en: '; several periods were paid on the same day, as if pay were held back and paid in one go',
        nb: '; flere perioder ble betalt samme dag, som om lønnen ble holdt tilbake og betalt samlet',
      },
      'settled-at-once': {
        en: '{{payments}} payment(s) settle up to {{longest}} days of work at once with no other pay for it, where wages are due at least monthly (aml. § 14-15 (1)){{more}}.',
        nb: '{{payments}} utbetaling(er) gjør opp for opptil {{longest}} dagers arbeid på én gang uten annen lønn for det, der lønn skal utbetales minst månedlig (aml. § 14-15 (1)){{more}}.',
      },
      'unpaid-days': {
        en: '{{days}} day(s) of work in {{months}} fall in no pay period of the worker{{why}}{{more}}.',
        nb: '{{days}} arbeidsdag(er) i {{months}} faller ikke i noen av arbeidstakerens lønnsperioder{{why}}{{more}}.',
      },
      'no-payment': { en: ' (no payment at all is recorded)', nb: ' (ingen utbetaling er registrert)' },
      'not-pay-for-days': {
        en: ' (bonuses and holiday pay are not pay for the days)',
        nb: ' (bonus og feriepenger er ikke lønn for dagene)',
      },
      'held-back': {
        en: '{{count}} deduction(s) are described as pay saved or held back for the worker{{more}}.',
        nb: '{{count}} trekk er beskrevet som lønn spart eller holdt tilbake for arbeidstakeren{{more}}.',
      },
    },
    coverage: {
      unit: { en: 'workers with pay, hours or deductions', nb: 'arbeidstakere med lønn, timer eller trekk' },
      unmeasured: {
        'no-dates': {
          en: 'no payment has a paid_on date and there are no time entries: neither lateness nor unpaid work can be seen',
          nb: 'ingen utbetaling har utbetalingsdato og det finnes ingen timelister: verken forsinkelse eller ubetalt arbeid kan ses',
        },
      },
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
      {
        kind: 'breach',
        title: {
          en: 'A season of picking paid in one sum after it ended',
          nb: 'En sesong med plukking betalt i én sum etter at den var slutt',
        },
        on: '2025-12-31',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,kind,gross',
            'p1,w1,2025-05-01,2025-09-30,2025-10-03,salary,90000.00',
          ],
          time_entries: ['worker_id,date,hours', 'w1,2025-05-05,8', 'w1,2025-07-15,8', 'w1,2025-09-20,8'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Monthly salary, and the annual bonus paid in February as agreed',
          nb: 'Månedslønn, og årsbonusen betalt i februar som avtalt',
        },
        on: '2026-03-31',
        tables: {
          workers: ['worker_id,employer_id', 'w1,fish'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,kind,gross,earned_from,earned_to',
            'p1,w1,2025-11-01,2025-11-30,2025-12-05,salary,40000.00,,',
            'p2,w1,2025-12-01,2025-12-31,2026-01-05,salary,40000.00,,',
            'p3,w1,2026-01-01,2026-01-31,2026-02-05,salary,40000.00,,',
            'b1,w1,2026-02-01,2026-02-28,2026-02-15,bonus,20000.00,2025-11-01,2025-12-31',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
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
      if (
        payments.length > 0 &&
        payments.every((p) => p.paidOn === undefined) &&
        (context.timeEntriesByWorker.get(workerId)?.length ?? 0) === 0
      )
        coverage.unmeasured('no-dates', payments[0]);
      else coverage.judged();

      const late = payments
        .filter(
          (p): p is Payment & { paidOn: string } =>
            p.paidOn !== undefined && (paymentKind(p) === 'salary' || paymentKind(p) === 'overtime'),
        )
        .map((p) => ({ payment: p, days: isoDateToDayNumber(p.paidOn) - isoDateToDayNumber(earningPeriod(p).to) }))
        .filter((l) => l.days > opts.maxDelayDays);
      if (late.length > 0) {
        const longest = late.reduce((most, l) => Math.max(most, l.days), 0);
        const months = new Set(late.map((l) => monthOf(l.payment.periodStart)));
        const sameDay = new Map<string, number>();
        for (const l of late) sameDay.set(l.payment.paidOn, (sameDay.get(l.payment.paidOn) ?? 0) + 1);
        const bunched = [...sameDay.values()].some((n) => n >= 2);
        const { shown, more } = firstOf(late, opts.maxEvidence);
        findings.push({
          subject,
          period: { from: earningPeriod(late[0]!.payment).from, to: earningPeriod(late[late.length - 1]!.payment).to },
          severity: months.size >= 2 || longest > 60 ? 'high' : 'medium',
          message: {
            id: 'paid-late',
            data: {
              periods: late.length,
              maxDelay: opts.maxDelayDays,
              longest,
              bunched: bunched ? { id: 'bunched' } : '',
              more,
            },
          },
          evidence: shown.flatMap((l) => [
            evidenceOf(l.payment, l.payment.earnedTo !== undefined ? 'earnedTo' : 'periodEnd'),
            evidenceOf(l.payment, 'paidOn'),
          ]),
        });
      }

      const forWork = payments.filter(paysForWork);
      const entries = context.timeEntriesByWorker.get(workerId) ?? [];
      const settled = heldForMonths(forWork, payments, entries, opts.maxPayPeriodDays);
      if (settled.length > 0) {
        const { shown, more } = firstOf(settled, opts.maxEvidence);
        const longest = settled.reduce((most, s) => Math.max(most, s.days), 0);
        findings.push({
          subject,
          period: { from: settled[0]!.from, to: settled[settled.length - 1]!.to },
          severity: longest > 2 * opts.maxPayPeriodDays ? 'high' : 'medium',
          message: { id: 'settled-at-once', data: { payments: settled.length, longest, more } },
          evidence: shown.flatMap((s) => [
            evidenceOf(s.payment, s.payment.earnedFrom !== undefined ? 'earnedFrom' : 'periodStart'),
            evidenceOf(s.payment, s.payment.earnedTo !== undefined ? 'earnedTo' : 'periodEnd'),
            ...(s.payment.paidOn !== undefined ? [evidenceOf(s.payment, 'paidOn')] : []),
          ]),
        });
      }

      const covered = inPayPeriods(forWork.map(earningPeriod).map(({ from, to }) => ({ periodStart: from, periodEnd: to })));
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
          message: {
            id: 'unpaid-days',
            data: {
              days,
              months: months.join(', '),
              why:
                payments.length === 0 ? { id: 'no-payment' } : forWork.length < payments.length ? { id: 'not-pay-for-days' } : '',
              more,
            },
          },
          evidence: shown.map((e) => evidenceOf(e, 'date')),
        });
      }

      const kept = (context.deductionsByWorker.get(workerId) ?? []).filter((d) => d.note !== undefined && heldBack.test(d.note));
      if (kept.length > 0) {
        const { shown, more } = firstOf(kept, opts.maxEvidence);
        findings.push({
          subject,
          severity: 'high',
          message: { id: 'held-back', data: { count: kept.length, more } },
          evidence: shown.flatMap((d) => [evidenceOf(d, 'amountMinor'), evidenceOf(d, 'note')]),
        });
      }
    }
    return findings;
  },
});

/**
 * Payments that settle more than `maxDays` days of work at once, over days for which the worker
 * has no other payment for work of at most `maxDays` days: pay held for months, whatever the
 * row's kind. An annual bonus on top of monthly salary is not one (the months have their salary);
 * holiday pay is left out (its basis is the previous year by law). A bonus or an advance says
 * nothing of the work by itself: for those only days with time entries count, so a bonus for a
 * year the data covers in part is not read as a year of unpaid work.
 */
function heldForMonths(
  forWork: readonly Payment[],
  all: readonly Payment[],
  entries: readonly Entry[],
  maxDays: number,
): { payment: Payment; from: string; to: string; days: number }[] {
  const spanOf = (p: Payment) => {
    const { from, to } = earningPeriod(p);
    return { from, to, days: isoDateToDayNumber(to) - isoDateToDayNumber(from) + 1 };
  };
  const regular = inPayPeriods(
    forWork.filter((p) => spanOf(p).days <= maxDays).map((p) => ({ periodStart: spanOf(p).from, periodEnd: spanOf(p).to })),
  );
  const out: { payment: Payment; from: string; to: string; days: number }[] = [];
  for (const payment of all) {
    if (paymentKind(payment) === 'holiday-pay' || (payment.grossMinor ?? payment.netMinor ?? 0) <= 0) continue;
    const span = spanOf(payment);
    if (span.days <= maxDays) continue;
    const kind = paymentKind(payment);
    if (kind === 'bonus' || kind === 'advance') {
      // The days with recorded work and no regular pay, from the first to the last.
      const unpaid = entriesBetween(entries, span.from, span.to).filter((e) => !regular(e.date));
      if (unpaid.length === 0) continue;
      const days = isoDateToDayNumber(unpaid[unpaid.length - 1]!.date) - isoDateToDayNumber(unpaid[0]!.date) + 1;
      if (days > maxDays) out.push({ payment, ...span, days });
      continue;
    }
    // The longest stretch of the span without regular pay.
    let run = 0;
    let longest = 0;
    const first = isoDateToDayNumber(span.from);
    for (let day = first; day < first + span.days; day++) {
      run = regular(dayNumberToIsoDate(day)) ? 0 : run + 1;
      if (run > longest) longest = run;
    }
    if (longest > maxDays) out.push({ payment, ...span, days: longest });
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
