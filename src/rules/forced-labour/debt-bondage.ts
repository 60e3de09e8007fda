import * as z from 'zod';
import { DEDUCTION_KINDS, type Severity } from '../../model/enums.js';
import type { DimensionContribution } from '../../assess/ilo-table.js';
import { formatMinorAsMajor } from '../../money/money.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS, firstOf, monthOf } from './shared.js';
import type { Message } from '../../i18n/format-message.js';

const options = z
  .object({
    debtKinds: z
      .array(z.enum(DEDUCTION_KINDS))
      .default(['recruitment-fee', 'loan-repayment', 'advance'])
      .describe('Deduction kinds that repay a debt to the employer or recruiter.'),
    persistentMonths: z
      .number()
      .int()
      .min(2)
      .default(3)
      .describe('Months with debt deductions after which the debt counts as not falling.'),
    maxEvidence: z.number().int().min(1).max(100).default(12).describe('Evidence rows cited per finding.'),
  })
  .strict();

const major = (minor: number) => formatMinorAsMajor(minor, 2);

export const debtBondage = defineRule({
  meta: {
    id: 'debt-bondage',
    title: { en: 'Debt that binds the worker', nb: 'Gjeld som binder arbeidstakeren' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'debt-bondage',
    needs: [],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour: debt bondage',
      'ILO C181 art. 7 (no fees to workers)',
      'ILO P29 art. 2',
      'aml. § 14-15 (2)',
    ],
    options,
    docs: {
      en: [
        'From `recruitment` and `deductions`, per worker:',
        '',
        '- a recruitment fee paid by the worker (`fee_paid`): under ILO C181 art. 7 workers pay no fees, so any fee is a sign;',
        '- debt on arrival (`debt_at_arrival`);',
        '- deductions that repay a debt (`recruitment-fee`, `loan-repayment`, `advance`; option `debtKinds`), and whether the debt falls: repayments that exceed the debt at arrival, or that go on for `persistentMonths` (default 3) months or more, suggest a debt that is never paid off.',
        '',
        'One finding per worker. A fee alone feeds *coercive recruitment* (medium); debt, or deductions that repay one, feed *debt bondage* (strong, coercion at destination), and debt at arrival also coercive recruitment. Grading: `high` for debt that does not fall, or debt at arrival being repaid from wages; `medium` otherwise. The rule runs when `recruitment` or `deductions` is present.',
      ].join('\n'),
      nb: 'Fra `recruitment` og `deductions`: rekrutteringsgebyr betalt av arbeidstakeren (ILO C181 art. 7), gjeld ved ankomst, og trekk som nedbetaler gjeld; gjeld som ikke synker (mer nedbetalt enn gjelden, eller trekk i tre måneder eller mer) gir `high`.',
    },
    nextSteps: {
      en: `Ask for the loan or fee agreement, who the creditor is, and the balance over time; ask the worker whether they may leave before the debt is paid. ${WHO_ACTS.en}`,
      nb: `Be om låne- eller gebyravtalen, hvem kreditor er og saldoen over tid; spør arbeidstakeren om de kan slutte før gjelden er betalt. ${WHO_ACTS.nb}`,
    },
    messages: {
      bound: { en: 'The worker {{parts|; }}{{more}}.', nb: 'Arbeidstakeren {{parts|; }}{{more}}.' },
      fee: { en: 'paid a recruitment fee of {{fee}}', nb: 'betalte et rekrutteringsgebyr på {{fee}}' },
      debt: { en: 'owed {{debt}} on arrival', nb: 'skyldte {{debt}} ved ankomst' },
      repaid: {
        en: 'had {{repaid}} deducted in {{count}} debt deduction(s){{months}}',
        nb: 'fikk trukket {{repaid}} i {{count}} gjeldstrekk{{months}}',
      },
      'over-months': { en: ' over {{months}} month(s)', nb: ' over {{months}} måned(er)' },
      'over-repaid': {
        en: 'has repaid more than the debt at arrival and deductions go on',
        nb: 'har betalt tilbake mer enn gjelden ved ankomst, og trekkene fortsetter',
      },
      persistent: {
        en: 'deductions have gone on for {{months}} months',
        nb: 'trekkene har pågått i {{months}} måneder',
      },
      'skip-no-tables': {
        en: 'tables recruitment, deductions not provided (needs one of them)',
        nb: 'tabellene recruitment og deductions mangler (regelen trenger én av dem)',
      },
    },
    coverage: {
      unit: { en: 'workers with recruitment or deduction rows', nb: 'arbeidstakere med rekrutterings- eller trekkrader' },
      unmeasured: {
        'kind-unknown': {
          en: 'deductions without a kind: whether they repay a debt is not known',
          nb: 'trekk uten type: om de nedbetaler gjeld, er ukjent',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'A debt at arrival repaid from wages', nb: 'Gjeld ved ankomst nedbetalt av lønnen' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          recruitment: ['worker_id,recruiter_id,recruited_in,fee_paid,debt_at_arrival', 'w1,agency,RO,0.00,20000.00'],
          payments: ['payment_id,worker_id,period_start,period_end,gross', 'p1,w1,2025-03-01,2025-03-31,30000.00'],
          deductions: ['payment_id,worker_id,kind,amount', 'p1,w1,loan-repayment,4000.00'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'No fee, no debt, only tax and pension deducted',
          nb: 'Ingen avgift, ingen gjeld, bare skatt og pensjon trukket',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          recruitment: ['worker_id,recruiter_id,recruited_in,fee_paid,debt_at_arrival', 'w1,agency,RO,0.00,0.00'],
          payments: ['payment_id,worker_id,period_start,period_end,gross', 'p1,w1,2025-03-01,2025-03-31,30000.00'],
          deductions: ['payment_id,worker_id,kind,amount', 'p1,w1,tax,9000.00', 'p1,w1,pension,600.00'],
        },
      },
    ],
  },
  skipReason: (context) =>
    context.dataset.recruitment === undefined && context.dataset.deductions === undefined ? { id: 'skip-no-tables' } : undefined,
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const workerIds = new Set([...context.recruitmentByWorker.keys(), ...context.deductionsByWorker.keys()]);
    for (const workerId of [...workerIds].sort()) {
      const recruitment = (context.recruitmentByWorker.get(workerId) ?? []).filter(
        (r) => (r.feePaidMinor ?? 0) > 0 || (r.debtAtArrivalMinor ?? 0) > 0,
      );
      const repayments = (context.deductionsByWorker.get(workerId) ?? []).filter(
        (d) => d.kind !== undefined && opts.debtKinds.includes(d.kind) && d.amountMinor > 0,
      );
      const deductions = context.deductionsByWorker.get(workerId) ?? [];
      const untyped = deductions.find((d) => d.kind === undefined);
      if (
        recruitment.length === 0 &&
        repayments.length === 0 &&
        untyped &&
        (context.recruitmentByWorker.get(workerId) ?? []).length === 0
      )
        coverage.unmeasured('kind-unknown', untyped);
      else coverage.judged();
      if (recruitment.length === 0 && repayments.length === 0) continue;

      const fee = recruitment.reduce((sum, r) => sum + (r.feePaidMinor ?? 0), 0);
      const debt = recruitment.reduce((sum, r) => sum + (r.debtAtArrivalMinor ?? 0), 0);
      const repaid = repayments.reduce((sum, d) => sum + d.amountMinor, 0);
      const months = new Set(
        repayments
          .map((d) => (d.paymentId ? context.paymentById(d.paymentId, workerId)?.periodStart : undefined))
          .filter((start) => start !== undefined)
          .map(monthOf),
      );
      const overRepaid = debt > 0 && repaid > debt;
      const persistent = months.size >= opts.persistentMonths;

      const parts: Message[] = [];
      if (fee > 0) parts.push({ id: 'fee', data: { fee: major(fee) } });
      if (debt > 0) parts.push({ id: 'debt', data: { debt: major(debt) } });
      if (repaid > 0)
        parts.push({
          id: 'repaid',
          data: {
            repaid: major(repaid),
            count: repayments.length,
            months: months.size > 0 ? { id: 'over-months', data: { months: months.size } } : '',
          },
        });
      if (overRepaid) parts.push({ id: 'over-repaid' });
      else if (persistent) parts.push({ id: 'persistent', data: { months: months.size } });

      const dimensions: DimensionContribution[] = [];
      if (debt > 0 || repaid > 0) dimensions.push({ dimension: 'coercion-at-destination', strength: 'strong' });
      if (fee > 0 || debt > 0) dimensions.push({ dimension: 'coercive-recruitment', strength: 'medium' });
      const severity: Severity = overRepaid || persistent || (debt > 0 && repaid > 0) ? 'high' : 'medium';

      const evidence: Evidence[] = [];
      for (const r of recruitment) {
        if ((r.feePaidMinor ?? 0) > 0) evidence.push(evidenceOf(r, 'feePaidMinor'));
        if ((r.debtAtArrivalMinor ?? 0) > 0) evidence.push(evidenceOf(r, 'debtAtArrivalMinor'));
      }
      const { shown, more } = firstOf(repayments, Math.max(1, opts.maxEvidence - evidence.length));
      evidence.push(...shown.map((d) => evidenceOf(d, 'amountMinor')));
      findings.push({
        subject: { kind: 'worker', id: workerId },
        severity,
        dimensions,
        message: { id: 'bound', data: { parts, more } },
        evidence,
      });
    }
    return findings;
  },
});
