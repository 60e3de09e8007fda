import * as z from 'zod';
import { CODE_WORDS, ID_KINDS, SKILL_LEVELS } from '../enums.js';
import { countryField, dateField, enumField, flagField, idField, personalData, quantityField, textField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const employedInOrder = datesInOrder('startDate', 'endDate');

/** A worker (table `workers`, nb `arbeidstakere`). The only table every dataset must have. */
export const WorkerSchema = withRowChecks(
  z.object({
    workerId: idField('identifier of the worker within this dataset', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    employerId: idField('org_id of the employer', ['arbeidsgiver_id', 'arbeidsgiver']),
    name: personalData(textField('full name', ['navn'])).optional(),
    nationalId: personalData(
      idField('national identity number', ['fødselsnummer', 'fodselsnummer', 'personnummer', 'cpr']),
    ).optional(),
    idKind: enumField(
      ID_KINDS,
      'kind of national_id: no-fnr, no-dnr, dk-cpr, passport, other',
      ['id_type'],
      CODE_WORDS.idKind,
    ).optional(),
    birthDate: dateField('date of birth', ['fødselsdato', 'fodselsdato']).optional(),
    nationality: countryField('nationality (ISO 3166-1 alpha-2)', ['nasjonalitet', 'statsborgerskap']).optional(),
    address: personalData(textField('home address in the country of work', ['adresse', 'bostedsadresse'])).optional(),
    phone: personalData(idField('phone number', ['telefon', 'mobil'])).optional(),
    bankAccount: personalData(
      idField('account wages should go to: NO 11 digits or IBAN', ['kontonummer', 'bankkonto']),
    ).optional(),
    hmsCard: personalData(idField('HMS card number (construction, cleaning)', ['hms-kort', 'hmskort'])).optional(),
    hmsCardValidTo: dateField('last day the HMS card is valid', ['hms-kort_gyldig_til']).optional(),
    posted: flagField('posted worker (utsendt arbeidstaker)', ['utsendt']).optional(),
    postingCountry: countryField('country the posted worker is sent from', ['utsendt_fra']).optional(),
    a1Certificate: flagField('holds an A1 social-security certificate', ['a1', 'a1_attest']).optional(),
    registered: flagField('registered in the employee register (Aa-registeret / eIndkomst)', [
      'registrert',
      'aa_registrert',
    ]).optional(),
    startDate: dateField('first day of employment', ['startdato', 'ansatt_fra']).optional(),
    endDate: dateField('last day of employment', ['sluttdato', 'ansatt_til']).optional(),
    occupation: textField('occupation', ['stilling', 'yrke']).optional(),
    skillLevel: enumField(
      SKILL_LEVELS,
      'skilled (trade certificate), unskilled or apprentice',
      ['kompetanse', 'fagbrev'],
      CODE_WORDS.skillLevel,
    ).optional(),
    experienceYears: quantityField('years of experience in the trade', 80, ['erfaring_år', 'erfaring_ar', 'erfaring']).optional(),
  }),
  [employedInOrder],
);

/** A worker row (see {@link WorkerSchema}). */
export type Worker = z.infer<typeof WorkerSchema>;
