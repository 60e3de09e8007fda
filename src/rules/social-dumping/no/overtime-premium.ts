import * as z from 'zod';
import { formatMinorAsMajor } from '../../../money/money.js';
import { evidenceOf } from '../../context.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { arrangedWeeks, limitOn, weeksOf, weeksWithin } from '../../working-weeks.js';
import { overtimeHoursPaid, payForPeriods } from '../../payment-kinds.js';
import { earningPeriod, paymentKind } from '../../../model/tables/payment.js';

const options = z
  .object({
    toleranceHours: z
      .number()
      .min(0)
      .max(40)
      .default(1)
      .describe('Overtime hours worked but not paid as overtime, per period, that are ignored.'),
  })
  .strict();

const round1 = (hours: number) => Math.round(hours * 10) / 10;

export const overtimePremium = defineRule({
  meta: {
    id: 'no/overtime-premium',
    title: { en: 'Overtime without the statutory premium', nb: 'Overtid uten lovpålagt tillegg' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    indicator: 'wage-manipulation',
    needs: ['payments'],
    legalRefs: ['aml. § 10-6 (11)'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'Overtime is paid with at least 40 % on top of the hourly wage (aml. § 10-6 (11)). The rule reports:',
        '',
        "- a payment whose overtime pay per overtime hour is below 140 % of the hourly wage (the contract's, else the ordinary rate of the salary paid for the same days); a payment of `kind` `overtime` counts its gross and hours when it has no overtime columns;",
        '- overtime worked in the time entries (beyond 9 hours a day or 40 a week, in weeks wholly inside the pay period) but not paid as overtime, beyond `toleranceHours`. Under a working-time arrangement (averaging, or a rota such as 7/7, from the contract or the configuration) a week’s overtime is its period’s average beyond 40 hours a week, never more than the week alone would count.',
      ].join('\n'),
      nb: 'Overtid betales med minst 40 % tillegg (aml. § 10-6 (11)). Regelen melder overtidsbetaling under 140 % av timelønnen, og overtid i timelistene som ikke er betalt som overtid.',
    },
    nextSteps: {
      en: 'Check the pay slips for overtime lines; compare with the time entries and any agreement on time off in lieu; report to the Labour Inspection Authority.',
      nb: 'Kontroller overtidslinjene i lønnsslippene mot timelistene og eventuell avtale om avspasering; meld fra til Arbeidstilsynet.',
    },
    messages: {
      'premium-short': {
        en: 'Overtime paid at {{paid}} an hour, below {{required}} (the hourly wage {{ordinary}} plus {{premium}} %).',
        nb: 'Overtid betalt med {{paid}} timen, under {{required}} (timelønnen {{ordinary}} pluss {{premium}} %).',
      },
      'overtime-unpaid': {
        en: '{{worked}} hours of overtime in the time entries of whole weeks in the period, {{paid}} paid as overtime{{payments}}.',
        nb: '{{worked}} overtidstimer i timeføringene for hele uker i perioden, {{paid}} betalt som overtid{{payments}}.',
      },
      'in-payments': { en: ' in {{count}} payments', nb: ' i {{count}} utbetalinger' },
      'skip-no-premium': {
        en: '{{jurisdiction}} sets no statutory overtime premium',
        nb: '{{jurisdiction}} har ikke lovfestet overtidstillegg',
      },
    },
    coverage: {
      unit: { en: 'pay periods', nb: 'lønnsperioder' },
      unmeasured: {
        'no-overtime-data': {
          en: 'neither overtime columns nor time entries for the period',
          nb: 'verken overtidskolonner eller timelister for perioden',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Ten overtime hours paid NOK 340 an hour on a wage of 250',
          nb: 'Ti overtidstimer betalt 340 kroner timen med timelønn 250',
        },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          contracts: ['contract_id,worker_id,employer_id,start_date,hourly_wage', 'c1,w1,build,2025-01-01,250.00'],
          payments: [
            'payment_id,worker_id,period_start,period_end,gross,hours_paid,overtime_hours_paid,overtime_pay',
            'p1,w1,2025-09-01,2025-09-30,43400.00,160,10,3400.00',
          ],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Overtime paid at exactly 140 %', nb: 'Overtid betalt med nøyaktig 140 %' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          contracts: ['contract_id,worker_id,employer_id,start_date,hourly_wage', 'c1,w1,build,2025-01-01,250.00'],
          payments: [
            'payment_id,worker_id,period_start,period_end,gross,hours_paid,overtime_hours_paid,overtime_pay',
            'p1,w1,2025-09-01,2025-09-30,43500.00,160,10,3500.00',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Overtime paid in a payment of its own, at 140 %',
          nb: 'Overtid betalt i en egen utbetaling, med 140 %',
        },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          contracts: ['contract_id,worker_id,employer_id,start_date,hourly_wage', 'c1,w1,build,2025-01-01,250.00'],
          payments: [
            'payment_id,worker_id,period_start,period_end,kind,gross,hours_paid',
            'p1,w1,2025-03-01,2025-03-31,salary,40000.00,160',
            'p2,w1,2025-03-01,2025-03-31,overtime,3500.00,10',
          ],
        },
      },
    ],
  },
  skipReason: (context) =>
    context.jurisdiction.workingTime.overtimePremiumPct
      ? undefined
      : { id: 'skip-no-premium', data: { jurisdiction: context.jurisdiction.name } },
  check(context, { toleranceHours }, coverage) {
    const findings: DraftFinding[] = [];
    for (const [workerId, payments] of context.paymentsByWorker) {
      const allWeeks = weeksOf(context.timeEntriesByWorker.get(workerId) ?? [], context);
      const arranged = arrangedWeeks(workerId, allWeeks, context);
      // Salary and overtime paid for the same days are one pay for those days.
      for (const group of payForPeriods(payments)) {
        const first = group[0]!;
        const period = earningPeriod(first);
        const premiumPct = limitOn(context.jurisdiction.workingTime.overtimePremiumPct, period.to);
        if (premiumPct === undefined) continue;
        const subject = { kind: 'worker' as const, id: workerId };
        const contract = context.contractOn(workerId, period.from);
        const salary = group.find((p) => paymentKind(p) !== 'overtime' && p.grossMinor !== undefined && (p.hoursPaid ?? 0) > 0);

        for (const payment of group) {
          const overtimeHours = payment.overtimeHoursPaid ?? (paymentKind(payment) === 'overtime' ? (payment.hoursPaid ?? 0) : 0);
          const overtimePay = payment.overtimePayMinor ?? (paymentKind(payment) === 'overtime' ? payment.grossMinor : undefined);
          if (!(overtimeHours > 0) || overtimePay === undefined) continue;
          const ordinaryRate =
            contract?.hourlyWageMinor ??
            (salary ? (salary.grossMinor! - (salary.overtimePayMinor ?? 0)) / salary.hoursPaid! : undefined);
          if (ordinaryRate === undefined) continue;
          const paidRate = overtimePay / overtimeHours;
          const required = ordinaryRate * (1 + premiumPct / 100);
          if (paidRate >= required - 0.5) continue;
          findings.push({
            subject,
            period,
            message: {
              id: 'premium-short',
              data: {
                paid: formatMinorAsMajor(Math.floor(paidRate), 2),
                required: formatMinorAsMajor(Math.ceil(required), 2),
                ordinary: formatMinorAsMajor(Math.round(ordinaryRate), 2),
                premium: premiumPct,
              },
            },
            evidence: [
              evidenceOf(payment, payment.overtimePayMinor !== undefined ? 'overtimePayMinor' : 'grossMinor'),
              evidenceOf(payment, payment.overtimeHoursPaid !== undefined ? 'overtimeHoursPaid' : 'hoursPaid'),
              ...(contract?.hourlyWageMinor !== undefined
                ? [evidenceOf(contract, 'hourlyWageMinor')]
                : salary
                  ? [evidenceOf(salary, 'grossMinor')]
                  : []),
            ],
          });
        }

        // Whole weeks inside the period: the worker's weeks (summed once for all rules) that fit in
        // it, with the overtime an arrangement's period average gives them.
        const weeks = weeksWithin(allWeeks, period.from, period.to);
        if (weeks.length === 0 && !group.some((p) => p.overtimeHoursPaid !== undefined || paymentKind(p) === 'overtime'))
          coverage.unmeasured('no-overtime-data', first);
        else coverage.judged();
        const overtimeOf = (w: (typeof weeks)[number]) => arranged.overtimeByWeek.get(w.week) ?? w.overtime;
        const overtimeWorked = weeks.reduce((sum, w) => sum + overtimeOf(w), 0);
        const overtimeHours = overtimeHoursPaid(group);
        if (overtimeWorked - overtimeHours > toleranceHours) {
          const cited = weeks
            .filter((w) => overtimeOf(w) > 0)
            .flatMap((w) => w.entries)
            .slice(0, 10);
          findings.push({
            subject,
            period,
            message: {
              id: 'overtime-unpaid',
              data: {
                worked: round1(overtimeWorked),
                paid: round1(overtimeHours),
                payments: group.length > 1 ? { id: 'in-payments', data: { count: group.length } } : '',
              },
            },
            evidence: [
              ...group.map((p) => evidenceOf(p, 'overtimeHoursPaid')),
              ...cited.map((e) => evidenceOf(e, e.hours !== undefined ? 'hours' : 'end')),
            ],
          });
        }
      }
    }
    return findings;
  },
});
