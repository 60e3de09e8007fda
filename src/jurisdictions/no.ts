import type { DatedLimit, JurisdictionPack, MinimumWageRate, WageCategory } from './pack.js';
import type { Sector } from '../model/enums.js';

// Minimum rates: regulations on generally applicable collective agreements
// (allmenngjøringsforskrifter) set by Tariffnemnda, as published (regulation text) or summarised
// by unions, employers' bodies and the press. Rates never fall between settlements, so where a
// date of entry into force is not confirmed the latest date the rate is known to apply from is
// used: the earlier rate is then the floor until it, which never overstates the minimum.
const SOURCES = {
  t2010a: 'Tariffnemnda 16.11.2009, in force 2010-01-01 (Landbruk Nord)',
  t2010b: 'Tariffnemnda 22.06.2010, in force at once (regulation text, regjeringen.no)',
  t2011: 'Tariffnemnda 21.06.2011, in force 2011-09-01 (Norsk Arbeidsmandsforbund, Regnskap Norge)',
  t2015: 'Tariffnemnda 27.11.2014 as corrected 03.02.2015 (regjeringen.no); from the correction date',
  t2017: 'Tariffnemnda 2017 (via Dansk Byggeri/Fellesforbundet summaries)',
  t2018c: 'Tariffnemnda, in force by August 2018 (arbeidslivet.no); from 2018-08-01',
  t2018a: 'Tariffnemnda 11.2018 (NHO Mat og Drikke via landbruk24.no); from 2019-01-01',
  t2019: 'Tariffnemnda 2019 (regulation text, arbeidstilsynet.no; Fellesforbundet)',
  t2021: 'Tariffnemnda 2021 (via Novum, Grønn jobb, Nationen, landbruk24.no)',
  t2022: 'Tariffnemnda, in force 2022-12-15 (arbeidstilsynet.no, Krifa, landbruk24.no)',
  t2023: 'Tariffnemnda 2023, in force 2023-06-15 (Smartepenger, Dagsavisen, RVO-fond, Moja Norwegia)',
  t2025: 'Tariffnemnda 2025 (via Fellesforbundet avd. 2)',
} as const;

/** [sector, category, validFrom, NOK per hour as written in the regulation, source] */
const RATES: readonly (readonly [Sector, WageCategory, string, string, keyof typeof SOURCES])[] = [
  ['construction', 'skilled', '2017-06-01', '197.90', 't2017'],
  ['construction', 'skilled', '2019-06-01', '209.70', 't2019'],
  ['construction', 'skilled', '2021-07-01', '220.00', 't2021'],
  ['construction', 'skilled', '2022-12-15', '230.00', 't2022'],
  ['construction', 'skilled', '2023-06-15', '238.30', 't2023'],
  ['construction', 'skilled', '2025-06-15', '264.32', 't2025'],
  ['construction', 'unskilled', '2017-06-01', '177.80', 't2017'],
  ['construction', 'unskilled', '2019-06-01', '188.40', 't2019'],
  ['construction', 'unskilled', '2021-07-01', '198.30', 't2021'],
  ['construction', 'unskilled', '2022-12-15', '207.40', 't2022'],
  ['construction', 'unskilled', '2023-06-15', '214.90', 't2023'],
  ['construction', 'unskilled', '2025-06-15', '239.61', 't2025'],
  ['construction', 'unskilled-experienced', '2017-06-01', '185.80', 't2017'],
  ['construction', 'unskilled-experienced', '2019-06-01', '196.50', 't2019'],
  ['construction', 'unskilled-experienced', '2021-07-01', '206.50', 't2021'],
  ['construction', 'unskilled-experienced', '2022-12-15', '216.00', 't2022'],
  ['construction', 'unskilled-experienced', '2023-06-15', '223.80', 't2023'],
  ['construction', 'unskilled-experienced', '2025-06-15', '249.00', 't2025'],
  ['construction', 'under-18', '2017-06-01', '119.30', 't2017'],
  ['construction', 'under-18', '2019-06-01', '126.50', 't2019'],
  ['construction', 'under-18', '2021-07-01', '132.90', 't2021'],
  ['construction', 'under-18', '2022-12-15', '139.00', 't2022'],
  ['construction', 'under-18', '2023-06-15', '146.50', 't2023'],
  ['construction', 'under-18', '2025-06-15', '162.44', 't2025'],
  ['cleaning', 'adult', '2011-09-01', '151.67', 't2011'],
  ['cleaning', 'adult', '2018-08-01', '177.63', 't2018c'],
  ['cleaning', 'adult', '2021-07-01', '196.04', 't2021'],
  ['cleaning', 'adult', '2022-12-15', '204.54', 't2022'],
  ['cleaning', 'adult', '2023-06-15', '216.04', 't2023'],
  ['cleaning', 'adult', '2025-06-15', '236.54', 't2025'],
  ['cleaning', 'under-18', '2011-09-01', '114.56', 't2011'],
  ['cleaning', 'under-18', '2018-08-01', '129.59', 't2018c'],
  ['cleaning', 'under-18', '2021-07-01', '146.27', 't2021'],
  ['cleaning', 'under-18', '2022-12-15', '153.55', 't2022'],
  ['cleaning', 'under-18', '2023-06-15', '165.05', 't2023'],
  ['cleaning', 'under-18', '2025-06-15', '185.55', 't2025'],
  ['electrical', 'skilled', '2022-12-15', '234.14', 't2022'],
  ['electrical', 'skilled', '2023-06-15', '242.34', 't2023'],
  ['electrical', 'skilled', '2025-06-15', '270.45', 't2025'],
  ['electrical', 'unskilled', '2022-12-15', '205.46', 't2022'],
  ['electrical', 'unskilled', '2023-06-15', '213.66', 't2023'],
  ['electrical', 'unskilled', '2025-06-15', '241.77', 't2025'],
  ['shipyard', 'skilled', '2021-07-01', '189.39', 't2021'],
  ['shipyard', 'skilled', '2023-06-15', '204.51', 't2023'],
  ['shipyard', 'skilled', '2025-06-15', '216.79', 't2025'],
  // Shipyard's middle category (spesialarbeider) has no input column yet; unskilled = hjelpearbeider.
  ['shipyard', 'unskilled', '2021-07-01', '172.44', 't2021'],
  ['shipyard', 'unskilled', '2023-06-15', '186.67', 't2023'],
  ['shipyard', 'unskilled', '2025-06-15', '197.61', 't2025'],
  ['freight-transport', 'adult', '2022-12-15', '196.50', 't2022'],
  ['freight-transport', 'adult', '2023-06-15', '207.00', 't2023'],
  ['passenger-transport', 'adult', '2022-12-15', '194.12', 't2022'],
  ['hospitality', 'adult', '2021-07-01', '175.47', 't2021'],
  ['hospitality', 'adult', '2022-12-15', '179.94', 't2022'],
  ['hospitality', 'adult', '2023-06-15', '190.79', 't2023'],
  // Agriculture: holiday and harvest help by seniority (up to 12 weeks; 12 weeks to 6 months;
  // beyond 6 months the rate of a permanent unskilled worker), and under 18.
  ['agriculture', 'unskilled', '2010-01-01', '115.15', 't2010a'],
  ['agriculture', 'harvest-help', '2010-06-22', '100.00', 't2010b'],
  ['agriculture', 'harvest-help-12-weeks', '2010-06-22', '105.50', 't2010b'],
  ['agriculture', 'unskilled', '2010-06-22', '117.15', 't2010b'],
  ['agriculture', 'harvest-help', '2015-02-03', '109.40', 't2015'],
  ['agriculture', 'harvest-help-12-weeks', '2015-02-03', '114.90', 't2015'],
  ['agriculture', 'harvest-help', '2019-01-01', '118.65', 't2018a'],
  ['agriculture', 'harvest-help-12-weeks', '2019-01-01', '124.15', 't2018a'],
  ['agriculture', 'unskilled', '2019-01-01', '138.55', 't2018a'],
  ['agriculture', 'under-18', '2019-01-01', '98.65', 't2018a'],
  ['agriculture', 'harvest-help', '2019-06-01', '123.15', 't2019'],
  ['agriculture', 'harvest-help-12-weeks', '2019-06-01', '128.65', 't2019'],
  ['agriculture', 'unskilled', '2019-06-01', '143.05', 't2019'],
  ['agriculture', 'under-18', '2019-06-01', '103.15', 't2019'],
  ['agriculture', 'harvest-help', '2021-07-01', '129.40', 't2021'],
  ['agriculture', 'harvest-help-12-weeks', '2021-07-01', '134.90', 't2021'],
  ['agriculture', 'unskilled', '2021-07-01', '149.30', 't2021'],
  ['agriculture', 'under-18', '2021-07-01', '109.40', 't2021'],
  ['agriculture', 'harvest-help', '2022-12-15', '134.40', 't2022'],
  ['agriculture', 'harvest-help-12-weeks', '2022-12-15', '139.90', 't2022'],
  ['agriculture', 'unskilled', '2022-12-15', '154.30', 't2022'],
  ['agriculture', 'under-18', '2022-12-15', '114.40', 't2022'],
  ['fish-processing', 'skilled', '2021-07-01', '205.55', 't2021'],
  ['fish-processing', 'unskilled', '2021-07-01', '193.55', 't2021'],
];

const toMinor = (nok: string): number => Number(nok.replace('.', ''));

const minimumWages: MinimumWageRate[] = RATES.map(([sector, category, validFrom, nok, source]) => ({
  sector,
  category,
  validFrom,
  hourlyMinor: toMinor(nok),
  source: SOURCES[source],
  verified: true,
}));

/**
 * Sectors with no generally applicable minimum wage, and why, for the coverage and the
 * low-pay rule. Aquaculture (havbruk) has collective agreements but none is generally applicable:
 * fish processing on land is a different regulation.
 */
const NO_FLOOR: Readonly<Partial<Record<Sector, string>>> = {
  aquaculture: 'aquaculture (havbruk) has no generally applicable minimum wage: its collective agreements are not extended',
  maritime: 'seafarers are not covered by the generally applicable agreements (the ship register and agreements set pay)',
  'domestic-work': 'domestic work in a private home has no generally applicable minimum wage',
  other: 'the sector has no generally applicable minimum wage',
};

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
  sectorsWithoutMinimumWage: NO_FLOOR,
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
