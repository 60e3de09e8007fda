import type { JurisdictionPack } from './pack.js';

const eu = (value: number, source: string) => [{ validFrom: '2004-01-01', value, source, verified: false }] as const;

/** Denmark: no statutory minimum wage (collective agreements); EU working-time limits. */
export const DENMARK: JurisdictionPack = {
  code: 'DK',
  name: 'Denmark',
  currency: 'DKK',
  minimumWages: [],
  noMinimumWageReason: {
    en: 'Denmark has no statutory or generally applicable minimum wage: wages are set by collective agreements',
    nb: 'Danmark har ingen lovfestet eller allmenngjort minstelønn: lønn fastsettes i tariffavtaler',
  },
  // A bar for gross underpayment only, not a wage floor: well under the lowest adult rates of the
  // main Danish collective agreements (of the order of DKK 130-150 an hour in 2023-2025, from
  // general knowledge). The rule flags pay under half of it; configure `referenceHourly` with the
  // agreement or labour clause that binds the employer for a true comparison.
  lowPayReference: [
    {
      validFrom: '2015-01-01',
      value: 12_000,
      currency: 'DKK',
      source:
        'a conservative reference of DKK 120.00 an hour, under the lowest rates of Danish collective agreements (to verify)',
      verified: false,
    },
  ],
  workingTime: {
    // Directive 2003/88/EC as implemented by arbejdstidsloven: 48 h per 7 days, 11 h daily rest.
    totalHoursPerWeek: eu(48, 'arbejdstidsloven § 4 (Directive 2003/88/EC art. 6)'),
    dailyRestHours: eu(11, 'arbejdsmiljøloven § 50 (Directive 2003/88/EC art. 3)'),
  },
  // Directive 94/33/EC on young people at work, as implemented in arbejdsmiljøloven ch. 12 and
  // the executive order on young people's work; from memory, to be checked.
  youngWorkers: [
    {
      validFrom: '1996-06-22',
      minimumAge: 15,
      lightWorkAge: 13,
      lightWorkHoursPerDay: 2,
      lightWorkHoursPerWeek: 12,
      hoursPerDay: 8,
      hoursPerWeek: 40,
      nightFrom: '20:00',
      nightTo: '06:00',
      hazardousSectors: ['construction', 'shipyard', 'electrical', 'maritime'],
      source: 'Directive 94/33/EC arts. 4, 8, 9; arbejdsmiljøloven kap. 12',
      verified: false,
    },
  ],
  legalRefs: {
    minimumWage: [],
    workingTime: ['arbejdstidsloven § 4', 'arbejdsmiljøloven § 50'],
    writtenContract: ['ansættelsesbevisloven § 3'],
  },
};
