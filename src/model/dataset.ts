import * as z from 'zod';
import { ExtraFieldSchema, ProvenanceSchema } from './provenance.js';
import { TABLES, TABLE_NAMES, type TableName } from './tables.js';
import type { RowsView } from '../store/row-store.js';

/** The fields every dataset row carries besides its table's: provenance and unknown columns. */
const SOURCED = {
  provenance: ProvenanceSchema,
  extra: z.array(ExtraFieldSchema).optional(),
};

/**
 * A validated dataset: one array per table, each row with its provenance. Only `workers` is
 * required; a table that is absent (`undefined`) was not provided, which is not the same as
 * provided and empty: rules that need an absent table are skipped and say so.
 */
export const DatasetSchema = z.object({
  organisations: z.array(TABLES.organisations.schema.extend(SOURCED)).optional(),
  workers: z.array(TABLES.workers.schema.extend(SOURCED)),
  contracts: z.array(TABLES.contracts.schema.extend(SOURCED)).optional(),
  timeEntries: z.array(TABLES.timeEntries.schema.extend(SOURCED)).optional(),
  payments: z.array(TABLES.payments.schema.extend(SOURCED)).optional(),
  deductions: z.array(TABLES.deductions.schema.extend(SOURCED)).optional(),
  accommodation: z.array(TABLES.accommodation.schema.extend(SOURCED)).optional(),
  recruitment: z.array(TABLES.recruitment.schema.extend(SOURCED)).optional(),
  documents: z.array(TABLES.documents.schema.extend(SOURCED)).optional(),
  subcontracts: z.array(TABLES.subcontracts.schema.extend(SOURCED)).optional(),
  observations: z.array(TABLES.observations.schema.extend(SOURCED)).optional(),
});

/** A validated dataset (see {@link DatasetSchema}). */
export type Dataset = z.infer<typeof DatasetSchema>;

/** A row of table `T` as held in a {@link Dataset}: the fields, `provenance` and optional `extra`. */
export type SourcedRow<T extends TableName> = NonNullable<Dataset[T]>[number];

/** The tables a dataset may hold as columns ({@link DatasetView}): a row per worker per day or pay period, and contracts. */
export const STORED_TABLES = ['timeEntries', 'payments', 'deductions', 'contracts'] as const;

/** A table of {@link STORED_TABLES}. */
export type StoredTableName = (typeof STORED_TABLES)[number];

/**
 * What screening reads: a {@link Dataset}, except that the large per-worker tables
 * ({@link STORED_TABLES}) may be any {@link RowsView}, such as the columnar `RowStore` that
 * `loadDataset(paths, { stream: true })` fills. Every `Dataset` is a `DatasetView`.
 */
export type DatasetView = Omit<Dataset, StoredTableName> & {
  readonly [T in StoredTableName]?: RowsView<SourcedRow<T>> | undefined;
};

/**
 * @summary Row counts per provided table (absent tables are left out).
 * @example
 * countRows({ workers: [w1, w2], payments: [] }) //=> { workers: 2, payments: 0 }
 */
export function countRows(dataset: DatasetView): Partial<Record<TableName, number>> {
  const counts: Partial<Record<TableName, number>> = {};
  for (const name of TABLE_NAMES) {
    const table = dataset[name];
    if (table !== undefined) counts[name] = table.length;
  }
  return counts;
}
