import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { validateBankAccount, validateDanishCpr, validateIban } from '../../src/ids/index.js';
import { adjacentTranspositions, singleDigitChanges, validNorwegianAccount } from '../helpers/id-arbitraries.js';

/** ISO 7064 mod 97-10 check digits for a country code and BBAN. */
function ibanFor(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  const numeric = [...rearranged].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return country + String(98 - remainder).padStart(2, '0') + bban;
}

describe('validateIban', () => {
  it('accepts print and electronic formats and normalises to electronic', () => {
    expect(validateIban('NO93 8601 1117 947')).toEqual({
      valid: true,
      kind: 'iban',
      normalised: 'NO9386011117947',
      country: 'NO',
    });
    expect(validateIban('DK5000400440116243')).toMatchObject({ valid: true, country: 'DK' });
    expect(validateIban('pl61 1090 1014 0000 0712 1981 2874')).toMatchObject({ valid: true, country: 'PL' });
  });

  it('rejects wrong check digits, wrong national length and non-IBAN text', () => {
    expect(validateIban('NO94 8601 1117 947')).toMatchObject({ valid: false, code: 'checksum' });
    expect(validateIban('NO93 8601 1117 94')).toMatchObject({ valid: false });
    expect(validateIban('hello world')).toMatchObject({ valid: false });
    expect(validateIban('')).toMatchObject({ valid: false, code: 'empty' });
  });

  propTest.prop([validNorwegianAccount])(
    'a Norwegian account wrapped as IBAN validates; digit errors in it are caught',
    (account) => {
      const iban = ibanFor('NO', account);
      expect(validateIban(iban)).toMatchObject({ valid: true, normalised: iban });
      const bban = iban.slice(4);
      for (const changed of [...singleDigitChanges(bban), ...adjacentTranspositions(bban)]) {
        expect(validateIban(iban.slice(0, 4) + changed).valid).toBe(false);
      }
    },
  );
});

describe('validateBankAccount', () => {
  it('routes IBANs and Norwegian accounts to the right validator', () => {
    expect(validateBankAccount('8601 11 17947')).toMatchObject({ valid: true, kind: 'no-account' });
    expect(validateBankAccount('NO9386011117947')).toMatchObject({ valid: true, kind: 'iban' });
    expect(validateBankAccount('cash')).toMatchObject({ valid: false });
  });
});

describe('validateDanishCpr', () => {
  it('accepts a CPR number with or without the hyphen and decodes the century', () => {
    expect(validateDanishCpr('070761-4285')).toEqual({
      valid: true,
      kind: 'dk-cpr',
      normalised: '0707614285',
      birthDate: '1961-07-07',
    });
    expect(validateDanishCpr('0101054000')).toMatchObject({ valid: true, birthDate: '2005-01-01' });
    expect(validateDanishCpr('0101585000')).toMatchObject({ valid: true, birthDate: '1858-01-01' });
  });

  it('does not require mod 11 (abandoned in 2007) but requires a real date', () => {
    expect(validateDanishCpr('0707614286')).toMatchObject({ valid: true });
    expect(validateDanishCpr('3002901234')).toMatchObject({ valid: false, code: 'date' });
    expect(validateDanishCpr('070761428')).toMatchObject({ valid: false, code: 'length' });
  });

  propTest.prop([fc.string({ maxLength: 100 })])('never throws on any string', (value) => {
    expect(() => validateDanishCpr(value)).not.toThrow();
    expect(() => validateIban(value)).not.toThrow();
    expect(() => validateBankAccount(value)).not.toThrow();
  });
});
