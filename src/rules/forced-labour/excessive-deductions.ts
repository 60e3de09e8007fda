import * as z from 'zod';
import { DEDUCTION_KINDS, type Severity } from '../../model/enums.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import type { Message } from '../../i18n/format-message.js';

const options = z
  .object({
    maxShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.25)
      .describe('Largest share of gross pay that deductions other than the statutory ones may take.'),
    nearZeroNetShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe('Net pay below this share of gross pay counts as near zero.'),
    statutoryKinds: z
      .array(z.enum(DEDUCTION_KINDS))
      .default(['tax', 'pension'])
      .describe('Deduction kinds the law requires (not counted).'),
    maxEvidence: z.number().int().min(1).max(100).default(12).describe('Evidence rows cited per finding.'),
  })
  .strict();

const pct = (share: number) => `${Math.round(share * 100)} %`;

export const excessiveDeductions = defineRule({
  meta: {
    id: 'excessive-deductions',
    title: { en: 'Deductions that leave little or no pay', nb: 'Trekk som etterlater lite eller ingen lønn' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'abusive-working-and-living-conditions',
    needs: ['payments', 'deductions'],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour: abusive working and living conditions',
      'ILO C95 arts. 8, 9',
      'aml. § 14-15 (2)',
    ],
    options,
    docs: {
      en: [
        'Per worker, from the pay and its deductions: deductions other than tax and pension (option `statutoryKinds`) taking more than `maxShare` (default 25 %) of gross pay, per payment (deductions linked by `payment_id`) and over all the worker’s pay (all deductions, linked or not); and payments whose net pay is below `nearZeroNetShare` (default 10 %) of gross.',
        '',
        'Only amounts in the payment’s currency are compared; others are counted in the message. One finding per worker. Grading: `high` when the deductions take more than twice `maxShare` overall or any net pay is near zero, else `medium`.',
      ].join('\n'),
      nb: 'Per arbeidstaker: trekk utenom skatt og pensjon som tar mer enn 25 % av bruttolønnen, per utbetaling og samlet, og utbetalinger der nettolønnen er under 10 % av brutto.',
    },
    nextSteps: {
      en: `Ask what each deduction is for, whether the worker agreed in writing, and who receives the money (employer, landlord, recruiter). ${WHO_ACTS.en}`,
      nb: `Spør hva hvert trekk gjelder, om arbeidstakeren har samtykket skriftlig, og hvem som mottar pengene (arbeidsgiver, utleier, rekrutterer). ${WHO_ACTS.nb}`,
    },
    messages: {
      deductions: { en: '{{parts|; }}{{more}}.', nb: '{{parts|; }}{{more}}.' },
      overall: {
        en: 'Deductions other than tax and pension took {{share}} of gross pay over {{payments}} payment(s)',
        nb: 'Trekk utenom skatt og pensjon tok {{share}} av bruttolønnen over {{payments}} utbetaling(er)',
      },
      heavy: { en: 'over {{share}} in {{payments}} payment(s)', nb: 'over {{share}} i {{payments}} utbetaling(er)' },
      'near-zero': {
        en: 'net pay under {{share}} of gross in {{payments}} payment(s)',
        nb: 'nettolønn under {{share}} av brutto i {{payments}} utbetaling(er)',
      },
      'other-currency': {
        en: '{{count}} deduction(s) in another currency not compared',
        nb: '{{count}} trekk i annen valuta er ikke sammenlignet',
      },
      'more-rows': { en: ' ({{count}} more rows not cited)', nb: ' ({{count}} rader til er ikke sitert)' },
    },
    coverage: {
      unit: { en: 'workers with deductions', nb: 'arbeidstakere med trekk' },
      unmeasured: {
        'no-gross': { en: 'no gross pay to compare the deductions with', nb: 'ingen bruttolønn å sammenligne trekkene med' },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Food and fines leave 5 % of gross pay', nb: 'Mat og bøter gir 5 % av bruttolønnen igjen' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,net', 'p1,w1,2025-03-01,2025-03-31,30000.00,1500.00'],
          deductions: ['payment_id,worker_id,kind,amount', 'p1,w1,tax,7500.00', 'p1,w1,food,6000.00', 'p1,w1,fine,15000.00'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Tax, pension and a small lodging charge', nb: 'Skatt, pensjon og et lite boligtrekk' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,net', 'p1,w1,2025-03-01,2025-03-31,30000.00,20000.00'],
          deductions: ['payment_id,worker_id,kind,amount', 'p1,w1,tax,9000.00', 'p1,w1,pension,600.00', 'p1,w1,lodging,400.00'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const [workerId, rows] of context.deductionsByWorker) {
      const pay = context.paymentsByWorker.get(workerId) ?? [];
      const currency = pay[0]?.currency;
      const ownPayments = new Set(pay.map((p) => p.paymentId));
      const counted = rows.filter((d) => d.kind === undefined || !opts.statutoryKinds.includes(d.kind));
      const sameCurrency = counted.filter((d) => d.currency === undefined || currency === undefined || d.currency === currency);
      const otherCurrency = counted.length - sameCurrency.length;
      const grossTotal = pay.reduce((sum, p) => sum + (p.currency === currency ? (p.grossMinor ?? 0) : 0), 0);
      if (grossTotal > 0) coverage.judged();
      else coverage.unmeasured('no-gross', rows[0]);
      const deductedTotal = sameCurrency.reduce((sum, d) => sum + d.amountMinor, 0);
      const overall = grossTotal > 0 ? deductedTotal / grossTotal : 0;

      const byPayment = new Map<string, number>();
      for (const d of sameCurrency)
        if (d.paymentId && ownPayments.has(d.paymentId))
          byPayment.set(d.paymentId, (byPayment.get(d.paymentId) ?? 0) + d.amountMinor);
      const heavy = pay.filter((p) => {
        const deducted = byPayment.get(p.paymentId) ?? 0;
        return (p.grossMinor ?? 0) > 0 && deducted / p.grossMinor! > opts.maxShare;
      });
      const nearZero = pay.filter(
        (p) => (p.grossMinor ?? 0) > 0 && p.netMinor !== undefined && p.netMinor < p.grossMinor! * opts.nearZeroNetShare,
      );
      if (heavy.length === 0 && nearZero.length === 0 && overall <= opts.maxShare) continue;

      const parts: Message[] = [{ id: 'overall', data: { share: pct(overall), payments: pay.length } }];
      if (heavy.length > 0) parts.push({ id: 'heavy', data: { share: pct(opts.maxShare), payments: heavy.length } });
      if (nearZero.length > 0)
        parts.push({ id: 'near-zero', data: { share: pct(opts.nearZeroNetShare), payments: nearZero.length } });
      if (otherCurrency > 0) parts.push({ id: 'other-currency', data: { count: otherCurrency } });
      const severity: Severity = overall > 2 * opts.maxShare || nearZero.length > 0 ? 'high' : 'medium';

      const evidence: Evidence[] = [];
      for (const p of [...new Set([...heavy, ...nearZero])]) {
        evidence.push(evidenceOf(p, 'grossMinor'));
        if (p.netMinor !== undefined) evidence.push(evidenceOf(p, 'netMinor'));
      }
      const linked = new Set([...heavy].map((p) => p.paymentId));
      const cited = sameCurrency.filter((d) => heavy.length === 0 || (d.paymentId !== undefined && linked.has(d.paymentId)));
      evidence.push(...cited.map((d) => evidenceOf(d, 'amountMinor')));
      const periods = pay.map((p) => [p.periodStart, p.periodEnd] as const);
      findings.push({
        subject: { kind: 'worker', id: workerId },
        period:
          periods.length > 0
            ? {
                from: periods.map(([from]) => from).sort()[0]!,
                to: periods
                  .map(([, to]) => to)
                  .sort()
                  .at(-1)!,
              }
            : undefined,
        severity,
        message: {
          id: 'deductions',
          data: {
            parts,
            more:
              evidence.length > opts.maxEvidence ? { id: 'more-rows', data: { count: evidence.length - opts.maxEvidence } } : '',
          },
        },
        evidence: evidence.slice(0, opts.maxEvidence),
      });
    }
    return findings;
  },
});
