import * as z from 'zod';
import { ARRANGEMENT_BASES, CODE_WORDS, SECTORS, WORKING_TIME_ARRANGEMENTS } from '../enums.js';
import {
  countField,
  currencyField,
  dateField,
  flagField,
  idField,
  enumField,
  moneyField,
  quantityField,
  textField,
} from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const validInOrder = datesInOrder('startDate', 'endDate');

/** A rota as written: `7/7` or `14/21` (days on/off), `2-4` (weeks on-off). */
export const ROTA_PATTERN = /^\s*(\d{1,2})\s*([/-])\s*(\d{1,2})\s*$/;

/** The longest averaging period the Working Environment Act allows (aml. § 10-5 (1)-(2): 52 weeks). */
export const MAX_AVERAGING_WEEKS = 52;

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
    workingTimeArrangement: enumField(
      WORKING_TIME_ARRANGEMENTS,
      'standard, averaging (aml. § 10-5, shift or turnus plans) or rota (7/7, 14/14, 2-4); a-melding arbeidstidsordning codes accepted',
      ['arbeidstidsordning'],
      CODE_WORDS.workingTimeArrangement,
    ).optional(),
    arrangementBasis: enumField(
      ARRANGEMENT_BASES,
      'what the arrangement rests on: written-agreement, collective-agreement or labour-inspection-approval',
      ['hjemmel', 'avtalegrunnlag'],
      CODE_WORDS.arrangementBasis,
    ).optional(),
    rota: textField('the rota: days on/off such as 7/7 or 14/21, or weeks on-off such as 2-4', [
      'rotasjon',
      'turnusordning',
    ]).optional(),
    averagingWeeks: countField('weeks the working time is averaged over (at most 52)', [
      'gjennomsnittsberegning_uker',
      'beregningsperiode_uker',
    ]).optional(),
    languageUnderstood: flagField('written in a language the worker understands', [
      'forstått_språk',
      'forstatt_sprak',
    ]).optional(),
    currency: currencyField(),
  }),
  [
    validInOrder,
    {
      check: (c) => c.rota === undefined || rotaOf(c.rota) !== undefined,
      message: 'expected a rota such as 7/7 or 14/21 (days on/off) or 2-4 (weeks on-off)',
      field: 'rota',
    },
    {
      check: (c) => c.averagingWeeks === undefined || (c.averagingWeeks >= 1 && c.averagingWeeks <= MAX_AVERAGING_WEEKS),
      message: `the averaging period is 1 to ${MAX_AVERAGING_WEEKS} weeks`,
      field: 'averagingWeeks',
    },
  ],
);

/**
 * @summary A rota's days on and off: `7/7` → 7 on, 7 off; `2-4` → 2 weeks on, 4 weeks off.
 * @returns undefined for text that is not a rota, or a cycle without work or without rest
 * @example
 * rotaOf('14/21') //=> { onDays: 14, offDays: 21 }
 * rotaOf('2-4')   //=> { onDays: 14, offDays: 28 }
 */
export function rotaOf(text: string): { readonly onDays: number; readonly offDays: number } | undefined {
  const match = ROTA_PATTERN.exec(text);
  if (!match) return undefined;
  const unit = match[2] === '-' ? 7 : 1;
  const onDays = Number(match[1]) * unit;
  const offDays = Number(match[3]) * unit;
  return onDays > 0 && offDays > 0 ? { onDays, offDays } : undefined;
}

/** A contract row (see {@link ContractSchema}). */
export type Contract = z.infer<typeof ContractSchema>;
