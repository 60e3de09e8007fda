import * as z from 'zod';
import { CODE_WORDS, SECTORS } from '../enums.js';
import { currencyField, dateField, flagField, idField, enumField, moneyField, quantityField, textField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const validInOrder = datesInOrder('startDate', 'endDate');

/** An employment contract (table `contracts`, nb `arbeidsavtaler`). */
export const ContractSchema = withRowChecks(
  z.object({
    contractId: idField('identifier of the contract', ['avtale_id', 'kontrakt_id']),
    workerId: idField('worker_id of the worker', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    employerId: idField('org_id of the employer', ['arbeidsgiver_id', 'arbeidsgiver']),
    written: flagField('a written contract exists (aml. § 14-5)', ['skriftlig']).optional(),
    signedOn: dateField('date the contract was signed', ['signert', 'signert_dato']).optional(),
    startDate: dateField('first day the contract applies', ['startdato', 'gyldig_fra']).optional(),
    endDate: dateField('last day the contract applies', ['sluttdato', 'gyldig_til']).optional(),
    sector: enumField(SECTORS, 'sector whose minimum wage applies', ['bransje', 'sektor'], CODE_WORDS.sector).optional(),
    occupation: textField('occupation agreed', ['stilling', 'yrke']).optional(),
    hourlyWageMinor: moneyField('agreed hourly wage', ['timelønn', 'timelonn']).optional(),
    monthlyWageMinor: moneyField('agreed monthly wage', ['månedslønn', 'manedslonn']).optional(),
    weeklyHours: quantityField('agreed ordinary hours per week', 168, ['ukentlige_timer', 'arbeidstid']).optional(),
    positionPct: quantityField('position size in percent of full time', 200, ['stillingsprosent']).optional(),
    overtimePremiumPct: quantityField('agreed overtime premium in percent', 1000, ['overtidstillegg']).optional(),
    languageUnderstood: flagField('written in a language the worker understands', [
      'forstått_språk',
      'forstatt_sprak',
    ]).optional(),
    currency: currencyField(),
  }),
  [validInOrder],
);

/** A contract row (see {@link ContractSchema}). */
export type Contract = z.infer<typeof ContractSchema>;
