import { validateBankAccount } from '../../ids/bank-account.js';

/**
 * Words and helpers the work-crime rules share.
 * @module
 */

/** Who acts on work-crime signs, in one sentence per language (the seeds stress cooperation). */
export const WHO_ACTS = {
  en: 'Share with the inter-agency work-crime centre (a-krimsenter: labour inspectorate, tax authority, NAV, police); buyers should raise it with the contractor under the contract’s seriousness clauses.',
  nb: 'Del med a-krimsenteret (Arbeidstilsynet, Skatteetaten, NAV, politiet); oppdragsgivere bør ta det opp med leverandøren etter kontraktens seriøsitetsbestemmelser.',
} as const;

/**
 * @summary A bank account in a form that matches across spellings: the 11 digits of a Norwegian
 * account (also inside a Norwegian IBAN), an IBAN in electronic form, else the characters
 * without spaces and separators, upper case.
 * @example
 * accountKey('NO93 8601 1117 947') === accountKey('8601.11.17947') //=> true
 */
export function accountKey(value: string): string {
  // Asked for every payment by several rules; a worker's payments share one account string.
  let key = keyByAccount.get(value);
  if (key === undefined) {
    key = readAccountKey(value);
    if (keyByAccount.size >= 100_000) keyByAccount.clear();
    keyByAccount.set(value, key);
  }
  return key;
}

/** Account keys already worked out. */
const keyByAccount = new Map<string, string>();

function readAccountKey(value: string): string {
  const result = validateBankAccount(value);
  if (result.valid)
    return result.kind === 'iban' && result.normalised.startsWith('NO') ? result.normalised.slice(4) : result.normalised;
  return value.replace(/[\s.\-_/]/g, '').toUpperCase();
}

/** @summary A phone number in a form that matches across spellings: digits only, without a Nordic +47/+45 prefix. */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '');
  return (
    (digits.startsWith('0047') || digits.startsWith('0045')
      ? digits.slice(4)
      : /^4[57]\d{8}$/.test(digits)
        ? digits.slice(2)
        : digits) || value
  );
}

/** @summary `3 of 5`, with the share as a whole percent. */
export const shareText = (part: number, whole: number) => `${part} of ${whole} (${Math.round((part / whole) * 100)} %)`;

/** @summary The days a set of payments covers: the earliest period start to the latest period end. */
export function paymentsSpan(payments: readonly { readonly periodStart: string; readonly periodEnd: string }[]): {
  from: string;
  to: string;
} {
  return {
    from: payments.map((p) => p.periodStart).reduce((a, b) => (b < a ? b : a)),
    to: payments.map((p) => p.periodEnd).reduce((a, b) => (b > a ? b : a)),
  };
}
