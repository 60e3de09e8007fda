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
  const result = validateBankAccount(value);
  if (result.valid)
    return result.kind === 'iban' && result.normalised.startsWith('NO') ? result.normalised.slice(4) : result.normalised;
  return value.replace(/[\s.\-_/]/g, '').toUpperCase();
}

/**
 * @summary {@link accountKey}, remembered: a worker's payments repeat one account, and working
 * the key out (mod 11, IBAN) per payment was most of some rules' time. Make one per rule run, so
 * that what it holds (strings that may pin their file's text) goes with the run.
 * @example
 * const keyOf = accountKeys()
 * keyOf('NO93 8601 1117 947') //=> '86011117947'
 */
export function accountKeys(): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    let key = known.get(value);
    if (key === undefined) known.set(value, (key = accountKey(value)));
    return key;
  };
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
