import { isExists } from 'date-fns';
import { digitsOf, invalid, type IdentifierResult } from './result.js';

/** What a valid CPR number tells besides being valid. */
export interface DanishCprDetails {
  /** Date of birth encoded in the number (`YYYY-MM-DD`). */
  readonly birthDate: string;
}

/** Century from the 7th digit and the two-digit year (CPR-kontoret's table). */
function fullYear(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/**
 * @summary Validate the shape and birth date of a Danish CPR number (`DDMMYY-SSSS`).
 *
 * @description
 * Denmark stopped guaranteeing the mod-11 check in 2007 (numbers ran out for some dates), so a
 * failed mod-11 test is no evidence of a false number: only the date and length are checked.
 * Never throws.
 *
 * @example
 * validateDanishCpr('070761-4285') //=> { valid: true, kind: 'dk-cpr', normalised: '0707614285', birthDate: '1961-07-07' }
 * validateDanishCpr('320161-4285') //=> { valid: false, code: 'date', … }
 */
export function validateDanishCpr(value: string): IdentifierResult<'dk-cpr', DanishCprDetails> {
  const digits = digitsOf(value, 10, 'a Danish CPR number');
  if (typeof digits !== 'string') return digits;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = fullYear(Number(digits[6]), Number(digits.slice(4, 6)));
  if (!isExists(year, month - 1, day)) return invalid('date', 'the number does not encode an existing date of birth');
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, kind: 'dk-cpr', normalised: digits, birthDate };
}
