import type { JurisdictionPack } from './pack.js';

const eu = (value: number, source: string) => [{ validFrom: '2004-01-01', value, source, verified: false }] as const;

/** Denmark: no statutory minimum wage (collective agreements); EU working-time limits. */
export const DENMARK: JurisdictionPack = {
  code: 'DK',
  name: 'Denmark',
  currency: 'DKK',
  minimumWages: [],
  noMinimumWageReason: 'Denmark has no statutory or generally applicable minimum wage: wages are set by collective agreements',
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
