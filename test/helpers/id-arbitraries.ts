import fc from 'fast-check';
import { mod11CheckDigit } from '../../src/ids/mod11.js';

const FNR_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Append mod-11 check digits; undefined when the body has no valid check digit (remainder 10). */
export function withMod11(body: string, weights: readonly number[]): string | undefined {
  const check = mod11CheckDigit(body, weights);
  return check === undefined ? undefined : body + check;
}

const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid fødselsnummer (or D-nummer with `dayOffset` 40) for a birth date 1940–2039. */
export const validNorwegianId = (dayOffset: 0 | 40 = 0) =>
  fc
    .record({
      date: fc.date({ min: new Date(Date.UTC(1940, 0, 1)), max: new Date(Date.UTC(2039, 11, 31)), noInvalidDate: true }),
      serial: fc.integer({ min: 0, max: 99 }),
    })
    .map(({ date, serial }) => {
      const year = date.getUTCFullYear();
      // Individual numbers 500–999 for 2000–2039, 000–499 for 1940–1999 (both valid ranges).
      const individual = year >= 2000 ? 500 + serial * 4 : serial * 4;
      const body =
        pad(date.getUTCDate() + dayOffset, 2) + pad(date.getUTCMonth() + 1, 2) + pad(year % 100, 2) + pad(individual, 3);
      const withFirst = withMod11(body, FNR_K1);
      const full = withFirst && withMod11(withFirst, FNR_K2);
      return full ? { id: full, birthDate: date.toISOString().slice(0, 10) } : undefined;
    })
    .filter((x): x is { id: string; birthDate: string } => x !== undefined);

export const validOrganisationNumber = digitString(8)
  .map((b) => withMod11(b, [3, 2, 7, 6, 5, 4, 3, 2]))
  .filter((x): x is string => x !== undefined);

export const validNorwegianAccount = digitString(10)
  .map((b) => withMod11(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
  .filter((x): x is string => x !== undefined);

/** CVR: choose 7 digits (first non-zero) and solve for the last (weight 1); skip when it would be 10. */
export const validCvr = digitString(7)
  .filter((b) => b[0] !== '0')
  .map((b) => {
    const weights = [2, 7, 6, 5, 4, 3, 2];
    const sum = [...b].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
    const last = (11 - (sum % 11)) % 11;
    return last === 10 ? undefined : b + last;
  })
  .filter((x): x is string => x !== undefined);

/** Every number with one digit replaced by a different digit. */
export function singleDigitChanges(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== value[i]) out.push(value.slice(0, i) + d + value.slice(i + 1));
    }
  }
  return out;
}

/** Every number with two different adjacent digits swapped. */
export function adjacentTranspositions(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < value.length; i++) {
    if (value[i] !== value[i + 1]) out.push(value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2));
  }
  return out;
}
