import { digitsOf, invalid, type IdentifierResult } from './result.js';
import { mod11CheckDigit } from './mod11.js';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * @summary Validate a Norwegian organisasjonsnummer (9 digits, mod 11, weights 3,2,7,6,5,4,3,2).
 *
 * @description
 * Spaces are ignored (`923 609 016` is accepted). Only the check digit is verified: whether the
 * number is registered is a question for Enhetsregisteret. Never throws.
 *
 * @example
 * validateNorwegianOrganisationNumber('923 609 016') //=> { valid: true, kind: 'no-orgnr', normalised: '923609016' }
 * validateNorwegianOrganisationNumber('923609017')   //=> { valid: false, code: 'checksum', … }
 */
export function validateNorwegianOrganisationNumber(value: string): IdentifierResult<'no-orgnr'> {
  const digits = digitsOf(value, 9, 'a Norwegian organisation number');
  if (typeof digits !== 'string') return digits;
  const check = mod11CheckDigit(digits, WEIGHTS);
  if (check === undefined || check !== Number(digits[8])) return invalid('checksum', 'the check digit does not match');
  return { valid: true, kind: 'no-orgnr', normalised: digits };
}
