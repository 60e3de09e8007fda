import * as z from 'zod';
import { evidenceOf } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import { groupBy } from '../../collections/group-by.js';
import { inPayPeriods } from '../pay-periods.js';
import { paysForWork } from '../payment-kinds.js';
import { earningPeriod } from '../../model/tables/payment.js';

const options = z
  .object({
    minShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('An employer reporting fewer employees than this share of the workers seen is flagged …'),
    minGap: z.number().int().min(1).default(2).describe('… when the gap is at least this many workers.'),
  })
  .strict();

export const unregisteredWork = defineRule({
  meta: {
    id: 'unregistered-work',
    title: { en: 'Work not registered with the authorities', nb: 'Arbeid som ikke er meldt til myndighetene' },
    tier: 'work-crime',
    defaultSeverity: 'high',
    indicator: 'no-social-protection',
    needs: ['workers'],
    legalRefs: ['a-opplysningsloven (a-melding, Aa-registeret)', 'ILO C102 (social security)'],
    options,
    docs: {
      en: [
        '- A worker with `registered` = false who has hours or pay in the data (`high`): work outside the employee register means no tax, no social security and no insurance for the worker.',
        '- A worker found at work on an inspection (a time entry with `source` `inspection`; a start time is enough) on a day no contract covers and no pay is recorded for, where the data has payroll or contracts (`medium`): the presence the inspector saw is nowhere in the employer’s records.',
        '- An employer whose `registered_employees` is below `minShare` (50 %) of the workers the data shows working for it, by at least `minGap` (2) (`medium`, about the employer).',
        '',
        'Feeds the ILO indicator *no social protection* (medium, exploitative conditions of work).',
      ].join('\n'),
      nb: 'Arbeidstakere med `registered` = false som har timer eller lønn, og arbeidsgivere som rapporterer langt færre ansatte enn dataene viser. ILO-indikatoren «ingen sosial beskyttelse».',
    },
    nextSteps: {
      en: `Check the Aa-register and the a-melding for the employer and the months; ask the tax authority whether tax was withheld and paid. ${WHO_ACTS.en}`,
      nb: `Kontroller Aa-registeret og a-meldingen for arbeidsgiveren og månedene; spør Skatteetaten om forskuddstrekk er innbetalt. ${WHO_ACTS.nb}`,
    },
    messages: {
      unregistered: {
        en: 'Not registered as an employee, yet {{recorded| and }} are recorded.',
        nb: 'Ikke registrert som arbeidstaker, men {{recorded| og }} er registrert.',
      },
      'time-entries': { en: '{{count}} time entries', nb: '{{count}} timeføringer' },
      payments: { en: '{{count}} payment(s)', nb: '{{count}} utbetaling(er)' },
      'found-at-work': {
        en: 'Found at work on an inspection on {{days}} day(s) ({{dates}}) with no contract in force and no pay for the day in the data.',
        nb: 'Påtruffet i arbeid ved tilsyn på {{days}} dag(er) ({{dates}}) uten arbeidsavtale i kraft og uten lønn for dagen i dataene.',
      },
      'under-reported': {
        en: 'Reports {{reported}} employee(s) to the authorities, but the data shows {{seen}} working for it.',
        nb: 'Rapporterer {{reported}} ansatt(e) til myndighetene, men dataene viser {{seen}} som arbeider for den.',
      },
    },
    coverage: {
      unit: { en: 'workers with hours or pay', nb: 'arbeidstakere med timer eller lønn' },
      unmeasured: {
        'not-recorded': {
          en: 'whether the worker is registered as an employee is not recorded',
          nb: 'om arbeidstakeren er meldt som ansatt, er ikke registrert',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Hours recorded for a worker not registered as employed',
          nb: 'Timer registrert for en arbeidstaker som ikke er meldt som ansatt',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id,registered', 'w1,build,no'],
          time_entries: ['worker_id,date,hours', 'w1,2025-03-03,8'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Both workers registered, and the employer reports two employees',
          nb: 'Begge arbeidstakerne meldt, og arbeidsgiveren rapporterer to ansatte',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,registered_employees', 'build,2'],
          workers: ['worker_id,employer_id,registered', 'w1,build,yes', 'w2,build,yes'],
          time_entries: ['worker_id,date,hours', 'w1,2025-03-03,8', 'w2,2025-03-03,8'],
        },
      },
      {
        kind: 'breach',
        title: {
          en: 'Found at work on an inspection, with no contract and no pay for the day',
          nb: 'Påtruffet i arbeid ved tilsyn, uten arbeidsavtale og uten lønn for dagen',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,build', 'w2,build'],
          time_entries: ['worker_id,date,start,source', 'w1,2025-05-14,10:15,inspection'],
          payments: ['payment_id,worker_id,period_start,period_end,gross', 'p2,w2,2025-05-01,2025-05-31,40000.00'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const working = (workerId: string) =>
      (context.timeEntriesByWorker.get(workerId)?.length ?? 0) > 0 || (context.paymentsByWorker.get(workerId)?.length ?? 0) > 0;
    const workers = [...context.workers.values()].sort((a, b) => (a.workerId < b.workerId ? -1 : 1));
    for (const worker of workers) {
      if (!working(worker.workerId)) continue;
      if (worker.registered === undefined) coverage.unmeasured('not-recorded', worker);
      else coverage.judged();
      if (worker.registered !== false) continue;
      const entries = context.timeEntriesByWorker.get(worker.workerId) ?? [];
      const payments = context.paymentsByWorker.get(worker.workerId) ?? [];
      const dates = [...entries.map((e) => e.date), ...payments.flatMap((p) => [p.periodStart, p.periodEnd])].sort();
      findings.push({
        subject: { kind: 'worker', id: worker.workerId },
        period: { from: dates[0]!, to: dates.at(-1)! },
        message: {
          id: 'unregistered',
          data: {
            recorded: [
              ...(entries.length > 0 ? [{ id: 'time-entries', data: { count: entries.length } }] : []),
              ...(payments.length > 0 ? [{ id: 'payments', data: { count: payments.length } }] : []),
            ],
          },
        },
        evidence: [
          evidenceOf(worker, 'registered'),
          ...(entries[0] ? [evidenceOf(entries[0], 'date')] : []),
          ...(payments[0] ? [evidenceOf(payments[0], 'periodStart')] : []),
        ],
      });
    }
    // Found at work on an inspection, with nothing in the payroll or the contracts for the day.
    const hasPayroll = context.dataset.payments !== undefined || context.dataset.contracts !== undefined;
    for (const worker of workers) {
      if (!hasPayroll || worker.registered === false) continue;
      const seen = (context.timeEntriesByWorker.get(worker.workerId) ?? []).filter((e) => e.source === 'inspection');
      if (seen.length === 0) continue;
      const paid = inPayPeriods(
        (context.paymentsByWorker.get(worker.workerId) ?? [])
          .filter(paysForWork)
          .map(earningPeriod)
          .map(({ from, to }) => ({ periodStart: from, periodEnd: to })),
      );
      const unaccounted = seen.filter((e) => !paid(e.date) && context.contractOn(worker.workerId, e.date) === undefined);
      if (unaccounted.length === 0) continue;
      findings.push({
        subject: { kind: 'worker', id: worker.workerId },
        period: { from: unaccounted[0]!.date, to: unaccounted[unaccounted.length - 1]!.date },
        severity: 'medium',
        message: {
          id: 'found-at-work',
          data: {
            days: unaccounted.length,
            dates: `${unaccounted
              .slice(0, 3)
              .map((e) => e.date)
              .join(', ')}${unaccounted.length > 3 ? ', …' : ''}`,
          },
        },
        evidence: unaccounted.slice(0, 10).map((e) => evidenceOf(e, 'source')),
      });
    }
    const seenByEmployer = groupBy(
      workers.filter((w) => working(w.workerId)),
      (w) => w.employerId,
    );
    for (const org of [...context.organisations.values()].sort((a, b) => (a.orgId < b.orgId ? -1 : 1))) {
      if (org.registeredEmployees === undefined) continue;
      const seen = seenByEmployer.get(org.orgId)?.length ?? 0;
      if (seen - org.registeredEmployees < opts.minGap || org.registeredEmployees >= seen * opts.minShare) continue;
      findings.push({
        subject: { kind: 'employer', id: org.orgId },
        severity: 'medium',
        message: { id: 'under-reported', data: { reported: org.registeredEmployees, seen } },
        evidence: [evidenceOf(org, 'registeredEmployees')],
      });
    }
    return findings;
  },
});
