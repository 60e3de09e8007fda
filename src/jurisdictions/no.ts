import type { DatedLimit, JurisdictionPack, MinimumWageRate, WageCategory } from './pack.js';
import type { Sector } from '../model/enums.js';

// Sources: ../shared/domain/norway-denmark.md. Minimum rates: regulations on generally applicable
// collective agreements (allmenngjøringsforskrifter) set by Tariffnemnda; every cell in that table
// is marked verified there from public summaries of the regulations.
const RATE_SOURCES: Record<string, string> = {
  '2017-06-01': 'Tariffnemnda 2017 (via Dansk Byggeri/Fellesforbundet summaries)',
  '2019-06-01': 'Tariffnemnda 2019 (regulation text, arbeidstilsynet.no)',
  '2021-07-01': 'Tariffnemnda 2021 (via Novum, Grønn jobb, Nationen)',
  '2023-06-15': 'Tariffnemnda 2023 (via Smartepenger, Dagsavisen)',
  '2025-06-15': 'Tariffnemnda 2025 (via Fellesforbundet avd. 2)',
};

/** [sector, category, validFrom, NOK per hour as written in the regulation] */
const RATES: readonly (readonly [Sector, WageCategory, string, string])[] = [
  ['construction', 'skilled', '2017-06-01', '197.90'],
  ['construction', 'skilled', '2019-06-01', '209.70'],
  ['construction', 'skilled', '2021-07-01', '220.00'],
  ['construction', 'skilled', '2023-06-15', '238.30'],
  ['construction', 'skilled', '2025-06-15', '264.32'],
  ['construction', 'unskilled', '2017-06-01', '177.80'],
  ['construction', 'unskilled', '2019-06-01', '188.40'],
  ['construction', 'unskilled', '2021-07-01', '198.30'],
  ['construction', 'unskilled', '2023-06-15', '214.90'],
  ['construction', 'unskilled', '2025-06-15', '239.61'],
  ['construction', 'unskilled-experienced', '2017-06-01', '185.80'],
  ['construction', 'unskilled-experienced', '2019-06-01', '196.50'],
  ['construction', 'unskilled-experienced', '2021-07-01', '206.50'],
  ['construction', 'unskilled-experienced', '2023-06-15', '223.80'],
  ['construction', 'unskilled-experienced', '2025-06-15', '249.00'],
  ['construction', 'under-18', '2017-06-01', '119.30'],
  ['construction', 'under-18', '2019-06-01', '126.50'],
  ['construction', 'under-18', '2021-07-01', '132.90'],
  ['construction', 'under-18', '2023-06-15', '146.50'],
  ['construction', 'under-18', '2025-06-15', '162.44'],
  ['cleaning', 'adult', '2021-07-01', '196.04'],
  ['cleaning', 'adult', '2025-06-15', '236.54'],
  ['cleaning', 'under-18', '2021-07-01', '146.27'],
  ['cleaning', 'under-18', '2025-06-15', '185.55'],
  ['electrical', 'skilled', '2023-06-15', '242.34'],
  ['electrical', 'skilled', '2025-06-15', '270.45'],
  ['electrical', 'unskilled', '2023-06-15', '213.66'],
  ['electrical', 'unskilled', '2025-06-15', '241.77'],
  ['shipyard', 'skilled', '2021-07-01', '189.39'],
  ['shipyard', 'skilled', '2023-06-15', '204.51'],
  ['shipyard', 'skilled', '2025-06-15', '216.79'],
  // Shipyard's middle category (spesialarbeider) has no input column yet; unskilled = hjelpearbeider.
  ['shipyard', 'unskilled', '2021-07-01', '172.44'],
  ['shipyard', 'unskilled', '2023-06-15', '186.67'],
  ['shipyard', 'unskilled', '2025-06-15', '197.61'],
  ['freight-transport', 'adult', '2023-06-15', '207.00'],
  ['hospitality', 'adult', '2021-07-01', '175.47'],
  // Harvest help up to 12 weeks: the lowest agricultural rate, so the check never overstates.
  ['agriculture', 'harvest-help', '2019-06-01', '123.15'],
  ['agriculture', 'harvest-help', '2021-07-01', '129.40'],
  ['fish-processing', 'skilled', '2021-07-01', '205.55'],
  ['fish-processing', 'unskilled', '2021-07-01', '193.55'],
];

const toMinor = (nok: string): number => Number(nok.replace('.', ''));

const minimumWages: MinimumWageRate[] = RATES.map(([sector, category, validFrom, nok]) => ({
  sector,
  category,
  validFrom,
  hourlyMinor: toMinor(nok),
  source: RATE_SOURCES[validFrom] ?? 'Tariffnemnda',
  verified: true,
}));

const limit = (value: number, source: string, verified: boolean): readonly DatedLimit[] => [
  // The Working Environment Act's limits have stood since 2006; earlier data is out of scope.
  { validFrom: '2006-01-01', value, source, verified },
];

/** Norway: arbeidsmiljøloven chapter 10 and the generally applicable minimum wages. */
export const NORWAY: JurisdictionPack = {
  code: 'NO',
  name: 'Norway',
  currency: 'NOK',
  minimumWages,
  workingTime: {
    normalHoursPerDay: limit(9, 'aml. § 10-4 (1)', true),
    normalHoursPerWeek: limit(40, 'aml. § 10-4 (1)', true),
    totalHoursPerDay: limit(13, 'aml. § 10-6 (8)', true),
    totalHoursPerWeek: limit(48, 'aml. § 10-6 (8)', true),
    overtimePerWeek: limit(10, 'aml. § 10-6 (4)', false),
    overtimePer4Weeks: limit(25, 'aml. § 10-6 (4)', false),
    overtimePer52Weeks: limit(200, 'aml. § 10-6 (4)', false),
    dailyRestHours: limit(11, 'aml. § 10-8 (1)', false),
    weeklyRestHours: limit(35, 'aml. § 10-8 (2)', false),
    overtimePremiumPct: limit(40, 'aml. § 10-6 (11)', true),
    // aml. § 10-5 as published (arbeidsmiljoloven.com, 2026): the 48 hours per 7 days may be
    // averaged over 8 weeks; a single week at most 50 (written agreement) or 54 (tariff-bound
    // business with its union representatives). A rota agreed under § 10-12 (4) or approved under
    // § 10-12 (6) is judged over its cycle (sections from summaries: to verify).
    arrangements: {
      'written-agreement': {
        maxAveragingWeeks: 52,
        totalAverageWeeks: 8,
        weekCap: 50,
        source: 'aml. § 10-5 (1)',
        verified: true,
      },
      'collective-agreement': {
        maxAveragingWeeks: 52,
        totalAverageWeeks: 8,
        weekCap: 54,
        source: 'aml. § 10-5 (2); § 10-12 (4)',
        verified: false,
      },
      'labour-inspection-approval': {
        maxAveragingWeeks: 26,
        totalAverageWeeks: 8,
        weekCap: undefined,
        source: 'aml. § 10-5 (3); § 10-12 (6)',
        verified: false,
      },
    },
  },
  holidayPay: {
    ratePct: limit(10.2, 'ferieloven § 10 (2)', false),
    fiveWeekRatePct: limit(12, 'collective agreements with five weeks (e.g. Fellesoverenskomsten for byggfag)', false),
    over60ExtraPct: limit(2.3, 'ferieloven § 10 (3)', false),
    over60By: '08-31',
    over60CapInG: 6,
    // Grunnbeløpet from 1 May each year (Stortinget's G regulation; to verify against nav.no).
    basicAmountMinor: [
      { validFrom: '2023-05-01', value: 11_862_000, source: 'G 2023 (nav.no)', verified: false },
      { validFrom: '2024-05-01', value: 12_402_800, source: 'G 2024 (nav.no)', verified: false },
      { validFrom: '2025-05-01', value: 13_016_000, source: 'G 2025 (nav.no)', verified: false },
    ],
  },
  posting: {
    fullTermsAfterMonths: [
      {
        validFrom: '2020-07-30',
        value: 12,
        source: 'Directive (EU) 2018/957 art. 3 (1a); utsendingsforskriften',
        verified: false,
      },
    ],
    fullTermsAfterMonthsExtended: [
      {
        validFrom: '2020-07-30',
        value: 18,
        source: 'Directive (EU) 2018/957 art. 3 (1a); utsendingsforskriften',
        verified: false,
      },
    ],
    a1MaxMonths: [{ validFrom: '2010-05-01', value: 24, source: 'Regulation (EC) 883/2004 art. 12 (EEA)', verified: false }],
  },
  // From memory of aml. chapter 11 and the regulation on work by children and young people
  // (forskrift om arbeid av barn og unge); to be checked against lovdata.no.
  youngWorkers: [
    {
      validFrom: '2006-01-01',
      minimumAge: 15,
      lightWorkAge: 13,
      lightWorkHoursPerDay: 2,
      lightWorkHoursPerWeek: 12,
      hoursPerDay: 8,
      hoursPerWeek: 40,
      nightFrom: '20:00',
      nightTo: '06:00',
      hazardousSectors: ['construction', 'shipyard', 'electrical', 'maritime'],
      source: 'aml. §§ 11-1, 11-3, 11-4; forskrift om arbeid av barn og unge',
      verified: false,
    },
  ],
  legalRefs: {
    minimumWage: ['allmenngjøringsloven § 3', 'forskrifter om allmenngjøring av tariffavtaler (Tariffnemnda)'],
    workingTime: ['aml. § 10-4', 'aml. § 10-6', 'aml. § 10-8'],
    writtenContract: ['aml. § 14-5', 'aml. § 14-6'],
  },
};
