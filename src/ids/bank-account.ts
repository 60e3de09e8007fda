import { validateIban } from './iban.js';
import { validateNorwegianBankAccount } from './no-bank-account.js';
import type { IdentifierResult } from './result.js';

/**
 * @summary Validate a wage account as written in payroll: a Norwegian 11-digit account or an IBAN.
 *
 * @description
 * Starts with two letters → IBAN; otherwise a Norwegian account. The `normalised` form lets two
 * spellings of the same account compare equal, which the shared-account rules rely on.
 *
 * @example
 * validateBankAccount('8601 11 17947').kind       //=> 'no-account'
 * validateBankAccount('NO9386011117947').kind     //=> 'iban'
 */
export function validateBankAccount(value: string): IdentifierResult<'no-account' | 'iban'> {
  if (typeof value === 'string' && /^\s*[A-Za-z]{2}/.test(value)) return validateIban(value);
  return validateNorwegianBankAccount(value);
}
