/** Identifier kinds the validators recognise. */
export type IdentifierKind = 'no-fnr' | 'no-dnr' | 'dk-cpr' | 'no-orgnr' | 'dk-cvr' | 'no-account' | 'iban';

/** Why an identifier was rejected (stable codes; `reason` is the human text). */
export type InvalidCode = 'empty' | 'format' | 'length' | 'checksum' | 'date' | 'country';

/** A valid identifier, in the canonical form the library compares and stores. */
export interface ValidIdentifier<K extends IdentifierKind = IdentifierKind> {
  readonly valid: true;
  readonly kind: K;
  /** Digits only (IBAN: upper-case electronic format), so `1234.56.78903` and `12345678903` match. */
  readonly normalised: string;
}

/** A rejected identifier. Validators never throw: bad input is data, not an exception. */
export interface InvalidIdentifier {
  readonly valid: false;
  readonly code: InvalidCode;
  readonly reason: string;
}

export type IdentifierResult<K extends IdentifierKind = IdentifierKind, Extra = object> =
  (ValidIdentifier<K> & Extra) | InvalidIdentifier;

export const invalid = (code: InvalidCode, reason: string): InvalidIdentifier => ({ valid: false, code, reason });

/** Input longer than this is refused before any work, so hostile megabyte strings cost nothing. */
const MAX_INPUT_LENGTH = 64;

/**
 * Strip the separators people write in numbers (spaces, non-breaking spaces, dots, hyphens) and
 * check the rest is exactly `length` digits. Returns the digits or the reason it failed.
 */
export function digitsOf(value: string, length: number, what: string): string | InvalidIdentifier {
  if (typeof value !== 'string' || value.trim() === '') return invalid('empty', `${what} is empty`);
  if (value.length > MAX_INPUT_LENGTH) return invalid('length', `${what} is too long`);
  const digits = value.replace(/[\s\u00a0.\-]/g, '');
  if (!/^\d+$/.test(digits)) return invalid('format', `${what} must contain digits only`);
  if (digits.length !== length) {
    return invalid('length', `${what} must have ${length} digits, found ${digits.length}`);
  }
  return digits;
}
