import * as z from 'zod';
import { formatMinorAsMajor } from '../../money/money.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { monthlyGrossDuring, occupantsOf, providedByEmployer } from '../housing.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import { codeMessage } from '../../i18n/code-names.js';

const options = z
  .object({
    minAreaPerPersonM2: z
      .number()
      .positive()
      .default(4)
      .describe('Floor area per occupant below which crowding is extreme (square metres; a judgement, not a statutory norm).'),
    maxOccupantsWithoutArea: z
      .number()
      .int()
      .min(2)
      .default(10)
      .describe('Occupants in one dwelling that count as extreme crowding when the area is unknown.'),
    maxChargeShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.3)
      .describe('Largest share of monthly gross pay the housing charge may take.'),
  })
  .strict();

export const abusiveLivingConditions = defineRule({
  meta: {
    id: 'abusive-living-conditions',
    title: { en: 'Employer housing that is crowded or overcharged', nb: 'Bolig fra arbeidsgiver som er overfylt eller for dyr' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'bad-living-conditions',
    needs: ['accommodation'],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour: abusive working and living conditions',
      'ILO R115 (workers’ housing)',
      'aml. § 14-15 (2) (deductions)',
    ],
    options,
    docs: {
      en: [
        'For housing provided by the worker’s employer or by the recruiter who brought them (`accommodation.provider_id`), per stay:',
        '',
        '- **extreme crowding**: less than `minAreaPerPersonM2` (default 4 m²) per occupant, or, when the area is unknown, `maxOccupantsWithoutArea` (default 10) or more occupants; occupants are the larger of `occupants` and the workers in the data at the same address at overlapping times;',
        '- **overcharging**: a monthly charge above `maxChargeShare` (default 30 %) of the worker’s average monthly gross pay during the stay.',
        '',
        'Employer housing makes the worker depend on the employer for a roof as well as a wage, so crowding there also feeds *abuse of vulnerability at destination* (dependency). Whether the worker must live there cannot be read from the tables: record it as an observation (`restriction-of-movement`). Housing from anyone else is left to the work-crime housing rule.',
      ].join('\n'),
      nb: 'For bolig fra arbeidsgiveren eller rekruttereren: under 4 m² per beboer (eller minst 10 beboere når arealet er ukjent), eller husleie over 30 % av månedlig bruttolønn. Om arbeidstakeren må bo der, registreres som observasjon.',
    },
    nextSteps: {
      en: `Visit the dwelling with the municipality (fire and health authorities); ask whether the worker may live elsewhere and what the rent is for. ${WHO_ACTS.en}`,
      nb: `Besøk boligen sammen med kommunen (brann- og helsemyndighet); spør om arbeidstakeren kan bo et annet sted og hva husleien dekker. ${WHO_ACTS.nb}`,
    },
    messages: {
      crowded: {
        en: 'Housed by {{provider}} with {{count}} occupant(s){{seen}}{{area}}.',
        nb: 'Bor i bolig fra {{provider}} med {{count}} beboer(e){{seen}}{{area}}.',
      },
      'workers-seen': {
        en: ' ({{count}} workers in the data at this address)',
        nb: ' ({{count}} arbeidstakere i dataene på denne adressen)',
      },
      area: {
        en: ' in {{area}} m², {{each}} m² each, under {{minimum}} m²',
        nb: ' på {{area}} m², {{each}} m² hver, under {{minimum}} m²',
      },
      'area-unknown': { en: ', the area unknown', nb: ', arealet ukjent' },
      'charge-employer': {
        en: 'The employer charges {{charge}} a month for housing, {{share}} % of the worker’s average monthly gross pay of {{gross}}{{deducted}}.',
        nb: 'Arbeidsgiveren tar {{charge}} i måneden for boligen, {{share}} % av arbeidstakerens gjennomsnittlige bruttolønn på {{gross}} i måneden{{deducted}}.',
      },
      'charge-recruiter': {
        en: 'The recruiter charges {{charge}} a month for housing, {{share}} % of the worker’s average monthly gross pay of {{gross}}{{deducted}}.',
        nb: 'Rekruttereren tar {{charge}} i måneden for boligen, {{share}} % av arbeidstakerens gjennomsnittlige bruttolønn på {{gross}} i måneden{{deducted}}.',
      },
      'deducted-from-wage': { en: ', deducted from the wage', nb: ', trukket i lønnen' },
    },
    coverage: {
      unit: { en: 'stays in housing from the employer or recruiter', nb: 'opphold i bolig fra arbeidsgiver eller rekrutterer' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Eight workers in 24 m² provided by the employer', nb: 'Åtte arbeidere på 24 m² skaffet av arbeidsgiveren' },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,role', 'agency,staffing-agency'],
          workers: ['worker_id,employer_id', 'w1,agency'],
          accommodation: [
            'worker_id,address,provider_id,from,occupants,area_m2,monthly_charge,deducted_from_wage',
            'w1,"Kaiveien 14, Bergen",agency,2025-03-01,8,24,,',
          ],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Two workers in 40 m² at a modest charge', nb: 'To arbeidere på 40 m² til en moderat leie' },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,role', 'agency,staffing-agency'],
          workers: ['worker_id,employer_id', 'w1,agency'],
          accommodation: [
            'worker_id,address,provider_id,from,occupants,area_m2,monthly_charge,deducted_from_wage',
            'w1,"Kaiveien 14, Bergen",agency,2025-03-01,2,40,3000.00,yes',
          ],
          payments: ['payment_id,worker_id,period_start,period_end,gross', 'p1,w1,2025-03-01,2025-03-31,32000.00'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const [workerId, stays] of context.accommodationByWorker) {
      for (const stay of stays) {
        const provider = providedByEmployer(context, stay);
        if (!provider) continue;
        coverage.judged();
        const period = stay.from || stay.to ? { from: stay.from ?? stay.to!, to: stay.to ?? context.referenceDate } : undefined;
        const subject = { kind: 'worker' as const, id: workerId };
        const base: Evidence[] = [evidenceOf(stay, 'providerId')];

        const { count, workersSeen } = occupantsOf(context, stay);
        const perPerson = stay.areaM2 !== undefined && count > 0 ? stay.areaM2 / count : undefined;
        const crowded = perPerson !== undefined ? perPerson < opts.minAreaPerPersonM2 : count >= opts.maxOccupantsWithoutArea;
        if (crowded) {
          findings.push({
            subject,
            period,
            dimensions: [
              { dimension: 'exploitative-conditions-of-work', strength: 'medium', aspect: 'bad-living-conditions' },
              { dimension: 'abuse-of-vulnerability-at-destination', strength: 'medium', aspect: 'dependency-on-exploiters' },
            ],
            message: {
              id: 'crowded',
              data: {
                provider: codeMessage('holder', provider),
                count,
                seen: workersSeen > (stay.occupants ?? 0) ? { id: 'workers-seen', data: { count: workersSeen } } : '',
                area:
                  perPerson !== undefined
                    ? {
                        id: 'area',
                        data: {
                          area: stay.areaM2 ?? '',
                          each: Math.round(perPerson * 10) / 10,
                          minimum: opts.minAreaPerPersonM2,
                        },
                      }
                    : { id: 'area-unknown' },
              },
            },
            evidence: [
              ...base,
              ...(stay.occupants !== undefined ? [evidenceOf(stay, 'occupants')] : []),
              ...(stay.areaM2 !== undefined ? [evidenceOf(stay, 'areaM2')] : [evidenceOf(stay, 'address')]),
            ],
          });
        }

        const monthly = monthlyGrossDuring(context, stay);
        if (stay.monthlyChargeMinor !== undefined && monthly !== undefined && monthly > 0) {
          const share = stay.monthlyChargeMinor / monthly;
          if (share > opts.maxChargeShare)
            findings.push({
              subject,
              period,
              indicator: 'abusive-working-and-living-conditions',
              message: {
                id: provider === 'employer' ? 'charge-employer' : 'charge-recruiter',
                data: {
                  charge: formatMinorAsMajor(stay.monthlyChargeMinor, 2),
                  share: Math.round(share * 100),
                  gross: formatMinorAsMajor(monthly, 2),
                  deducted: stay.deductedFromWage ? { id: 'deducted-from-wage' } : '',
                },
              },
              evidence: [
                ...base,
                evidenceOf(stay, 'monthlyChargeMinor'),
                ...(stay.deductedFromWage !== undefined ? [evidenceOf(stay, 'deductedFromWage')] : []),
              ],
            });
        }
      }
    }
    return findings;
  },
});
