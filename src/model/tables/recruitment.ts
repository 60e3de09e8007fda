import * as z from 'zod';
import {
  countField,
  countryField,
  currencyField,
  dateField,
  flagField,
  idField,
  moneyField,
  quantityField,
  textField,
} from '../fields.js';
import { withRowChecks } from './row-checks.js';

/** How a worker was recruited and what was promised (table `recruitment`, nb `rekruttering`). */
export const RecruitmentSchema = withRowChecks(
  z.object({
    workerId: idField('worker_id of the recruited worker', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    recruiterId: idField('org_id of the recruiter', ['rekrutterer_id', 'rekrutterer']).optional(),
    recruitedIn: countryField('country where the worker was recruited', ['rekruttert_i']).optional(),
    recruitedOn: dateField('date of the recruitment (a later season has a row of its own)', [
      'rekruttert_dato',
      'rekruttert',
    ]).optional(),
    season: countField('year of the season the worker was recruited for, when there is no date', ['sesong']).optional(),
    feePaidMinor: moneyField('fee the worker paid to be recruited (ILO C181 art. 7: workers pay none)', [
      'gebyr',
      'rekrutteringsgebyr',
    ]).optional(),
    debtAtArrivalMinor: moneyField('debt the worker owed on arrival', ['gjeld_ved_ankomst', 'gjeld']).optional(),
    promisedHourlyWageMinor: moneyField('hourly wage promised at recruitment', ['lovet_timelønn', 'lovet_timelonn']).optional(),
    promisedOccupation: textField('occupation promised at recruitment', ['lovet_stilling']).optional(),
    promisedWeeklyHours: quantityField('weekly hours promised at recruitment', 168, ['lovet_ukentlige_timer']).optional(),
    promisedEmployerId: idField('org_id of the employer promised at recruitment', ['lovet_arbeidsgiver']).optional(),
    // Vulnerabilities at recruitment (ILO & EC 2009: recruitment by abuse of vulnerability).
    economicHardship: flagField('recruited out of poverty or debt at home (economic reasons)', [
      'økonomiske_vansker',
      'fattigdom',
    ]).optional(),
    lackedInformation: flagField('lacked information about the job, the law or migration', ['manglet_informasjon']).optional(),
    dependentOnRecruiter: flagField('psychologically, emotionally or otherwise dependent on the recruiter', [
      'avhengig_av_rekrutterer',
    ]).optional(),
    difficultFamilySituation: flagField('a difficult family situation was used', ['vanskelig_familiesituasjon']).optional(),
    irregularStatus: flagField('without legal status for the journey or the work', ['ulovlig_opphold']).optional(),
    lackedEducationOrLanguage: flagField('lacked education or the language of the country of work', [
      'manglende_utdanning_eller_språk',
    ]).optional(),
    currency: currencyField(),
  }),
  [
    {
      check: (r) => r.season === undefined || (r.season >= 1900 && r.season <= 2200),
      message: 'expected the year of the season, such as 2025',
      field: 'season',
    },
  ],
);

/** A recruitment row (see {@link RecruitmentSchema}). */
export type Recruitment = z.infer<typeof RecruitmentSchema>;
