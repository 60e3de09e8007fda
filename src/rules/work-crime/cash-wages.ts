import * as z from 'zod';
import { formatMinorAsMajor } from '../../money/money.js';
import { anyRow, evidenceOf, groupsByKey } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { firstOf } from '../forced-labour/shared.js';
import { WHO_ACTS, paymentsSpan } from './shared.js';

const options = z
  .object({
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

export const cashWages = defineRule({
  meta: {
    id: 'cash-wages',
    title: { en: 'Wages paid in cash or without a bank trace', nb: 'Lønn utbetalt kontant eller uten spor i bank' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['payments'],
    legalRefs: ['aml. § 14-15 (1) (pay into a bank account)', 'ILO C95 art. 5 (wages paid directly to the worker)'],
    options,
    docs: {
      en: [
        'Per worker: payments with `method` = `cash`, and payments that leave no trace in a bank (method `other` or missing, no `to_account`) when the payments table records the method for other payments.',
        '',
        'Norwegian law requires wages to be paid into an account (aml. § 14-15 (1)); cash is how pay below the floor, unreported work and money kept back stay out of sight. Grading: `high` when every payment of the worker is in cash or cash runs over two or more pay periods; `medium` for one cash payment; `low` for payments without a bank trace.',
      ].join('\n'),
      nb: 'Per arbeidstaker: utbetalinger med `method` = `cash`, og utbetalinger uten spor i bank (metode `other` eller tom, ingen `to_account`) når metoden er registrert for andre utbetalinger. Lønn skal utbetales til konto (aml. § 14-15 (1)).',
    },
    nextSteps: {
      en: `Ask for the worker’s bank statements and the employer’s cash book for the periods; check that the pay was reported in the a-melding. ${WHO_ACTS.en}`,
      nb: `Be om arbeidstakerens kontoutskrifter og arbeidsgiverens kassebok for periodene; kontroller at lønnen er rapportert i a-meldingen. ${WHO_ACTS.nb}`,
    },
    messages: {
      cash: {
        en: '{{cash}} of {{payments}} payment(s) in cash, {{total}} in all{{more}}.',
        nb: '{{cash}} av {{payments}} utbetaling(er) i kontanter, {{total}} til sammen{{more}}.',
      },
      untraced: {
        en: '{{count}} payment(s) with no bank account recorded and no method that would leave a trace{{more}}.',
        nb: '{{count}} utbetaling(er) uten registrert bankkonto og uten en betalingsmåte som etterlater spor{{more}}.',
      },
    },
    coverage: {
      unit: { en: 'payments', nb: 'utbetalinger' },
      unmeasured: {
        'no-method': {
          en: 'how the money was paid is not recorded (no method, no account)',
          nb: 'hvordan pengene ble utbetalt, er ikke registrert (verken metode eller konto)',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Two months of wages paid in cash', nb: 'To måneders lønn utbetalt kontant' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          payments: [
            'payment_id,worker_id,period_start,period_end,net,method,to_account',
            'p1,w1,2025-03-01,2025-03-31,20000.00,cash,',
            'p2,w1,2025-04-01,2025-04-30,20000.00,cash,',
          ],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Wages paid by bank transfer to the worker’s account', nb: 'Lønn overført til arbeidstakerens konto' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id,bank_account', 'w1,build,86011117947'],
          payments: [
            'payment_id,worker_id,period_start,period_end,net,method,to_account',
            'p1,w1,2025-03-01,2025-03-31,20000.00,bank,86011117947',
            'p2,w1,2025-04-01,2025-04-30,20000.00,bank,86011117947',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const methodsRecorded = anyRow(context.paymentsByWorker, (p) => p.method !== undefined);
    for (const [workerId, payments] of groupsByKey(context.paymentsByWorker)) {
      const paid = payments.filter((p) => (p.netMinor ?? p.grossMinor ?? 0) > 0);
      for (const p of paid)
        if (p.method === undefined && p.toAccount === undefined && !methodsRecorded) coverage.unmeasured('no-method', p);
        else coverage.judged();
      const cash = paid.filter((p) => p.method === 'cash');
      const untraced = methodsRecorded
        ? paid.filter((p) => (p.method === undefined || p.method === 'other') && p.toAccount === undefined)
        : [];
      const subject = { kind: 'worker' as const, id: workerId };
      if (cash.length > 0) {
        const { shown, more } = firstOf(cash, opts.maxEvidence);
        const total = cash.reduce((sum, p) => sum + (p.netMinor ?? p.grossMinor ?? 0), 0);
        findings.push({
          subject,
          period: paymentsSpan(cash),
          severity: cash.length === paid.length || cash.length >= 2 ? 'high' : 'medium',
          message: { id: 'cash', data: { cash: cash.length, payments: paid.length, total: formatMinorAsMajor(total, 2), more } },
          evidence: shown.flatMap((p): Evidence[] => [
            evidenceOf(p, 'method'),
            evidenceOf(p, p.netMinor !== undefined ? 'netMinor' : 'grossMinor'),
          ]),
        });
      }
      if (untraced.length > 0) {
        const { shown, more } = firstOf(untraced, opts.maxEvidence);
        findings.push({
          subject,
          period: paymentsSpan(untraced),
          severity: 'low',
          message: { id: 'untraced', data: { count: untraced.length, more } },
          evidence: shown.map((p) => evidenceOf(p, p.method !== undefined ? 'method' : 'paymentId')),
        });
      }
    }
    return findings;
  },
});
