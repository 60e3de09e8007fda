import * as z from 'zod';
import { DEDUCTION_KINDS, SECTORS, type Sector, type Severity } from '../../../model/enums.js';
import type { SourcedRow } from '../../../model/dataset.js';
import { formatMinorAsMajor } from '../../../money/money.js';
import { evidenceOf, type RuleContext } from '../../context.js';
import type { Evidence } from '../../finding.js';
import { hoursEvidence, paymentMinimum } from '../../minimum-pay.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { groupBy } from '../../../collections/group-by.js';
import { sectorMessage } from '../../../i18n/shared-messages.js';
import { codeMessage } from '../../../i18n/code-names.js';
import type { Message } from '../../../i18n/format-message.js';

const options = z
  .object({
    sectors: z
      .array(z.enum(SECTORS))
      .default(['construction', 'electrical', 'shipyard', 'cleaning'])
      .describe('Sectors whose regulation puts travel, board and lodging on the employer.'),
    kinds: z
      .array(z.enum(DEDUCTION_KINDS))
      .default(['lodging', 'travel', 'food'])
      .describe('Deduction kinds that are travel, board or lodging.'),
  })
  .strict();

type Deduction = SourcedRow<'deductions'>;

/**
 * Why the worker is taken to be away from home (`strong` when posted or housed by the employer,
 * not only charged for lodging), or undefined when nothing says so.
 */
function awayFromHome(
  context: RuleContext,
  workerId: string,
  deductions: readonly Deduction[],
): { evidence: Evidence; strong: boolean } | undefined {
  const worker = context.workers.get(workerId);
  if (worker?.posted) return { evidence: evidenceOf(worker, 'posted'), strong: true };
  const housing = (context.accommodationByWorker.get(workerId) ?? []).find(
    (row) => row.providerId !== undefined && row.providerId === worker?.employerId,
  );
  if (housing) return { evidence: evidenceOf(housing, 'providerId'), strong: true };
  const lodging = deductions.find((row) => row.kind === 'lodging');
  return lodging ? { evidence: evidenceOf(lodging, 'kind'), strong: false } : undefined;
}

/** The sector that sets the worker's terms: the contract in force (or latest), else the employer's. */
function sectorOf(
  context: RuleContext,
  workerId: string,
  date: string | undefined,
): { sector: Sector; evidence: Evidence } | undefined {
  const contracts = context.contractsByWorker.get(workerId) ?? [];
  const contract = date ? context.contractOn(workerId, date) : contracts[contracts.length - 1];
  if (contract?.sector) return { sector: contract.sector, evidence: evidenceOf(contract, 'sector') };
  const worker = context.workers.get(workerId);
  const employer = worker && context.organisations.get(worker.employerId);
  return employer?.sector ? { sector: employer.sector, evidence: evidenceOf(employer, 'sector') } : undefined;
}

export const lodgingTravelCharged = defineRule({
  meta: {
    id: 'no/lodging-travel-charged',
    title: { en: 'Travel, board or lodging charged to the worker', nb: 'Reise, kost eller losji trukket fra lønn' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    indicator: 'wage-manipulation',
    needs: ['deductions'],
    legalRefs: [
      'forskrift om allmenngjøring av tariffavtale for byggeplasser § 6 (reise, kost og losji)',
      'allmenngjøringsforskriftene for elektrofag, skips- og verftsindustrien og renhold',
      'aml. § 14-15 (2)',
    ],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        "Where work requires staying away from home overnight, the generally applicable regulations for construction, electrical work, shipyards and cleaning put necessary travel, board and lodging on the employer; they are not part of the minimum wage. This rule looks at the deductions of kind `lodging`, `travel` or `food` made from such a worker's pay, per payment.",
        '',
        'A worker counts as away from home when posted (`posted`), housed by the employer (`accommodation.provider_id` = the employer) or charged for lodging. The sector comes from the contract in force, else from the employer; deductions for workers outside the covered sectors (option `sectors`) or with no known sector give no finding.',
        '',
        'Grading: `high` when the pay left after these deductions is below the minimum wage for the period (the deduction eats into the floor); `medium` for a posted or employer-housed worker; `low` when only the deduction itself suggests the worker is away from home.',
      ].join('\n'),
      nb: [
        'Der arbeidet krever overnatting utenfor hjemmet, skal arbeidsgiver etter allmenngjøringsforskriftene (bygg, elektro, verft, renhold) dekke nødvendige utgifter til reise, kost og losji; de er ikke en del av minstelønnen.',
        '',
        'Regelen ser på trekk av typen `lodging`, `travel` og `food` for utsendte, arbeidsgiverinnlosjerte eller losjitrukne arbeidstakere. Høy alvorlighet når lønnen etter trekket er under minstelønnen.',
      ].join('\n'),
    },
    nextSteps: {
      en: 'Ask why the worker is charged and for the written agreement on deductions (aml. § 14-15 (2)); check the housing and its real cost; ask the main contractor to exercise its duty to ensure (påseplikt).',
      nb: 'Spør hvorfor arbeidstakeren belastes, og be om skriftlig avtale om trekk (aml. § 14-15 (2)); undersøk boligen og den reelle kostnaden; be hovedleverandøren utøve påseplikt.',
    },
    messages: {
      charged: {
        en: '{{currency}} {{amount}} deducted for {{kinds}}{{payment}}, costs the employer covers for work away from home in {{sector}}.{{below}}',
        nb: '{{currency}} {{amount}} trukket for {{kinds}}{{payment}}, kostnader arbeidsgiveren dekker ved arbeid borte fra hjemmet innen {{sector}}.{{below}}',
      },
      'from-payment': { en: ' from payment {{payment}}', nb: ' i utbetaling {{payment}}' },
      'below-minimum-after': {
        en: ' After the deduction the pay is {{currency}} {{pay}} an hour, below the minimum of {{minimum}}.',
        nb: ' Etter trekket er lønnen {{currency}} {{pay}} timen, under minstelønnen på {{minimum}}.',
      },
    },
    coverage: {
      unit: { en: 'lodging, travel and food deductions, by payment', nb: 'trekk for bolig, reise og kost, per utbetaling' },
      unmeasured: {
        'no-sector': { en: 'the sector is not known', nb: 'bransjen er ukjent' },
        'away-unknown': {
          en: 'whether the work was away from home is not known',
          nb: 'om arbeidet var borte fra hjemmet, er ukjent',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Lodging deducted from a posted construction worker', nb: 'Losji trukket fra en utsendt bygningsarbeider' },
        on: '2025-04-30',
        tables: {
          organisations: ['org_id,name,sector', 'build,Bygg AS,construction'],
          workers: ['worker_id,employer_id,posted', 'w1,build,yes'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-03-01,2025-03-31,37500.00,150'],
          deductions: ['payment_id,worker_id,kind,amount', 'p1,w1,lodging,6000.00', 'p1,w1,tax,9000.00'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Only tax and pension deducted', nb: 'Bare skatt og pensjon trukket' },
        on: '2025-04-30',
        tables: {
          organisations: ['org_id,name,sector', 'build,Bygg AS,construction'],
          workers: ['worker_id,employer_id,posted', 'w1,build,yes'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-03-01,2025-03-31,37500.00,150'],
          deductions: ['payment_id,worker_id,kind,amount', 'p1,w1,tax,9000.00', 'p1,w1,pension,750.00'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    // A worker at a time, then by the payment the deductions were taken from.
    const groups = function* () {
      for (const rows of context.deductionsByWorker.values())
        yield* groupBy(
          rows.filter((row) => row.kind !== undefined && opts.kinds.includes(row.kind)),
          (row) => row.paymentId,
        ).values();
    };
    for (const deductions of groups()) {
      const { workerId, paymentId } = deductions[0]!;
      const payment = paymentId === undefined ? undefined : context.paymentById(paymentId, workerId);
      const sector = sectorOf(context, workerId, payment?.periodStart);
      if (!sector) {
        coverage.unmeasured('no-sector', deductions[0]);
        continue;
      }
      if (!opts.sectors.includes(sector.sector)) continue;
      const away = awayFromHome(context, workerId, deductions);
      if (!away) {
        coverage.unmeasured('away-unknown', deductions[0]);
        continue;
      }
      coverage.judged();
      const currency = deductions[0]!.currency;
      const sameCurrency = deductions.filter((row) => row.currency === currency);
      const chargedMinor = sameCurrency.reduce((sum, row) => sum + row.amountMinor, 0);
      if (chargedMinor <= 0) continue;
      const kinds = [...new Set(deductions.map((row) => row.kind))].map((kind) => codeMessage('deduction', kind ?? 'other'));
      const evidence: Evidence[] = [...deductions.map((row) => evidenceOf(row, 'amountMinor')), away.evidence, sector.evidence];
      let severity: Severity = away.strong ? 'medium' : 'low';
      let below: Message | '' = '';
      const minimum = payment && payment.currency === currency ? paymentMinimum(context, payment) : undefined;
      if (payment?.grossMinor !== undefined && minimum) {
        const leftMinor = payment.grossMinor - (payment.overtimePayMinor ?? 0) - chargedMinor;
        const hourlyMinor = leftMinor / minimum.hours;
        if (hourlyMinor < minimum.hourlyMinor) {
          severity = 'high';
          below = {
            id: 'below-minimum-after',
            data: {
              currency,
              pay: formatMinorAsMajor(Math.floor(hourlyMinor), 2),
              minimum: formatMinorAsMajor(minimum.hourlyMinor, 2),
            },
          };
          evidence.push(evidenceOf(payment, 'grossMinor'), ...hoursEvidence(minimum));
        }
      }
      findings.push({
        subject: { kind: 'worker', id: workerId },
        ...(payment ? { period: { from: payment.periodStart, to: payment.periodEnd } } : {}),
        severity,
        message: {
          id: 'charged',
          data: {
            currency,
            amount: formatMinorAsMajor(chargedMinor, 2),
            kinds,
            payment: payment ? { id: 'from-payment', data: { payment: payment.paymentId } } : '',
            sector: sectorMessage(sector.sector),
            below,
          },
        },
        evidence,
      });
    }
    return findings;
  },
});
