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
  legalRefs: {
    minimumWage: [],
    workingTime: ['arbejdstidsloven § 4', 'arbejdsmiljøloven § 50'],
    writtenContract: ['ansættelsesbevisloven § 3'],
  },
};
