import * as z from 'zod';
import type { SourcedRow } from '../../model/dataset.js';
import { evidenceOf, groupsByKey } from '../context.js';
import { distinctEvidence, type Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { firstOf } from '../forced-labour/shared.js';
import { WHO_ACTS, accountKeys, paymentsSpan } from './shared.js';
import type { Message } from '../../i18n/format-message.js';

const options = z
  .object({
    maxWorkersPerAccount: z
      .number()
      .int()
      .min(1)
      .default(1)
      .describe('Workers whose pay may go to one account before it counts as shared.'),
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

type Payment = SourcedRow<'payments'>;

export const thirdPartyAccount = defineRule({
  meta: {
    id: 'third-party-account',
    title: { en: 'Pay sent to someone else’s account', nb: 'Lønn til en annens konto' },
    tier: 'work-crime',
    defaultSeverity: 'high',
    indicator: 'withholding-of-wages',
    needs: ['payments'],
    legalRefs: ['aml. § 14-15 (1)', 'ILO C95 art. 5 (wages paid directly to the worker)'],
    options,
    docs: {
      en: [
        'Two signs that someone other than the worker controls the pay:',
        '',
        '- a payment whose `to_account` is not the worker’s own `bank_account` (compared in a normal form, so a Norwegian account and its IBAN match);',
        '- one account receiving the wages of more than `maxWorkersPerAccount` workers (from `to_account`, else the worker’s `bank_account`).',
        '',
        'One finding per worker, with every sign. Both feed the ILO indicator *withholding of wages* (medium, coercion at destination): a strong sign that someone else controls the money. Account numbers are cited as evidence, never written into the message.',
      ].join('\n'),
      nb: 'To tegn på at andre enn arbeidstakeren styrer lønnen: utbetaling til en annen konto enn arbeidstakerens egen, og én konto som mottar lønn for flere arbeidstakere. ILO-indikatoren «tilbakeholdelse av lønn».',
    },
    nextSteps: {
      en: `Ask the worker, alone, who owns the account and whether they can withdraw from it; ask the bank for the account holder through the police or tax authority. ${WHO_ACTS.en}`,
      nb: `Spør arbeidstakeren, alene, hvem som eier kontoen og om de kan ta ut penger; be banken om kontoinnehaver via politiet eller Skatteetaten. ${WHO_ACTS.nb}`,
    },
    messages: {
      'third-party': { en: '{{parts|; }}.', nb: '{{parts|; }}.' },
      elsewhere: {
        en: '{{count}} of {{payments}} payment(s) went to an account that is not the worker’s own',
        nb: '{{count}} av {{payments}} utbetaling(er) gikk til en konto som ikke er arbeidstakerens egen',
      },
      'shared-account': {
        en: 'the account that receives the pay also receives the pay of {{others}} other worker(s)',
        nb: 'kontoen som mottar lønnen, mottar også lønnen til {{others}} andre arbeidstaker(e)',
      },
    },
    coverage: {
      unit: { en: 'payments', nb: 'utbetalinger' },
      unmeasured: {
        'no-account': {
          en: 'no account recorded for the payment or the worker',
          nb: 'ingen konto registrert for utbetalingen eller arbeidstakeren',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Wages paid into an account that is not the worker’s',
          nb: 'Lønn utbetalt til en konto som ikke er arbeidstakerens',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id,bank_account', 'w1,build,86011117947'],
          payments: [
            'payment_id,worker_id,period_start,period_end,net,method,to_account',
            'p1,w1,2025-03-01,2025-03-31,20000.00,bank,15030000002',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Paid to the worker’s own account, written as an IBAN',
          nb: 'Utbetalt til arbeidstakerens egen konto, skrevet som IBAN',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id,bank_account', 'w1,build,86011117947'],
          payments: [
            'payment_id,worker_id,period_start,period_end,net,method,to_account',
            'p1,w1,2025-03-01,2025-03-31,20000.00,bank,NO93 8601 1117 947',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const accountKey = accountKeys();
    const payee = (p: Payment) => p.toAccount ?? context.workers.get(p.workerId)?.bankAccount;
    const workersByAccount = new Map<string, Set<string>>();
    for (const payments of context.paymentsByWorker.values())
      for (const payment of payments) {
        const account = payee(payment);
        if (account === undefined) {
          coverage.unmeasured('no-account', payment);
          continue;
        }
        coverage.judged();
        const key = accountKey(account);
        const workers = workersByAccount.get(key) ?? new Set<string>();
        workers.add(payment.workerId);
        workersByAccount.set(key, workers);
      }

    // Workers paid into any of these accounts, counted once per set of accounts: a thousand
    // workers paid into one account must not each copy the other thousand.
    const sharerCounts = new Map<string, number>();
    const sharersOf = (keys: readonly string[]): number => {
      if (keys.length === 1) return workersByAccount.get(keys[0]!)!.size;
      const key = JSON.stringify([...keys].sort());
      let count = sharerCounts.get(key);
      if (count === undefined) {
        count = new Set(keys.flatMap((account) => [...workersByAccount.get(account)!])).size;
        sharerCounts.set(key, count);
      }
      return count;
    };

    const findings: DraftFinding[] = [];
    for (const [workerId, payments] of groupsByKey(context.paymentsByWorker)) {
      const worker = context.workers.get(workerId);
      const own = worker?.bankAccount !== undefined ? accountKey(worker.bankAccount) : undefined;
      const elsewhere = payments.filter((p) => p.toAccount !== undefined && own !== undefined && accountKey(p.toAccount) !== own);
      const shared = payments.filter((p) => {
        const account = payee(p);
        return account !== undefined && workersByAccount.get(accountKey(account))!.size > opts.maxWorkersPerAccount;
      });
      if (elsewhere.length === 0 && shared.length === 0) continue;

      const parts: Message[] = [];
      const evidence: Evidence[] = [];
      if (elsewhere.length > 0) {
        parts.push({ id: 'elsewhere', data: { count: elsewhere.length, payments: payments.length } });
        evidence.push(evidenceOf(worker!, 'bankAccount'));
        evidence.push(...firstOf(elsewhere, opts.maxEvidence).shown.map((p) => evidenceOf(p, 'toAccount')));
      }
      if (shared.length > 0) {
        const sharers = sharersOf([...new Set(shared.map((p) => accountKey(payee(p)!)))]);
        parts.push({ id: 'shared-account', data: { others: sharers - 1 } });
        for (const p of firstOf(shared, opts.maxEvidence).shown)
          evidence.push(p.toAccount !== undefined ? evidenceOf(p, 'toAccount') : evidenceOf(worker!, 'bankAccount'));
      }
      findings.push({
        subject: { kind: 'worker', id: workerId },
        period: paymentsSpan(payments),
        message: { id: 'third-party', data: { parts } },
        evidence: distinctEvidence(evidence).slice(0, opts.maxEvidence),
      });
    }
    return findings;
  },
});
