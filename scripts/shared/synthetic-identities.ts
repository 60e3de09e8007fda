/**
 * Synthetic identities for generated fixtures, from one seeded generator: organisation numbers,
 * bank accounts and national ids with valid check digits that cannot be real. Fødselsnumre and
 * D-numbers carry month + 80, the mark of Skatteetaten's Tenor test numbers.
 */
import { validateNorwegianBankAccount } from '../../src/ids/no-bank-account.js';
import { validateNorwegianNationalId } from '../../src/ids/no-national-id.js';
import { validateNorwegianOrganisationNumber } from '../../src/ids/no-organisation-number.js';
import { mod11CheckDigit } from '../../src/ids/mod11.js';

export const iso = (date: Date) => date.toISOString().slice(0, 10);

/** @summary Identity makers drawing on `rnd`; each value is unique within the set. */
export function syntheticIdentities(rnd: () => number) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(rnd() * 10)).join('');
  const used = new Set<string>();
  const unique = (make: () => string) => {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 10_000) throw new Error(`no unique value: ${make()}`);
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
  };

  const orgNumber = () =>
    unique(() => {
      for (;;) {
        const stem = `9${digits(7)}`;
        const check = mod11CheckDigit(stem, [3, 2, 7, 6, 5, 4, 3, 2]);
        if (check !== undefined && validateNorwegianOrganisationNumber(`${stem}${check}`).valid) return `${stem}${check}`;
      }
    });
  const bankAccount = () =>
    unique(() => {
      for (;;) {
        const candidate = `${pick(['1503', '1254', '3000', '9710', '1607'])}${digits(7)}`;
        if (validateNorwegianBankAccount(candidate).valid) return candidate;
      }
    });
  const syntheticId = (birthDate: string, dNumber: boolean) =>
    unique(() => {
      for (;;) {
        const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
        const individual = String(Math.floor(rnd() * 500)).padStart(3, '0'); // 000-499: born 1900-1999
        const stem = `${String(d + (dNumber ? 40 : 0)).padStart(2, '0')}${String(m + 80).padStart(2, '0')}${String(y % 100).padStart(2, '0')}${individual}`;
        const first = mod11CheckDigit(stem, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
        if (first === undefined) continue;
        const second = mod11CheckDigit(`${stem}${first}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
        if (second === undefined) continue;
        const id = `${stem}${first}${second}`;
        const result = validateNorwegianNationalId(id);
        if (result.valid && result.birthDate === birthDate) return id;
      }
    });
  const birthDate = () => {
    const year = 1965 + Math.floor(rnd() * 35); // 1965-1999: individual numbers 000-499
    return iso(new Date(Date.UTC(year, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))));
  };

  return { pick, digits, unique, orgNumber, bankAccount, syntheticId, birthDate };
}
