import * as z from 'zod';
import { countryField, currencyField, idField, moneyField, quantityField, textField } from '../fields.js';

/** How a worker was recruited and what was promised (table `recruitment`, nb `rekruttering`). */
export const RecruitmentSchema = z.object({
  workerId: idField('worker_id of the recruited worker', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
  recruiterId: idField('org_id of the recruiter', ['rekrutterer_id', 'rekrutterer']).optional(),
  recruitedIn: countryField('country where the worker was recruited', ['rekruttert_i']).optional(),
  feePaidMinor: moneyField('fee the worker paid to be recruited (ILO C181 art. 7: workers pay none)', [
    'gebyr',
    'rekrutteringsgebyr',
  ]).optional(),
  debtAtArrivalMinor: moneyField('debt the worker owed on arrival', ['gjeld_ved_ankomst', 'gjeld']).optional(),
  promisedHourlyWageMinor: moneyField('hourly wage promised at recruitment', ['lovet_timelønn', 'lovet_timelonn']).optional(),
  promisedOccupation: textField('occupation promised at recruitment', ['lovet_stilling']).optional(),
  promisedWeeklyHours: quantityField('weekly hours promised at recruitment', 168, ['lovet_ukentlige_timer']).optional(),
  promisedEmployerId: idField('org_id of the employer promised at recruitment', ['lovet_arbeidsgiver']).optional(),
  currency: currencyField(),
});

/** A recruitment row (see {@link RecruitmentSchema}). */
export type Recruitment = z.infer<typeof RecruitmentSchema>;
