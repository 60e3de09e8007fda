/**
 * @summary Order strings by UTF-16 code units, as `Array.prototype.sort` does by default: the
 * same on every machine and locale (unlike `localeCompare`), so reports sort deterministically.
 * @example
 * ['w10', 'w2', 'W1'].sort(compareText) //=> ['W1', 'w10', 'w2']
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
