import { electronicFormatIBAN, extractIBAN, isValidIBAN } from 'ibantools';
import { invalid, type IdentifierResult } from './result.js';

/** What a valid IBAN tells besides being valid. */
export interface IbanDetails {
  /** ISO 3166-1 alpha-2 country of the account. */
  readonly country: string;
}

/**
 * @summary Validate an IBAN (ISO 13616: country format and mod-97 check, via `ibantools`).
 *
 * @description
 * Accepts print format with spaces (`NO93 8601 1117 947`). The national BBAN check digits are
 * verified where `ibantools` knows the country's scheme (Norway included). Never throws.
 *
 * @example
 * validateIban('NO93 8601 1117 947') //=> { valid: true, kind: 'iban', normalised: 'NO9386011117947', country: 'NO' }
 * validateIban('NO94 8601 1117 947') //=> { valid: false, code: 'checksum', … }
 */
export function validateIban(value: string): IdentifierResult<'iban', IbanDetails> {
  if (typeof value !== 'string' || value.trim() === '') return invalid('empty', 'an IBAN is empty');
  if (value.length > 64) return invalid('length', 'an IBAN is too long');
  const electronic = electronicFormatIBAN(value.replace(/\u00a0/g, ' '));
  if (!electronic || !/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(electronic)) {
    return invalid('format', 'an IBAN is two letters, two check digits and up to 30 letters or digits');
  }
  if (!isValidIBAN(electronic)) {
    return invalid('checksum', 'the IBAN check digits or national format do not match');
  }
  const country = extractIBAN(electronic).countryCode ?? electronic.slice(0, 2);
  return { valid: true, kind: 'iban', normalised: electronic, country };
}
