export type { IdentifierKind, IdentifierResult, InvalidCode, InvalidIdentifier, ValidIdentifier } from './result.js';
export { mod11CheckDigit } from './mod11.js';
export { validateNorwegianNationalId, type NorwegianIdDetails, type NorwegianIdResult } from './no-national-id.js';
export { validateNorwegianOrganisationNumber } from './no-organisation-number.js';
export { validateNorwegianBankAccount } from './no-bank-account.js';
export { validateDanishCvr } from './dk-cvr.js';
export { validateDanishCpr, type DanishCprDetails } from './dk-cpr.js';
export { validateIban, type IbanDetails } from './iban.js';
export { validateBankAccount } from './bank-account.js';
