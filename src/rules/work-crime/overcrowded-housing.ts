import * as z from 'zod';
import { evidenceOf, groupsByKey } from '../context.js';
import type { Evidence } from '../finding.js';
import { STANDARD_AREA_PER_PERSON_M2, addressKey, compliantCrewHousing, occupantsOf, providedByEmployer } from '../housing.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import { codeMessage } from '../../i18n/code-names.js';

const options = z
  .object({
    minAreaPerPersonM2: z
      .number()
      .min(0)
      .default(STANDARD_AREA_PER_PERSON_M2)
      .describe(
        'Floor area per person below which housing counts as overcrowded (an assumption; the forced-labour rule uses 4).',
      ),
    maxOccupantsWithoutArea: z
      .number()
      .int()
      .min(1)
      .default(6)
      .describe('Occupants at which housing of unknown area counts as overcrowded.'),
  })
  .strict();

/** Who provides the housing, as a message. */
const providerMessage = (provider: 'employer' | 'recruiter' | 'related firm') =>
  provider === 'related firm' ? { id: 'related-firm' } : codeMessage('holder', provider);

export const overcrowdedHousing = defineRule({
  meta: {
    id: 'overcrowded-housing',
    title: { en: 'Overcrowded housing, or housing from the employer', nb: 'Overfylt bolig, eller bolig fra arbeidsgiver' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    indicator: 'bad-living-conditions',
    needs: ['accommodation'],
    legalRefs: ['ILO R115 (workers’ housing)', 'husleieloven (tenancy)'],
    options,
    docs: {
      en: [
        'For each stay in `accommodation`, people at the address are the larger of `occupants` and the workers in the data housed there at overlapping times:',
        '',
        '- under `minAreaPerPersonM2` (8) m² each, or `maxOccupantsWithoutArea` (6) or more people when the area is unknown (`medium`; `high` when the employer, its recruiter or a related firm provides the housing);',
        '- housing provided by the employer, its recruiter or a related firm (an organisation at the employer’s address), with the rent deducted from the wage, even when not crowded (`low`, ILO indicator *dependency on exploiters*): losing the job means losing the home. Declared crew housing (`crew_housing`) that meets the standard (at least 8 m² a person, the area known) is how rotation crews are housed, and gives no finding; excessive rent is `abusive-living-conditions`’ to judge.',
        '',
        'Many workers registered at one address is how labour is kept cheap and controllable. The extreme case (under 4 m² a person or 10 or more people in employer housing) is also an ILO forced-labour indicator (`abusive-living-conditions`).',
      ].join('\n'),
      nb: 'Bolig med under 8 m² per person (eller minst 6 personer når arealet er ukjent), strengere når arbeidsgiver, rekrutterer eller et nærstående selskap leier ut; og bolig fra arbeidsgiver med husleie trukket i lønn.',
    },
    nextSteps: {
      en: `Visit the address with the municipality (fire safety, building use) and ask who rents it out and to whom the rent is paid. ${WHO_ACTS.en}`,
      nb: `Besøk adressen sammen med kommunen (brannsikkerhet, bruk av bygget) og spør hvem som leier ut og hvem husleien betales til. ${WHO_ACTS.nb}`,
    },
    messages: {
      crowded: {
        en: '{{count}} people at the worker’s address{{seen}}{{area}}{{provider}}.',
        nb: '{{count}} personer på arbeidstakerens adresse{{seen}}{{area}}{{provider}}.',
      },
      'workers-seen': { en: ' ({{count}} workers in the data)', nb: ' ({{count}} arbeidstakere i dataene)' },
      area: { en: ', {{each}} m² each, under {{minimum}} m²', nb: ', {{each}} m² hver, under {{minimum}} m²' },
      'area-unknown': { en: ', the area unknown', nb: ', arealet ukjent' },
      'provided-by': { en: '; housing provided by {{provider}}', nb: '; boligen stilles til rådighet av {{provider}}' },
      'related-firm': { en: 'a related firm', nb: 'en tilknyttet virksomhet' },
      'tied-housing': {
        en: 'Housing provided by {{provider}}, with the rent deducted from the wage: losing the job means losing the home.',
        nb: 'Bolig fra {{provider}}, med husleien trukket i lønnen: å miste jobben betyr å miste hjemmet.',
      },
    },
    coverage: {
      unit: { en: 'stays', nb: 'opphold' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Six people in 40 m²', nb: 'Seks personer på 40 m²' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          accommodation: ['worker_id,address,provider_id,occupants,area_m2', 'w1,"Lia 3, Oslo",,6,40'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Two people in 60 m²', nb: 'To personer på 60 m²' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          accommodation: ['worker_id,address,provider_id,occupants,area_m2', 'w1,"Fjord 9, Oslo",,2,60'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'The employer’s declared crew housing, 24 m² a person, rent deducted',
          nb: 'Arbeidsgiverens oppgitte mannskapsbolig, 24 m² per person, husleie trukket',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,name', 'fish,Laks AS'],
          workers: ['worker_id,employer_id', 'w1,fish'],
          accommodation: [
            'worker_id,address,provider_id,occupants,area_m2,monthly_charge,deducted_from_wage,crew_housing',
            'w1,"Brakka 1, Frøya",fish,4,96,2000.00,yes,yes',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const relatedTo = (employerId: string, providerId: string) => {
      const employer = context.organisations.get(employerId);
      const provider = context.organisations.get(providerId);
      return (
        employer?.address !== undefined &&
        provider?.address !== undefined &&
        addressKey(employer.address) === addressKey(provider.address)
      );
    };
    for (const [workerId, stays] of groupsByKey(context.accommodationByWorker)) {
      const employerId = context.workers.get(workerId)?.employerId;
      for (const stay of stays) {
        coverage.judged();
        const provider =
          providedByEmployer(context, stay) ??
          (stay.providerId !== undefined && employerId !== undefined && relatedTo(employerId, stay.providerId)
            ? 'related firm'
            : undefined);
        const period = stay.from || stay.to ? { from: stay.from ?? stay.to!, to: stay.to ?? context.referenceDate } : undefined;
        const subject = { kind: 'worker' as const, id: workerId };
        const { count, workersSeen } = occupantsOf(context, stay);
        const perPerson = stay.areaM2 !== undefined && count > 0 ? stay.areaM2 / count : undefined;
        const crowded = perPerson !== undefined ? perPerson < opts.minAreaPerPersonM2 : count >= opts.maxOccupantsWithoutArea;
        const evidence: Evidence[] = [
          evidenceOf(stay, 'address'),
          ...(stay.occupants !== undefined ? [evidenceOf(stay, 'occupants')] : []),
          ...(stay.areaM2 !== undefined ? [evidenceOf(stay, 'areaM2')] : []),
          ...(provider ? [evidenceOf(stay, 'providerId')] : []),
        ];
        if (crowded)
          findings.push({
            subject,
            period,
            severity: provider ? 'high' : 'medium',
            message: {
              id: 'crowded',
              data: {
                count,
                seen: workersSeen > (stay.occupants ?? 0) ? { id: 'workers-seen', data: { count: workersSeen } } : '',
                area:
                  perPerson !== undefined
                    ? { id: 'area', data: { each: Math.round(perPerson * 10) / 10, minimum: opts.minAreaPerPersonM2 } }
                    : { id: 'area-unknown' },
                provider: provider ? { id: 'provided-by', data: { provider: providerMessage(provider) } } : '',
              },
            },
            evidence,
          });
        else if (provider && stay.deductedFromWage && !compliantCrewHousing(context, stay))
          findings.push({
            subject,
            period,
            severity: 'low',
            indicator: 'dependency-on-exploiters',
            message: { id: 'tied-housing', data: { provider: providerMessage(provider) } },
            evidence: [...evidence, evidenceOf(stay, 'deductedFromWage')],
          });
      }
    }
    return findings;
  },
});
