import * as z from 'zod';
import { entryHours } from '../../../model/tables/time-entry.js';
import type { Severity } from '../../../model/enums.js';
import { entriesBetween, evidenceOf } from '../../context.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { ordinaryHoursPaid, overtimeHoursPaid, payForPeriods } from '../../payment-kinds.js';
import { earningPeriod } from '../../../model/tables/payment.js';

const options = z
  .object({
    toleranceHours: z
      .number()
      .min(0)
      .max(40)
      .default(1)
      .describe('Differences up to this many hours per pay period are ignored (rounding, breaks).'),
    maxEvidence: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(10)
      .describe('Evidence rows cited per finding (the message gives the full count).'),
  })
  .strict();

const round1 = (hours: number) => Math.round(hours * 10) / 10;

export const paidLessThanWorked = defineRule({
  meta: {
    id: 'no/paid-less-than-worked',
    title: { en: 'Fewer hours paid than recorded', nb: 'Færre timer betalt enn registrert' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    indicator: 'wage-manipulation',
    needs: ['payments', 'timeEntries'],
    legalRefs: ['aml. § 14-15', 'aml. § 14-6 (1) (j)'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'For each pay period with `hours_paid`, adds the hours recorded in the time entries of the period and compares them with the hours paid (ordinary plus overtime). More recorded than paid, beyond `toleranceHours` (default 1), is reported. Salary, overtime and back-pay payments for the same earning period are taken together (a separate overtime payment is not unpaid hours); bonuses and holiday pay are not pay for hours.',
        '',
        'Unpaid hours are a common form of wage theft hidden behind a correct hourly rate: the pay slip looks lawful, the hours are not all on it. Severity: 20 % or more of the hours unpaid is high, 5 % medium, less low.',
      ].join('\n'),
      nb: 'Sammenligner timer i timelistene for lønnsperioden med betalte timer (ordinære og overtid). Flere registrerte enn betalte timer, utover `toleranceHours`, meldes.',
    },
    nextSteps: {
      en: 'Compare the time entries with access logs or HMS-card scans; ask the employer to explain the difference; check whether other workers show the same pattern.',
      nb: 'Sammenlign timelistene med adgangslogg eller HMS-kortskanning; be arbeidsgiver forklare differansen; sjekk om andre arbeidstakere har samme mønster.',
    },
    messages: {
      'unpaid-hours': {
        en: '{{worked}} hours recorded in {{entries}} time entries but {{paid}} hours paid{{payments}}: {{unpaid}} hours ({{share}} %) unpaid.',
        nb: '{{worked}} timer registrert i {{entries}} timeføringer, men {{paid}} timer betalt{{payments}}: {{unpaid}} timer ({{share}} %) ubetalt.',
      },
      'in-payments': { en: ' in {{count}} payments', nb: ' i {{count}} utbetalinger' },
    },
    coverage: {
      unit: { en: 'pay periods', nb: 'lønnsperioder' },
      unmeasured: {
        'no-hours-paid': {
          en: 'time entries but no hours_paid for the period',
          nb: 'timelister, men ingen hours_paid for perioden',
        },
        'no-time-entries': {
          en: 'hours paid but no time entries for the period',
          nb: 'betalte timer, men ingen timelister for perioden',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Forty hours recorded, thirty paid', nb: 'Førti timer registrert, tretti betalt' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          time_entries: ['worker_id,date,hours', 'w1,2025-09-01,10', 'w1,2025-09-02,10', 'w1,2025-09-03,10', 'w1,2025-09-04,10'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-09-01,2025-09-30,9000.00,30'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Every recorded hour paid', nb: 'Hver registrerte time betalt' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          time_entries: ['worker_id,date,hours', 'w1,2025-09-01,10', 'w1,2025-09-02,10', 'w1,2025-09-03,10', 'w1,2025-09-04,10'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-09-01,2025-09-30,12000.00,40'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Ordinary hours and overtime paid in two payments for the same month',
          nb: 'Ordinære timer og overtid betalt i to utbetalinger for samme måned',
        },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          time_entries: ['worker_id,date,hours', 'w1,2025-09-01,10', 'w1,2025-09-02,10', 'w1,2025-09-03,10', 'w1,2025-09-04,10'],
          payments: [
            'payment_id,worker_id,period_start,period_end,kind,gross,hours_paid',
            'p1,w1,2025-09-01,2025-09-30,salary,10800.00,36',
            'p2,w1,2025-09-01,2025-09-30,overtime,1680.00,4',
          ],
        },
      },
    ],
  },
  check(context, { toleranceHours, maxEvidence }, coverage) {
    const findings: DraftFinding[] = [];
    for (const payments of context.paymentsByWorker.values())
      // Salary, overtime and back pay for the same days are one pay for those days.
      for (const group of payForPeriods(payments)) {
        const withHours = group.filter((p) => p.hoursPaid !== undefined || p.overtimeHoursPaid !== undefined);
        const payment = group.find((p) => p.hoursPaid !== undefined);
        const earned = earningPeriod(payment ?? group[0]!);
        const entries = entriesBetween(context.timeEntriesByWorker.get(group[0]!.workerId) ?? [], earned.from, earned.to);
        if (payment === undefined) {
          if (entries.length > 0) coverage.unmeasured('no-hours-paid', group[0]);
          continue;
        }
        if (entries.length === 0) {
          coverage.unmeasured('no-time-entries', payment);
          continue;
        }
        coverage.judged();
        const worked = entries.reduce((sum, e) => sum + (entryHours(e) ?? 0), 0);
        const paid = ordinaryHoursPaid(group) + overtimeHoursPaid(group);
        const unpaid = worked - paid;
        if (unpaid <= toleranceHours) continue;
        const share = unpaid / worked;
        const severity: Severity = share >= 0.2 ? 'high' : share >= 0.05 ? 'medium' : 'low';
        findings.push({
          subject: { kind: 'worker', id: payment.workerId },
          period: earned,
          severity,
          message: {
            id: 'unpaid-hours',
            data: {
              worked: round1(worked),
              entries: entries.length,
              paid: round1(paid),
              payments: withHours.length > 1 ? { id: 'in-payments', data: { count: withHours.length } } : '',
              unpaid: round1(unpaid),
              share: (share * 100).toFixed(1),
            },
          },
          evidence: [
            ...withHours.flatMap((p) => [
              ...(p.hoursPaid !== undefined ? [evidenceOf(p, 'hoursPaid')] : []),
              ...(p.overtimeHoursPaid !== undefined ? [evidenceOf(p, 'overtimeHoursPaid')] : []),
            ]),
            ...entries.slice(0, maxEvidence).map((e) => evidenceOf(e, e.hours !== undefined ? 'hours' : 'end')),
          ],
        });
      }
    return findings;
  },
});
