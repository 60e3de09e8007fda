import { isClockTime, isIsoDate } from '../dates/iso-date.js';
import { CURRENCIES, type Currency } from '../model/enums.js';
import type { FieldKind } from '../model/fields.js';
import { CURRENCY_MINOR_DIGITS, parseMajorToMinor } from '../money/money.js';
import { normaliseNumberText } from './numbers.js';

/** What the cell reader needs to know about the file it reads. */
export interface CellContext {
  readonly decimalSeparator: '.' | ',';
  readonly currency: Currency;
  readonly blankBooleanIsFalse: boolean;
}

/** A converted cell: the model value, or what was expected. */
export type CellResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly expected: string };

const fail = (expected: string): CellResult => ({ ok: false, expected });
const ok = (value: unknown): CellResult => ({ ok: true, value });

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'sant', 'sand']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nei', 'nej', '0', 'usant', 'falsk']);

const pad2 = (n: string) => n.padStart(2, '0');

/**
 * @summary Read a date as written in Nordic files: `2025-03-31`, `31.03.2025`, `31/03/2025`,
 * `31-03-2025`, `1.3.2025`, or an ISO date-time (its written calendar date is kept).
 * Day first, always: there is no month-first reading.
 * @returns `YYYY-MM-DD`, or `undefined` for anything else, including dates that do not exist
 * @example
 * readDate('31.03.2025') //=> '2025-03-31'
 * readDate('29.02.2025') //=> undefined
 */
export function readDate(raw: string): string | undefined {
  const value = raw.trim();
  // Most cells are already ISO dates: checked from char codes, no regex.
  if (isIsoDate(value)) return value;
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) [, y, m, d] = iso;
  else {
    const dayFirst = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(value);
    if (!dayFirst) return undefined;
    [, d, , m, y] = dayFirst;
  }
  const date = `${y}-${pad2(m!)}-${pad2(d!)}`;
  return isIsoDate(date) ? date : undefined;
}

/**
 * @summary Read a wall-clock time: `07:00`, `7:00`, `07.00`, `0700`, with optional seconds.
 * @example
 * readTime('7.30') //=> '07:30'
 */
export function readTime(raw: string): string | undefined {
  // Most cells are already `HH:mm`: checked from char codes, no regex.
  if (raw.length === 5 && isClockTime(raw)) return raw;
  const match = /^(\d{1,2})[:.]?(\d{2})(?::(\d{2}))?$/.exec(raw.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59 || (match[3] !== undefined && Number(match[3]) > 59)) return undefined;
  return `${pad2(match[1]!)}:${match[2]}`;
}

/**
 * @summary Read one CSV cell as a value of the given field kind.
 *
 * @param raw - the cell text (already known to be non-blank)
 * @param kind - the field's kind from the model's column registry
 * @param enumValues - allowed codes for `enum` fields
 * @param valueAliases - Norwegian words accepted for codes (`kontant` → `cash`)
 */
export function readCell(
  raw: string,
  kind: FieldKind,
  context: CellContext,
  enumValues?: readonly string[],
  valueAliases?: Readonly<Record<string, string>>,
): CellResult {
  const value = raw.trim();
  switch (kind) {
    case 'id':
    case 'text':
      return ok(value);
    case 'date': {
      const date = readDate(value);
      return date ? ok(date) : fail('a date such as 2025-03-31 or 31.03.2025');
    }
    case 'time': {
      const time = readTime(value);
      return time ? ok(time) : fail('a time such as 07:30');
    }
    case 'boolean': {
      const word = value.toLowerCase();
      if (TRUE_WORDS.has(word)) return ok(true);
      if (FALSE_WORDS.has(word)) return ok(false);
      return fail('yes/no, ja/nei, true/false, 1/0 or x');
    }
    case 'money': {
      const number = normaliseNumberText(value, context.decimalSeparator);
      const example = context.decimalSeparator === ',' ? '1 234,50' : '1234.50';
      if (!number.ok) return fail(`an amount such as ${example}`);
      if (number.currencyMark && !markMatches(number.currencyMark, context.currency)) {
        return fail(`an amount in ${context.currency} (the row's currency), found a ${number.currencyMark} amount`);
      }
      const minor = parseMajorToMinor(number.text, CURRENCY_MINOR_DIGITS[context.currency]);
      if (minor !== undefined) return ok(minor);
      const digits = CURRENCY_MINOR_DIGITS[context.currency];
      // `39.690` in a file with decimal points: thousands, or a typo? Say so rather than guess.
      const grouped = /^-?\d{1,3}([.,]\d{3})+$/.test(value.trim());
      return fail(
        grouped
          ? `an amount with at most ${digits} decimals; if the ${value.trim().includes('.') ? 'dot' : 'comma'} groups thousands, write ${number.text.replace('.', '')} or ${groupWithSpaces(number.text.replace('.', ''))}`
          : `an amount with at most ${digits} decimals`,
      );
    }
    case 'integer': {
      const number = normaliseNumberText(value, context.decimalSeparator);
      if (!number.ok || number.currencyMark || !/^-?\d+$/.test(number.text)) return fail('a whole number');
      return ok(Number(number.text));
    }
    case 'decimal': {
      const withoutPercent = value.replace(/\s*%$/, '');
      const number = normaliseNumberText(withoutPercent, context.decimalSeparator);
      if (!number.ok || number.currencyMark)
        return fail(context.decimalSeparator === ',' ? 'a number such as 7,5' : 'a number such as 7.5');
      return ok(Number(number.text));
    }
    case 'enum': {
      const word = value.toLowerCase().replace(/\s+/g, '-');
      const code = enumValues?.find((candidate) => candidate === word) ?? valueAliases?.[value.toLowerCase()];
      return code ? ok(code) : fail(`one of ${(enumValues ?? []).join(', ')}`);
    }
    case 'country': {
      const code = value.toUpperCase();
      return /^[A-Z]{2}$/.test(code) ? ok(code) : fail('a two-letter country code such as NO, PL, LT');
    }
    case 'currency': {
      const code = value.toUpperCase();
      if (code === 'KR' || code === 'KR.') return ok(context.currency);
      return (CURRENCIES as readonly string[]).includes(code) ? ok(code) : fail(`a currency code: ${CURRENCIES.join(', ')}`);
    }
  }
}

const MARK_CURRENCY: Readonly<Record<string, readonly Currency[]>> = {
  kr: ['NOK', 'DKK', 'SEK'],
  nok: ['NOK'],
  dkk: ['DKK'],
  sek: ['SEK'],
  eur: ['EUR'],
  '€': ['EUR'],
  pln: ['PLN'],
  zł: ['PLN'],
  gbp: ['GBP'],
  '£': ['GBP'],
  usd: ['USD'],
  $: ['USD'],
};

function markMatches(mark: string, currency: Currency): boolean {
  return MARK_CURRENCY[mark]?.includes(currency) ?? false;
}

/** `39690` → `39 690`: thousands grouped by spaces, as the reader accepts them. */
function groupWithSpaces(digits: string): string {
  const sign = digits.startsWith('-') ? '-' : '';
  const plain = sign ? digits.slice(1) : digits;
  return sign + plain.replace(/\B(?=(\d{3})+$)/g, ' ');
}
