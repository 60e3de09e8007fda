import * as z from 'zod';

/**
 * Where a row came from: the source (file name, or `tableName[index]` for objects) and the 1-based
 * line of the record's first physical line, header = line 1. Findings cite it as evidence.
 */
export const ProvenanceSchema = z.object({
  source: z.string().min(1),
  line: z.number().int().positive(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * A value from a column the data contract does not know, kept so nothing is silently dropped.
 * A list of pairs rather than an object so that a hostile header such as `__proto__` stays data.
 */
export const ExtraFieldSchema = z.object({
  column: z.string(),
  value: z.string(),
});
export type ExtraField = z.infer<typeof ExtraFieldSchema>;
