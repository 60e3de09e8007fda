import type * as z from 'zod';

/**
 * A zod refinement: when both dates are present, `from` is not after `to`.
 * ISO dates compare correctly as strings, so no parsing is needed.
 */
export function datesInOrder<K extends string, L extends string>(fromKey: K, toKey: L) {
  return {
    check: (row: Partial<Record<K | L, unknown>>): boolean => {
      const from = row[fromKey];
      const to = row[toKey];
      return typeof from !== 'string' || typeof to !== 'string' || from <= to;
    },
    params: { message: `${toKey} is before ${fromKey}`, path: [toKey] } satisfies z.core.$ZodCustomParams,
  };
}
