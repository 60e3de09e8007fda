import { isExists } from 'date-fns';
import { digitsOf, invalid, type IdentifierResult } from './result.js';
import { mod11CheckDigit } from './mod11.js';

const FIRST_CHECK_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_CHECK_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** What a valid Norwegian national identity number tells besides being valid. */
export interface NorwegianIdDetails {
  /** Date of birth encoded in the number (`YYYY-MM-DD`). */
  readonly birthDate: string;
  /**
   * A synthetic test number (month + 40, NAV's "H-numbers", or month + 80, Skatteetaten's
   * Tenor test numbers). Real payroll data should never contain one: a sign to verify.
   */
  readonly synthetic: boolean;
}

export type NorwegianIdResult = IdentifierResult<'no-fnr' | 'no-dnr', NorwegianIdDetails>;

/**
 * Century from the individual number (digits 7–9) and two-digit year, per Skatteetaten's rules.
 * Returns undefined for combinations never issued.
 */
function fullYear(individual: number, yy: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return undefined;
}

/**
 * @summary Validate a Norwegian fødselsnummer or D-nummer (11 digits, two mod-11 check digits).
 *
 * @description
 * A D-nummer (issued to foreign workers) has 40 added to the day of birth; the result's `kind`
 * says which it is. Synthetic test numbers are accepted but flagged (`synthetic: true`), because
 * test data legitimately uses them while real payroll never should. Spaces are ignored.
 * Never throws.
 *
 * @param value - the number as written, e.g. `"010190 12345"`
 * @returns `{ valid: true, kind, normalised, birthDate, synthetic }` or `{ valid: false, code, reason }`
 *
 * @example
 * validateNorwegianNationalId('15076500565') //=> { valid: true, kind: 'no-fnr', birthDate: '1965-07-15', … }
 * validateNorwegianNationalId('55076500559') //=> { valid: true, kind: 'no-dnr', birthDate: '1965-07-15', … }
 * validateNorwegianNationalId('15076500566') //=> { valid: false, code: 'checksum', … }
 */
export function validateNorwegianNationalId(value: string): NorwegianIdResult {
  const digits = digitsOf(value, 11, 'a Norwegian national identity number');
  if (typeof digits !== 'string') return digits;

  const firstCheck = mod11CheckDigit(digits, FIRST_CHECK_WEIGHTS);
  const secondCheck = mod11CheckDigit(digits, SECOND_CHECK_WEIGHTS);
  if (firstCheck === undefined || firstCheck !== Number(digits[9]) || secondCheck !== Number(digits[10])) {
    return invalid('checksum', 'the check digits do not match');
  }

  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const individual = Number(digits.slice(6, 9));

  const isDNumber = day > 40;
  if (isDNumber) day -= 40;
  let synthetic = false;
  if (month > 80) {
    month -= 80;
    synthetic = true;
  } else if (month > 40) {
    month -= 40;
    synthetic = true;
  }

  const year = fullYear(individual, yy);
  if (year === undefined || !isExists(year, month - 1, day)) {
    return invalid('date', 'the number does not encode an existing date of birth');
  }
  const birthDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, kind: isDNumber ? 'no-dnr' : 'no-fnr', normalised: digits, birthDate, synthetic };
}
