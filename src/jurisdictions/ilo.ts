import type { JurisdictionPack } from './pack.js';

const ilo = (value: number, source: string) => [{ validFrom: '1919-01-01', value, source, verified: false }] as const;

/** ILO baseline: conventions only, no national wage floor. */
export const ILO_BASELINE: JurisdictionPack = {
  code: 'ILO',
  name: 'ILO conventions baseline',
  currency: 'EUR',
  minimumWages: [],
  noMinimumWageReason: 'the ILO baseline has no wage floor: minimum wages are national (ILO C131 leaves the level to each state)',
  workingTime: {
    normalHoursPerDay: ilo(8, 'ILO C1 art. 2'),
    normalHoursPerWeek: ilo(48, 'ILO C1 art. 2'),
  },
  legalRefs: {
    minimumWage: [],
    workingTime: ['ILO C1 art. 2'],
    writtenContract: ['ILO C189 art. 7 (domestic work)', 'ILO C181 art. 12'],
  },
};
