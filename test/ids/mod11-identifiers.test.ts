import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import { mod11CheckDigit } from '../../src/ids/mod11.js';
import {
  validateDanishCvr,
  validateNorwegianBankAccount,
  validateNorwegianNationalId,
  validateNorwegianOrganisationNumber,
} from '../../src/ids/index.js';
import {
  adjacentTranspositions,
  singleDigitChanges,
  validCvr,
  validNorwegianAccount,
  validNorwegianId,
  validOrganisationNumber,
} from '../helpers/id-arbitraries.js';

describe('validateNorwegianNationalId', () => {
  it('accepts a fødselsnummer and decodes the birth date', () => {
    expect(validateNorwegianNationalId('15076500565')).toEqual({
      valid: true,
      kind: 'no-fnr',
      normalised: '15076500565',
      birthDate: '1965-07-15',
      synthetic: false,
    });
  });

  it('recognises a D-nummer (day + 40) and decodes the real day', () => {
    const result = validateNorwegianNationalId('55076500559');
    expect(result).toMatchObject({ valid: true, kind: 'no-dnr', birthDate: '1965-07-15' });
  });

  it('accepts spaces as written on forms', () => {
    expect(validateNorwegianNationalId('150765 00565')).toMatchObject({ valid: true, normalised: '15076500565' });
  });

  it('flags synthetic test numbers (month + 80, month + 40) instead of rejecting them', () => {
    // Built from 15.07.65 with month 87 (Tenor) and 47 (H-number), check digits recomputed.
    const tenor = validateNorwegianNationalId('158765005' + checkDigits('158765005'));
    const hNumber = validateNorwegianNationalId('154765005' + checkDigits('154765005'));
    expect(tenor).toMatchObject({ valid: true, synthetic: true, birthDate: '1965-07-15' });
    expect(hNumber).toMatchObject({ valid: true, synthetic: true, birthDate: '1965-07-15' });
  });

  it('rejects wrong check digits, impossible dates, wrong length and letters with a reason', () => {
    expect(validateNorwegianNationalId('15076500566')).toMatchObject({ valid: false, code: 'checksum' });
    // 31 February 1965 with correct check digits: only the date is wrong.
    expect(validateNorwegianNationalId('310265005' + checkDigits('310265005'))).toMatchObject({ valid: false, code: 'date' });
    expect(validateNorwegianNationalId('1507650056')).toMatchObject({ valid: false, code: 'length' });
    expect(validateNorwegianNationalId('1507650056a')).toMatchObject({ valid: false, code: 'format' });
    expect(validateNorwegianNationalId('')).toMatchObject({ valid: false, code: 'empty' });
    expect(validateNorwegianNationalId('1'.repeat(1_000_000))).toMatchObject({ valid: false, code: 'length' });
  });

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, {}, '\u0000', '𝟙𝟚𝟛']) {
      expect(() => validateNorwegianNationalId(value as unknown as string)).not.toThrow();
      expect(validateNorwegianNationalId(value as unknown as string).valid).toBe(false);
    }
  });

  propTest.prop([validNorwegianId(0)])('a generated fødselsnummer validates with its birth date', ({ id, birthDate }) => {
    expect(validateNorwegianNationalId(id)).toMatchObject({ valid: true, kind: 'no-fnr', birthDate, synthetic: false });
  });

  propTest.prop([validNorwegianId(40)])('a generated D-nummer validates as no-dnr', ({ id, birthDate }) => {
    expect(validateNorwegianNationalId(id)).toMatchObject({ valid: true, kind: 'no-dnr', birthDate });
  });

  propTest.prop([validNorwegianId(0)])('every single-digit change is caught', ({ id }) => {
    for (const changed of singleDigitChanges(id)) expect(validateNorwegianNationalId(changed).valid).toBe(false);
  });

  propTest.prop([validNorwegianId(0)])('every adjacent transposition is caught', ({ id }) => {
    for (const swapped of adjacentTranspositions(id)) expect(validateNorwegianNationalId(swapped).valid).toBe(false);
  });
});

describe('validateNorwegianOrganisationNumber', () => {
  it('accepts a real organisation number, with or without spaces', () => {
    expect(validateNorwegianOrganisationNumber('923 609 016')).toEqual({
      valid: true,
      kind: 'no-orgnr',
      normalised: '923609016',
    });
    expect(validateNorwegianOrganisationNumber('974760673')).toMatchObject({ valid: true });
  });

  it('rejects a wrong check digit, a body with no check digit, and bad shapes', () => {
    expect(validateNorwegianOrganisationNumber('923609017')).toMatchObject({ valid: false, code: 'checksum' });
    expect(validateNorwegianOrganisationNumber('92360901')).toMatchObject({ valid: false, code: 'length' });
    expect(validateNorwegianOrganisationNumber('NO923609016MVA')).toMatchObject({ valid: false, code: 'format' });
  });

  propTest.prop([validOrganisationNumber])('generated numbers validate; single-digit changes are caught', (orgnr) => {
    expect(validateNorwegianOrganisationNumber(orgnr).valid).toBe(true);
    for (const changed of singleDigitChanges(orgnr)) expect(validateNorwegianOrganisationNumber(changed).valid).toBe(false);
  });

  propTest.prop([validOrganisationNumber])('adjacent transpositions are caught', (orgnr) => {
    for (const swapped of adjacentTranspositions(orgnr)) expect(validateNorwegianOrganisationNumber(swapped).valid).toBe(false);
  });
});

describe('validateNorwegianBankAccount', () => {
  it('accepts the dotted form and normalises it', () => {
    expect(validateNorwegianBankAccount('8601.11.17947')).toEqual({ valid: true, kind: 'no-account', normalised: '86011117947' });
  });

  it('rejects wrong check digits and lengths', () => {
    expect(validateNorwegianBankAccount('86011117948')).toMatchObject({ valid: false, code: 'checksum' });
    expect(validateNorwegianBankAccount('8601111794')).toMatchObject({ valid: false, code: 'length' });
  });

  propTest.prop([validNorwegianAccount])(
    'generated accounts validate; digit changes and transpositions are caught',
    (account) => {
      expect(validateNorwegianBankAccount(account).valid).toBe(true);
      for (const changed of [...singleDigitChanges(account), ...adjacentTranspositions(account)]) {
        expect(validateNorwegianBankAccount(changed).valid).toBe(false);
      }
    },
  );
});

describe('validateDanishCvr', () => {
  it('accepts a real CVR number, with DK prefix and spaces', () => {
    expect(validateDanishCvr('DK 24 25 67 90')).toEqual({ valid: true, kind: 'dk-cvr', normalised: '24256790' });
  });

  it('rejects a wrong check digit and a leading zero', () => {
    expect(validateDanishCvr('24256791')).toMatchObject({ valid: false, code: 'checksum' });
    expect(validateDanishCvr('02425679')).toMatchObject({ valid: false, code: 'format' });
  });

  propTest.prop([validCvr])('generated CVRs validate; digit changes and transpositions are caught', (cvr) => {
    expect(validateDanishCvr(cvr).valid).toBe(true);
    // A change of the first digit to 0 is caught by the leading-zero rule, the rest by the checksum.
    for (const changed of [...singleDigitChanges(cvr), ...adjacentTranspositions(cvr)]) {
      expect(validateDanishCvr(changed).valid).toBe(false);
    }
  });
});

/** The two fødselsnummer check digits of a 9-digit body (test helper for hand-made numbers). */
function checkDigits(body: string): string {
  const k1 = mod11CheckDigit(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === undefined) throw new Error(`no first check digit for ${body}`);
  const k2 = mod11CheckDigit(body + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k2 === undefined) throw new Error(`no second check digit for ${body}`);
  return `${k1}${k2}`;
}
