import type { JurisdictionPack } from './pack.js';

const ilo = (value: number, source: string) => [{ validFrom: '1919-01-01', value, source, verified: false }] as const;

/** ILO baseline: conventions only, no national wage floor. */
export const ILO_BASELINE: JurisdictionPack = {
  code: 'ILO',
  name: 'ILO conventions baseline',
  currency: 'EUR',
  minimumWages: [],
  noMinimumWageReason: {
    en: 'the ILO baseline has no wage floor: minimum wages are national (ILO C131 leaves the level to each state)',
    nb: 'ILO-grunnlaget har ingen lønnsgulv: minstelønn er nasjonal (ILO C131 overlater nivået til hver stat)',
  },
  workingTime: {
    normalHoursPerDay: ilo(8, 'ILO C1 art. 2'),
    normalHoursPerWeek: ilo(48, 'ILO C1 art. 2'),
  },
  youngWorkers: [
    {
      validFrom: '1973-06-26',
      minimumAge: 15,
      lightWorkAge: 13,
      hoursPerDay: 8,
      hoursPerWeek: 48,
      nightFrom: '22:00',
      nightTo: '06:00',
      hazardousSectors: ['construction', 'shipyard', 'electrical', 'maritime'],
      source:
        'ILO C138 arts. 2, 3, 7; ILO C1 art. 2; ILO C90 art. 2 (night of 12 hours incl. 22–06); hazardous list set nationally (C182 art. 4)',
      verified: false,
    },
  ],
  legalRefs: {
    minimumWage: [],
    workingTime: ['ILO C1 art. 2'],
    writtenContract: ['ILO C189 art. 7 (domestic work)', 'ILO C181 art. 12'],
  },
};
