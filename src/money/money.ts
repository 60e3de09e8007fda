import { CURRENCIES, type Currency } from '../model/enums.js';

/** Digits after the decimal point of each supported currency (ISO 4217 minor unit). */
export const CURRENCY_MINOR_DIGITS: Readonly<Record<Currency, number>> = Object.freeze({
  NOK: 2,
  DKK: 2,
  SEK: 2,
  EUR: 2,
  PLN: 2,
  GBP: 2,
  USD: 2,
});

/** An amount of money: integer minor units (øre, cents) and its currency. Never a float. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: Currency;
}

/**
 * @summary Build a {@link Money} value, refusing fractional or unsafe minor amounts.
 *
 * @example
 * money(123450, 'NOK') //=> { amountMinor: 123450, currency: 'NOK' }  (NOK 1 234.50)
 * money(1.5, 'NOK')    // throws RangeError: floats would silently lose øre
 */
export function money(amountMinor: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
  }
  if (!(CURRENCIES as readonly string[]).includes(currency)) {
    throw new RangeError(`unsupported currency ${JSON.stringify(currency)}`);
  }
  return { amountMinor, currency };
}

/**
 * @summary Parse a plain decimal string in major units (`"1234.5"`, `"-12"`) to minor units, exactly.
 *
 * @description
 * Works on the digits as text, so `"0.29"` is 29 øre and not 28.999…; more decimals than the
 * currency has are refused rather than rounded, since rounding would hide an input error.
 * Locale formats (`1 234,50`, `kr 1.234,50`) are the ingest layer's job; it normalises to this.
 *
 * @returns the minor-unit integer, or `undefined` when the text is not such a number
 *
 * @example
 * parseMajorToMinor('1234.50', 2) //=> 123450
 * parseMajorToMinor('0.29', 2)    //=> 29
 * parseMajorToMinor('1.234', 2)   //=> undefined (three decimals for a two-decimal currency)
 */
export function parseMajorToMinor(text: string, minorDigits: number): number | undefined {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > minorDigits) return undefined;
  const minor = Number(whole + fraction.padEnd(minorDigits, '0'));
  if (!Number.isSafeInteger(minor)) return undefined;
  return sign === '-' ? -minor : minor;
}

/**
 * @summary Format minor units as a plain major-unit decimal string (no grouping, `.` decimal).
 *
 * @example
 * formatMinorAsMajor(123450, 2) //=> '1234.50'
 * formatMinorAsMajor(-5, 2)     //=> '-0.05'
 */
export function formatMinorAsMajor(amountMinor: number, minorDigits: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(minorDigits + 1, '0');
  if (minorDigits === 0) return sign + digits;
  return `${sign}${digits.slice(0, -minorDigits)}.${digits.slice(-minorDigits)}`;
}
