import { digitsOf, invalid, type IdentifierResult } from './result.js';
import { mod11CheckDigit } from './mod11.js';

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * @summary Validate a Norwegian bank account number (11 digits, mod 11, weights 5,4,3,2,7,6,5,4,3,2).
 *
 * @description
 * Accepts the usual `1234.56.78903` grouping. Never throws.
 *
 * @example
 * validateNorwegianBankAccount('8601.11.17947') //=> { valid: true, kind: 'no-account', normalised: '86011117947' }
 * validateNorwegianBankAccount('86011117948')   //=> { valid: false, code: 'checksum', … }
 */
export function validateNorwegianBankAccount(value: string): IdentifierResult<'no-account'> {
  const digits = digitsOf(value, 11, 'a Norwegian bank account number');
  if (typeof digits !== 'string') return digits;
  const check = mod11CheckDigit(digits, WEIGHTS);
  if (check === undefined || check !== Number(digits[10])) return invalid('checksum', 'the check digit does not match');
  return { valid: true, kind: 'no-account', normalised: digits };
}
