import * as z from 'zod';
import { CODE_WORDS, ORGANISATION_ROLES, REGISTER_STATUSES, SECTORS } from '../enums.js';
import { countField, countryField, dateField, enumField, flagField, idField, textField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const registeredBeforeBankrupt = datesInOrder('registeredOn', 'bankruptOn');

/**
 * An organisation: employer, client, contractor, staffing agency, recruiter or landlord
 * (table `organisations`, nb `virksomheter`).
 */
export const OrganisationSchema = withRowChecks(
  z.object({
    orgId: idField('identifier of the organisation within this dataset', ['virksomhet_id']),
    name: textField('registered name', ['navn']).optional(),
    country: countryField('country of registration (ISO 3166-1 alpha-2)', ['land']).optional(),
    orgNumber: idField('national business number: NO organisasjonsnummer (9 digits) or DK CVR (8 digits)', [
      'organisasjonsnummer',
      'orgnr',
      'cvr',
    ]).optional(),
    sector: enumField(SECTORS, 'main sector of activity', ['bransje', 'sektor'], CODE_WORDS.sector).optional(),
    address: textField('business address', ['adresse', 'forretningsadresse']).optional(),
    registeredOn: dateField('date the organisation was registered', ['registrert', 'stiftelsesdato']).optional(),
    registeredEmployees: countField('employees the organisation reports to the authorities', [
      'antall_ansatte',
      'antallansatte',
    ]).optional(),
    vatRegistered: flagField('registered for VAT', ['mva_registrert', 'registrert_i_mvaregisteret']).optional(),
    bankruptOn: dateField('date of bankruptcy, if any', ['konkurs_dato', 'konkursdato']).optional(),
    registerStatus: enumField(
      REGISTER_STATUSES,
      "status in the sector's approval register: approved, not-approved, pending, not-registered",
      ['registerstatus', 'godkjenning', 'status_i_register'],
      CODE_WORDS.registerStatus,
    ).optional(),
    role: enumField(
      ORGANISATION_ROLES,
      'role in the data (client, main contractor, subcontractor…)',
      ['rolle'],
      CODE_WORDS.role,
    ).optional(),
  }),
  [registeredBeforeBankrupt],
);

/** An organisation row (see {@link OrganisationSchema}). */
export type Organisation = z.infer<typeof OrganisationSchema>;
