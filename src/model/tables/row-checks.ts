import type * as z from 'zod';

/** A condition on a whole row (several of its fields), checked once every field is valid. */
export interface RowCheck<R = never> {
  readonly check: (row: R) => boolean;
  readonly message: string;
  /** The field the issue is reported on (and left out, when optional, if the check fails). */
  readonly field: string;
}

const rowChecks = new WeakMap<z.ZodType, readonly RowCheck<never>[]>();

/**
 * @summary The table schema with its row checks as zod refinements, in order; the checks stay
 * readable by {@link rowChecksOf}, so the CSV reader can run them on rows it has already typed
 * without a second zod parse (one definition, two uses).
 */
export function withRowChecks<S extends z.ZodObject>(schema: S, checks: readonly RowCheck<z.output<S>>[]): S {
  let refined = schema;
  for (const { check, message, field } of checks) refined = refined.refine(check, { message, path: [field] });
  rowChecks.set(refined, checks as readonly RowCheck<never>[]);
  return refined;
}

/** @summary The row checks of a table schema built by {@link withRowChecks} (none otherwise). */
export function rowChecksOf<R>(schema: z.ZodType<R>): readonly RowCheck<R>[] {
  return (rowChecks.get(schema) ?? []) as readonly RowCheck<R>[];
}
