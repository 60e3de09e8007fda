import type { RowCheck } from './row-checks.js';

/**
 * A row check: when both dates are present, `from` is not after `to`.
 * ISO dates compare correctly as strings, so no parsing is needed.
 */
export function datesInOrder<K extends string, L extends string>(
  fromKey: K,
  toKey: L,
): RowCheck<Partial<Record<K | L, unknown>>> {
  return {
    check: (row) => {
      const from = row[fromKey];
      const to = row[toKey];
      return typeof from !== 'string' || typeof to !== 'string' || from <= to;
    },
    message: `${toKey} is before ${fromKey}`,
    field: toKey,
  };
}
