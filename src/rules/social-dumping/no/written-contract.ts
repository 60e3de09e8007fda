import * as z from 'zod';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../../../dates/iso-date.js';
import { evidenceOf } from '../../context.js';
import { defineRule, type DraftFinding } from '../../rule.js';

const options = z
  .object({
    graceDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .default(7)
      .describe('Days after the first day of work by which the written contract must exist (aml. § 14-6; to verify).'),
  })
  .strict();

export const writtenContract = defineRule({
  meta: {
    id: 'no/written-contract',
    title: {
      en: 'No written contract, or one the worker cannot read',
      nb: 'Mangler skriftlig arbeidsavtale, eller avtalen er på et språk arbeidstakeren ikke forstår',
    },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    needs: ['contracts'],
    legalRefs: ['aml. § 14-5', 'aml. § 14-6'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'Every employee shall have a written employment contract (aml. § 14-5) with the terms of § 14-6. The rule reports a worker who has pay or hours but no contract row, a contract marked not written, a contract in a language the worker does not understand, and a contract signed more than `graceDays` (default 7) days after the first day of work (from `workers.start_date`, the contract start, or the first time entry).',
        '',
        'A missing contract is a classic entry point to social dumping: without it, the worker cannot prove the agreed pay or hours.',
      ].join('\n'),
      nb: 'Alle arbeidstakere skal ha skriftlig arbeidsavtale (aml. § 14-5). Regelen melder arbeidstakere med lønn eller timer uten avtale, avtaler som ikke er skriftlige, avtaler på et språk arbeidstakeren ikke forstår, og avtaler signert mer enn `graceDays` dager etter første arbeidsdag.',
    },
    nextSteps: {
      en: 'Ask the employer for the signed contract and check it against the pay slips; interview the worker in a language they understand.',
      nb: 'Be arbeidsgiver om den signerte avtalen og sammenlign med lønnsslippene; intervju arbeidstakeren på et språk vedkommende forstår.',
    },
    messages: {
      'no-contract': {
        en: 'The worker has pay or hours on record but no employment contract.',
        nb: 'Arbeidstakeren har registrert lønn eller timer, men ingen arbeidsavtale.',
      },
      'not-written': { en: 'Contract {{contract}} is not written.', nb: 'Arbeidsavtale {{contract}} er ikke skriftlig.' },
      language: {
        en: 'Contract {{contract}} is in a language the worker does not understand.',
        nb: 'Arbeidsavtale {{contract}} er på et språk arbeidstakeren ikke forstår.',
      },
      'signed-late': {
        en: 'Contract {{contract}} was signed on {{signedOn}}, {{late}} days after work started on {{started}} (allowed: {{allowed}}).',
        nb: 'Arbeidsavtale {{contract}} ble signert {{signedOn}}, {{late}} dager etter at arbeidet startet {{started}} (tillatt: {{allowed}}).',
      },
    },
    coverage: {
      unit: { en: 'workers with pay, hours or a contract', nb: 'arbeidstakere med lønn, timer eller avtale' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Paid in March, with no employment contract', nb: 'Lønnet i mars, uten arbeidsavtale' },
        tables: {
          workers: ['worker_id,employer_id,start_date', 'w1,clean,2025-03-03'],
          payments: ['payment_id,worker_id,period_start,period_end', 'p1,w1,2025-03-01,2025-03-31'],
          contracts: ['contract_id,worker_id,employer_id,written,signed_on,start_date,language_understood'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A written contract signed within seven days, in a language the worker reads',
          nb: 'En skriftlig avtale signert innen sju dager, på et språk arbeidstakeren forstår',
        },
        tables: {
          workers: ['worker_id,employer_id,start_date', 'w1,clean,2025-03-03'],
          payments: ['payment_id,worker_id,period_start,period_end', 'p1,w1,2025-03-01,2025-03-31'],
          contracts: [
            'contract_id,worker_id,employer_id,written,signed_on,start_date,language_understood',
            'c1,w1,clean,ja,2025-03-10,2025-03-03,ja',
          ],
        },
      },
    ],
  },
  check(context, { graceDays }, coverage) {
    const findings: DraftFinding[] = [];
    for (const worker of context.dataset.workers) {
      const contracts = context.contractsByWorker.get(worker.workerId) ?? [];
      const payments = context.paymentsByWorker.get(worker.workerId) ?? [];
      const entries = context.timeEntriesByWorker.get(worker.workerId) ?? [];
      const subject = { kind: 'worker' as const, id: worker.workerId };
      if (contracts.length === 0 && payments.length === 0 && entries.length === 0) continue;
      coverage.judged();
      if (contracts.length === 0) {
        const evidence = [
          evidenceOf(worker, 'workerId'),
          ...(payments[0] ? [evidenceOf(payments[0], 'paymentId')] : []),
          ...(entries[0] ? [evidenceOf(entries[0], 'date')] : []),
        ];
        findings.push({ subject, message: { id: 'no-contract' }, evidence });
        continue;
      }
      const firstWork = [worker.startDate, entries[0]?.date, ...contracts.map((c) => c.startDate)]
        .filter((d): d is string => d !== undefined)
        .sort()[0];
      for (const contract of contracts) {
        const period = contract.startDate ? { from: contract.startDate, to: contract.endDate ?? contract.startDate } : undefined;
        const base = { subject, ...(period ? { period } : {}) };
        if (contract.written === false) {
          findings.push({
            ...base,
            severity: 'high',
            message: { id: 'not-written', data: { contract: contract.contractId } },
            evidence: [evidenceOf(contract, 'written')],
          });
        }
        if (contract.languageUnderstood === false) {
          findings.push({
            ...base,
            message: { id: 'language', data: { contract: contract.contractId } },
            evidence: [evidenceOf(contract, 'languageUnderstood')],
          });
        }
        if (contract.signedOn && firstWork) {
          const deadline = dayNumberToIsoDate(isoDateToDayNumber(firstWork) + graceDays);
          if (contract.signedOn > deadline) {
            const late = isoDateToDayNumber(contract.signedOn) - isoDateToDayNumber(firstWork);
            findings.push({
              ...base,
              severity: 'low',
              message: {
                id: 'signed-late',
                data: {
                  contract: contract.contractId,
                  signedOn: contract.signedOn,
                  late,
                  started: firstWork,
                  allowed: graceDays,
                },
              },
              evidence: [
                evidenceOf(contract, 'signedOn'),
                ...(entries[0] ? [evidenceOf(entries[0], 'date')] : worker.startDate ? [evidenceOf(worker, 'startDate')] : []),
              ],
            });
          }
        }
      }
    }
    return findings;
  },
});
