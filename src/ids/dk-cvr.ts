import { digitsOf, invalid, type IdentifierResult } from './result.js';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * @summary Validate a Danish CVR number (8 digits; Σ digit·weight ≡ 0 mod 11, weights 2,7,6,5,4,3,2,1).
 *
 * @description
 * CVR numbers never start with 0. `DK` prefixes (as on VAT numbers) and spaces are accepted.
 * Never throws.
 *
 * @example
 * validateDanishCvr('DK 24 25 67 90') //=> { valid: true, kind: 'dk-cvr', normalised: '24256790' }
 * validateDanishCvr('24256791')       //=> { valid: false, code: 'checksum', … }
 */
export function validateDanishCvr(value: string): IdentifierResult<'dk-cvr'> {
  const withoutPrefix = typeof value === 'string' ? value.trim().replace(/^dk\s*/i, '') : value;
  const digits = digitsOf(withoutPrefix, 8, 'a Danish CVR number');
  if (typeof digits !== 'string') return digits;
  if (digits[0] === '0') return invalid('format', 'a CVR number does not start with 0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  if (sum % 11 !== 0) return invalid('checksum', 'the check digit does not match');
  return { valid: true, kind: 'dk-cvr', normalised: digits };
}
