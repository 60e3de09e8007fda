import { fieldAcceptor } from './field-check.js';
import { CURRENCY_MINOR_DIGITS } from '../money/money.js';
import type { ColumnSpec } from './headers.js';
import type { CellContext } from './values.js';

/** What a fast cell reader answers when the cell is not in its plain form: read it the general way. */
export const UNSURE: unique symbol = Symbol('unsure');

/** Reads a cell written in its plain form straight to a value its field surely accepts, else {@link UNSURE}. */
export type FastCellReader = (text: string, context: CellContext) => unknown;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * @summary A reader for the plain form of a column's cells (`2025-03-31`, `07:30`, `1234.50`,
 * `w-001`, an enum code as written in the contract), built once per file.
 *
 * @description
 * Most cells of a machine-made file are written the plain way, and reading them needs none of
 * the general reader's trimming, locale handling or regexes. For those the value is exactly what
 * `readCell` gives and one the field's schema accepts; anything else is {@link UNSURE}. A property
 * test holds every column of every table to both.
 */
export function fastCellReader(spec: ColumnSpec): FastCellReader {
  const { meta } = spec;
  const accepts = fieldAcceptor(spec);
  switch (meta.kind) {
    case 'id': // printable ASCII without space at the ends: the general reader keeps it as it is
    case 'date':
    case 'country': // upper case already
    case 'currency':
      return (text) => (accepts(text) ? text : UNSURE);
    case 'time': // `HH:mm:ss` is read to `HH:mm`: not the plain form
      return (text) => (text.length === 5 && accepts(text) ? text : UNSURE);
    case 'text': // the general reader trims any Unicode space: ends must be visible ASCII
      return (text) =>
        isVisibleAscii(text.charCodeAt(0)) && isVisibleAscii(text.charCodeAt(text.length - 1)) && accepts(text) ? text : UNSURE;
    case 'money':
      return (text, context) => {
        const split = plainDecimal(text, context.decimalSeparator);
        if (split === undefined) return UNSURE;
        const digits = CURRENCY_MINOR_DIGITS[context.currency];
        const [whole, fraction] = split;
        if (fraction.length > digits) return UNSURE;
        const minor = Number(whole + fraction.padEnd(digits, '0'));
        return Number.isSafeInteger(minor) ? minor : UNSURE;
      };
    case 'integer':
      return (text) => {
        if (!isDigits(text, 0, text.length)) return UNSURE;
        const value = Number(text);
        return Number.isSafeInteger(value) ? value : UNSURE;
      };
    case 'decimal': {
      const max = meta.max ?? -1;
      return (text, context) => {
        const split = plainDecimal(text, context.decimalSeparator);
        if (split === undefined) return UNSURE;
        const value = Number(split[1] === '' ? split[0] : `${split[0]}.${split[1]}`);
        return value <= max ? value : UNSURE;
      };
    }
    case 'enum': {
      // Codes as written, and alias words that need no folding of case or spaces.
      const words = new Map<string, string>();
      for (const [word, code] of Object.entries(meta.valueAliases ?? {}))
        if (word === word.toLowerCase() && !/\s/.test(word)) words.set(word, code);
      for (const code of spec.enumValues ?? []) if (code === code.toLowerCase() && !/\s/.test(code)) words.set(code, code);
      return (text) => words.get(text) ?? UNSURE;
    }
    case 'boolean':
      return (text) => BOOLEAN_WORDS.get(text) ?? UNSURE;
  }
}

const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['yes', true],
  ['ja', true],
  ['1', true],
  ['x', true],
  ['false', false],
  ['no', false],
  ['nei', false],
  ['0', false],
]);

/** `123` or `123<separator>45`: the whole and fraction digits, else `undefined`. */
function plainDecimal(text: string, separator: '.' | ','): [string, string] | undefined {
  const at = text.indexOf(separator);
  if (at === -1) return isDigits(text, 0, text.length) ? [text, ''] : undefined;
  if (!isDigits(text, 0, at) || !isDigits(text, at + 1, text.length)) return undefined;
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Non-empty and only ASCII digits. */
function isDigits(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return false;
  }
  return true;
}

const isVisibleAscii = (code: number) => code > 32 && code < 127;
