/**
 * @summary The mod-11 check digit of `digits` with `weights`, or `undefined` when none exists.
 *
 * @description
 * The scheme of Norwegian fødselsnummer, organisasjonsnummer and bank accounts: the check digit
 * is `11 - (Σ digit·weight mod 11)`, where 11 becomes 0 and 10 means the body cannot be issued.
 * Because every weight is non-zero mod 11, any single-digit error is caught; because adjacent
 * weights differ, so is any transposition of two different adjacent digits.
 *
 * @example
 * mod11CheckDigit('12345678', [3, 2, 7, 6, 5, 4, 3, 2]) //=> 5
 */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number | undefined {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}
