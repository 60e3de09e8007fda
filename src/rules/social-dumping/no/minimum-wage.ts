import * as z from 'zod';
import type { Severity } from '../../../model/enums.js';
import { formatMinorAsMajor } from '../../../money/money.js';
import { evidenceOf } from '../../context.js';
import { MINIMUM_COVERAGE_REASONS, hoursEvidence, paymentsUnderMinimum, sectorEvidence } from '../../minimum-pay.js';
import { earningPeriod } from '../../../model/tables/payment.js';
import { categoryMessage, sectorMessage } from '../../../i18n/shared-messages.js';
import { defineRule, type DraftFinding } from '../../rule.js';

const options = z
  .object({
    tolerancePct: z
      .number()
      .min(0)
      .max(10)
      .default(0.5)
      .describe('Shortfalls below this share of the minimum are ignored (rounding in payroll systems).'),
  })
  .strict();

function severityFor(shortfall: number): Severity {
  if (shortfall >= 0.3) return 'critical';
  if (shortfall >= 0.15) return 'high';
  if (shortfall >= 0.05) return 'medium';
  return 'low';
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
        'Effective hourly pay = (gross − overtime pay) ÷ ordinary hours. Holiday pay is not in gross. Hours come from `hours_paid`, else from the time entries in the earning period (less overtime hours paid), else, for a fixed monthly salary (fastlønn), from the contract in force: its `weekly_hours`, or its `position_pct` of a 37.5-hour week, over the period’s weeks (the finding says so). The sector comes from the contract in force, else from the employer. A period that spans a new regulation is held to each rate for the calendar days it was in force.',
        '',
        'Only salary is ordinary pay: payments of `kind` `bonus`, `holiday-pay`, `advance`, `overtime` or `other` are not held to the floor and do not lift salary to it (a bonus is not salary, allmenngjøringsforskriftene). Back pay (`back-pay`) for exactly the same earning period is added to the salary it makes good. A payment’s earning period (`earned_from`/`earned_to`) counts when it differs from the pay period.',
        '',
        'Severity grows with the shortfall: under 5 % low, 5–15 % medium, 15–30 % high, 30 % or more critical. Sectors without a regulation are the `low-or-no-salary` rule’s. A salary payment that cannot be judged (no gross, no sector, no hours, dates outside every known rate) is counted in the screening’s coverage with the reason, never passed over in silence.',
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
    messages: {
      'below-minimum': {
        en: 'Effective hourly pay NOK {{pay}} is {{shortfall}} % below the {{sector}} minimum for {{category}} workers ({{rates|, then }}){{backPay}}{{fixedSalary}}.',
        nb: 'Effektiv timelønn NOK {{pay}} er {{shortfall}} % under minstelønnen for {{sector}}, {{category}} ({{rates|, deretter }}){{backPay}}{{fixedSalary}}.',
      },
      'with-back-pay': {
        en: ', counting {{count}} back-pay payment(s) for the same days',
        nb: ', medregnet {{count}} etterbetaling(er) for de samme dagene',
      },
      'fixed-salary-hours': {
        en: "; a fixed salary, its {{hours}} hours taken from the contract's weekly hours or position",
        nb: '; fastlønn, med {{hours}} timer regnet fra arbeidsavtalens ukentlige arbeidstid eller stillingsprosent',
      },
    },
    coverage: { unit: { en: 'salary payments', nb: 'lønnsutbetalinger' }, unmeasured: MINIMUM_COVERAGE_REASONS },
    examples: [
      {
        kind: 'breach',
        title: { en: 'A cleaner paid NOK 180 an hour in July 2025', nb: 'En renholder betalt 180 kroner timen i juli 2025' },
        tables: {
          organisations: ['org_id,name,sector', 'clean,Renhold AS,cleaning'],
          workers: ['worker_id,employer_id,birth_date', 'w1,clean,1990-01-01'],
          payments: [
            'payment_id,worker_id,period_start,period_end,gross,hours_paid,overtime_pay',
            'p1,w1,2025-07-01,2025-07-31,28800.00,160,0',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A skilled construction worker paid exactly the minimum',
          nb: 'En faglært bygningsarbeider betalt nøyaktig minstelønnen',
        },
        tables: {
          organisations: ['org_id,name,sector', 'build,Bygg AS,construction'],
          workers: ['worker_id,employer_id,skill_level,experience_years', 'w1,build,skilled,5'],
          payments: [
            'payment_id,worker_id,period_start,period_end,gross,hours_paid,overtime_pay',
            'p1,w1,2025-07-01,2025-07-31,39648.00,150,0',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'An annual bonus is not salary: it is not held to the floor, and the monthly salary meets it',
          nb: 'En årlig bonus er ikke lønn: den holdes ikke mot minstelønnen, og månedslønnen oppfyller den',
        },
        on: '2026-03-31',
        tables: {
          organisations: ['org_id,name,sector', 'clean,Renhold AS,cleaning'],
          workers: ['worker_id,employer_id', 'w1,clean'],
          payments: [
            'payment_id,worker_id,period_start,period_end,kind,gross,hours_paid,earned_from,earned_to',
            'p1,w1,2025-12-01,2025-12-31,salary,40000.00,160,,',
            'b1,w1,2026-02-01,2026-02-28,bonus,15000.00,,2025-01-01,2025-12-31',
          ],
        },
      },
    ],
  },
  skipReason: (context) =>
    context.jurisdiction.minimumWages.length === 0
      ? context.jurisdiction.noMinimumWageReason
        ? { id: 'skip.pack-reason', data: { ...context.jurisdiction.noMinimumWageReason } }
        : { id: 'skip.no-minimum-wages' }
      : undefined,
  check(context, { tolerancePct }, coverage) {
    const findings: DraftFinding[] = [];
    for (const payments of context.paymentsByWorker.values())
      for (const { pay, minimum, effectiveMinor, shortfall } of paymentsUnderMinimum(context, payments, tolerancePct, coverage)) {
        const { payment, backPay } = pay;
        const { sector, category } = minimum;
        findings.push({
          subject: { kind: 'worker', id: payment.workerId },
          period: earningPeriod(payment),
          severity: severityFor(shortfall),
          message: {
            id: 'below-minimum',
            data: {
              pay: formatMinorAsMajor(Math.floor(effectiveMinor), 2),
              shortfall: (shortfall * 100).toFixed(1),
              sector: sectorMessage(sector),
              category: categoryMessage(category),
              rates: minimum.rates.map((rate) => ({
                id: 'rate-from',
                data: { rate: formatMinorAsMajor(rate.hourlyMinor, 2), from: rate.validFrom },
              })),
              backPay: backPay.length > 0 ? { id: 'with-back-pay', data: { count: backPay.length } } : '',
              fixedSalary:
                minimum.hoursFrom === 'contract'
                  ? { id: 'fixed-salary-hours', data: { hours: Math.round(minimum.hours * 10) / 10 } }
                  : '',
            },
          },
          evidence: [
            evidenceOf(payment, 'grossMinor'),
            ...backPay.map((p) => evidenceOf(p, 'grossMinor')),
            ...hoursEvidence(minimum),
            ...(payment.overtimePayMinor ? [evidenceOf(payment, 'overtimePayMinor')] : []),
            sectorEvidence(minimum),
          ],
        });
      }
    return findings;
  },
});
