import * as z from 'zod';
import { inForce, type MinimumWageRate } from '../../jurisdictions/pack.js';
import { formatMinorAsMajor } from '../../money/money.js';
import { evidenceOf } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { limitOn } from '../working-weeks.js';
import { WHO_ACTS } from './shared.js';
import { sectorMessage } from '../../i18n/shared-messages.js';

const options = z
  .object({
    employerCostPct: z
      .number()
      .min(0)
      .max(200)
      .default(25)
      .describe(
        'Employer’s costs on top of pay and holiday pay, percent (default 25: employer’s national insurance contribution 14.1 %, mandatory pension 2 %, insurance, sick pay and equipment; an assumption to set to the buyer’s own calculation).',
      ),
    defaultHolidayPct: z.number().min(0).max(50).default(10.2).describe('Holiday pay, percent, when the pack has none.'),
  })
  .strict();

export const priceBelowLabourCost = defineRule({
  meta: {
    id: 'price-below-labour-cost',
    title: { en: 'Contract price below the legal cost of the labour', nb: 'Kontraktspris under lovlig lønnskostnad' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['subcontracts', 'organisations'],
    legalRefs: ['forskrift om informasjons- og påseplikt og innsynsrett (påseplikt)', 'allmenngjøringsloven (solidaransvar)'],
    options,
    docs: {
      en: [
        'For each subcontract with `value` and `estimated_hours`: the least the work can cost when paid legally is the hours at the lowest adult minimum wage for the supplier’s sector in force on the contract’s first day (the lowest adult category, so the floor is never overstated), plus holiday pay (the pack’s rate, 10.2 % in Norway) and the employer’s costs (option `employerCostPct`, 25 %). A value below that floor is a finding about the chain link `buyer > supplier`: the buyer is paying for work that cannot be done legally.',
        '',
        'Grading: `high` when the value covers less than 80 % of the floor. A subcontract whose supplier sector has no minimum wage in the pack gets an `info` finding saying it could not be judged.',
      ].join('\n'),
      nb: 'For hver underentreprise med verdi og estimerte timer: timene til laveste minstelønn for leverandørens bransje, pluss feriepenger og arbeidsgiverkostnader (25 %). En lavere kontraktsverdi betyr at arbeidet ikke kan utføres lovlig for prisen.',
    },
    nextSteps: {
      en: `Ask the buyer how the price was assessed against pay and working conditions (påseplikt), and the supplier for its calculation and pay records. ${WHO_ACTS.en}`,
      nb: `Spør oppdragsgiveren hvordan prisen ble vurdert mot lønns- og arbeidsvilkår (påseplikt), og leverandøren om kalkylen og lønnsdokumentasjonen. ${WHO_ACTS.nb}`,
    },
    messages: {
      'below-cost': {
        en: 'The contract value {{value}} covers {{covered}} % of the least the {{hours}} estimated hours cost paid legally: {{floor}} (minimum {{minimum}} an hour for {{sector}} from {{from}}, holiday pay {{holiday}} %, employer’s costs {{costs}} %).',
        nb: 'Kontraktsverdien {{value}} dekker {{covered}} % av det minste de {{hours}} anslåtte timene koster når de betales lovlig: {{floor}} (minstelønn {{minimum}} timen for {{sector}} fra {{from}}, feriepenger {{holiday}} %, arbeidsgiverkostnader {{costs}} %).',
      },
    },
    coverage: {
      unit: { en: 'subcontracts with a value and estimated hours', nb: 'kontrakter med verdi og estimerte timer' },
      unmeasured: {
        'no-rate': {
          en: 'no minimum wage known for the supplier’s sector on the date',
          nb: 'ingen kjent minstelønn for leverandørens bransje på datoen',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: '2 000 hours of construction work for NOK 500 000', nb: '2 000 timer bygningsarbeid for 500 000 kroner' },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,sector', 'main,construction', 'sub,construction'],
          workers: ['worker_id,employer_id', 'w1,sub'],
          subcontracts: ['buyer_id,supplier_id,from,value,estimated_hours', 'main,sub,2025-04-01,500000.00,2000'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'The same hours for NOK 600 000, above the legal floor',
          nb: 'De samme timene for 600 000 kroner, over det lovlige gulvet',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,sector', 'main,construction', 'sub,construction'],
          workers: ['worker_id,employer_id', 'w1,sub'],
          subcontracts: ['buyer_id,supplier_id,from,value,estimated_hours', 'main,sub,2025-04-01,600000.00,2000'],
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
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const link of context.dataset.subcontracts ?? []) {
      if (link.valueMinor === undefined || link.estimatedHours === undefined || link.estimatedHours <= 0) continue;
      const supplier = context.organisations.get(link.supplierId);
      const date = link.from ?? context.referenceDate;
      const subject = { kind: 'chain' as const, id: `${link.buyerId} > ${link.supplierId}` };
      // Adult rates only: a price is not judged against what a child may be paid.
      const rates =
        supplier?.sector === undefined
          ? []
          : context.jurisdiction.minimumWages.filter((r) => r.sector === supplier.sector && r.category !== 'under-18');
      const inForceRates = [...new Set(rates.map((r) => r.category))]
        .map((category) =>
          inForce(
            rates.filter((r) => r.category === category),
            date,
          ),
        )
        .filter((r): r is MinimumWageRate => r !== undefined);
      if (inForceRates.length === 0) {
        coverage.unmeasured('no-rate', link);
        continue;
      }
      coverage.judged();
      const lowest = inForceRates.reduce((a, b) => (b.hourlyMinor < a.hourlyMinor ? b : a));
      const holidayPct = limitOn(context.jurisdiction.holidayPay?.ratePct, date) ?? opts.defaultHolidayPct;
      const floor = labourFloorMinor(link.estimatedHours, lowest.hourlyMinor, holidayPct, opts.employerCostPct);
      if (link.valueMinor >= floor) continue;
      const covered = link.valueMinor / floor;
      findings.push({
        subject,
        ...(link.from || link.to ? { period: { from: link.from ?? link.to!, to: link.to ?? context.referenceDate } } : {}),
        severity: covered < 0.8 ? 'high' : 'medium',
        message: {
          id: 'below-cost',
          data: {
            value: formatMinorAsMajor(link.valueMinor, 2),
            covered: Math.round(covered * 100),
            hours: link.estimatedHours,
            floor: formatMinorAsMajor(floor, 2),
            minimum: formatMinorAsMajor(lowest.hourlyMinor, 2),
            sector: sectorMessage(supplier!.sector ?? 'other'),
            from: lowest.validFrom,
            holiday: holidayPct,
            costs: opts.employerCostPct,
          },
        },
        evidence: [evidenceOf(link, 'valueMinor'), evidenceOf(link, 'estimatedHours'), evidenceOf(supplier!, 'sector')],
      });
    }
    return findings;
  },
});

/**
 * @summary hours × hourly × (1 + holiday %) × (1 + employer's costs %), rounded up to the øre, in
 * exact integer arithmetic (hours to 1/100, percentages to 1/100 of a point) so no float drift
 * moves the floor.
 */
export function labourFloorMinor(hours: number, hourlyMinor: number, holidayPct: number, employerCostPct: number): number {
  const product =
    BigInt(Math.round(hours * 100)) *
    BigInt(hourlyMinor) *
    BigInt(10_000 + Math.round(holidayPct * 100)) *
    BigInt(10_000 + Math.round(employerCostPct * 100));
  const scale = 100n * 10_000n * 10_000n;
  return Number((product + scale - 1n) / scale);
}
