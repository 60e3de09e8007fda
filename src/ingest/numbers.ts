/** Thousands separators people and spreadsheets write: space, no-break space, narrow no-break space, apostrophe. */
const SPACE_GROUPING = /[ \u00a0\u202f']/g;
/** Currency marks accepted around amounts: `kr`, `kr.`, `NOK 1 234,50`, `1 234,- kr`. */
const CURRENCY_MARK = /^(?:kr\.?|nok|dkk|sek|eur|€|pln|zł|gbp|£|usd|\$)\s*|\s*(?:kr\.?|nok|dkk|sek|eur|€|pln|zł|gbp|£|usd|\$)$/i;

const PLAIN_NUMBER = { '.': /^(-?\d+)(?:\.(\d+))?$/, ',': /^(-?\d+)(?:,(\d+))?$/ } as const;

/** Result of reading a number: the plain decimal text (`-1234.5`) or why it failed. */
export type NumberText = { readonly ok: true; readonly text: string; readonly currencyMark?: string } | { readonly ok: false };

/**
 * @summary Normalise a locale-formatted number to plain decimal text (`-1234.50`), exactly.
 *
 * @description
 * Handles the Nordic spreadsheet forms: decimal comma, thousands grouped by space, no-break
 * space or dot (`1 234,50`, `1.234,50`), currency marks (`kr 1 234,50`, `NOK 250`), the whole-krone
 * dash (`1 234,-`) and the Unicode minus. Thousands groups must have three digits, so with a
 * decimal comma `1.5` is refused rather than read as 15. Returns text, not a float, so money
 * converts to øre exactly.
 *
 * @param decimalSeparator - the file's decimal separator
 * @example
 * normaliseNumberText('kr 1 234,50', ',') //=> { ok: true, text: '1234.50', currencyMark: 'kr' }
 * normaliseNumberText('1.234,50', ',')    //=> { ok: true, text: '1234.50' }
 * normaliseNumberText('1,234.50', '.')    //=> { ok: true, text: '1234.50' }
 * normaliseNumberText('1.5', ',')         //=> { ok: false }
 */
export function normaliseNumberText(raw: string, decimalSeparator: '.' | ','): NumberText {
  let value = raw.trim();
  // Most cells are plain numbers (`30`, `7,5`): answer them without the locale machinery.
  const plain = PLAIN_NUMBER[decimalSeparator].exec(value);
  if (plain) return { ok: true, text: plain[2] === undefined ? value : `${plain[1]}.${plain[2]}` };
  let currencyMark: string | undefined;
  const mark = CURRENCY_MARK.exec(value);
  if (mark) {
    currencyMark = mark[0].trim().replace(/\.$/, '').toLowerCase();
    value = value.slice(0, mark.index) + value.slice(mark.index + mark[0].length);
    value = value.trim();
  }
  if (value.endsWith(',-') || value.endsWith('.-')) value = value.slice(0, -2);
  let sign = '';
  if (/^[-\u2212]/.test(value)) {
    sign = '-';
    value = value.slice(1).trim();
  } else if (value.startsWith('+')) {
    value = value.slice(1).trim();
  }
  value = value.replace(SPACE_GROUPING, (space, offset: number) => (isGroupBoundary(value, offset) ? '' : space));
  const groupSeparator = decimalSeparator === ',' ? '.' : ',';
  const [integerPart = '', fraction, ...more] = value.split(decimalSeparator);
  if (more.length > 0 || integerPart === '') return { ok: false };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { ok: false };
  let digits: string;
  if (integerPart.includes(groupSeparator)) {
    // Grouping by the other separator must be exact: 1.234.567, never 1.23.
    if (!/^\d{1,3}(\.\d{3})+$|^\d{1,3}(,\d{3})+$/.test(integerPart)) return { ok: false };
    digits = integerPart.split(groupSeparator).join('');
  } else {
    if (!/^\d+$/.test(integerPart)) return { ok: false };
    digits = integerPart;
  }
  const text = sign + digits + (fraction !== undefined ? `.${fraction}` : '');
  return currencyMark === undefined ? { ok: true, text } : { ok: true, text, currencyMark };
}

/** A space is a thousands separator only between a digit and a group of exactly three digits. */
function isGroupBoundary(value: string, offset: number): boolean {
  return /\d/.test(value[offset - 1] ?? '') && /^\d{3}(?!\d)/.test(value.slice(offset + 1));
}

/**
 * @summary Guess a file's decimal separator from sample values of its numeric columns.
 *
 * @description
 * A value like `12,5` or `1.234,50` votes for comma; `12.5` or `1,234.50` votes for dot; integers
 * and `1 234` do not vote. Ties and no votes fall back to the delimiter's habit: semicolon and
 * tab files come from Nordic Excel (comma), comma files use a dot.
 *
 * @example
 * detectDecimalSeparator(['1 234,50', '200'], ';') //=> ','
 * detectDecimalSeparator(['1234.50'], ';')         //=> '.'
 */
export function detectDecimalSeparator(samples: Iterable<string>, delimiter: string): '.' | ',' {
  let comma = 0;
  let dot = 0;
  for (const sample of samples) {
    const value = sample.trim();
    if (/\d,\d{1,2}(?:\D*)$/.test(value) || /\d\.\d{3},\d/.test(value) || /,-$/.test(value)) comma++;
    else if (/\d\.\d{1,2}(?:\D*)$/.test(value) || /\d,\d{3}\.\d/.test(value)) dot++;
  }
  if (comma > dot) return ',';
  if (dot > comma) return '.';
  return delimiter === ',' ? '.' : ',';
}
