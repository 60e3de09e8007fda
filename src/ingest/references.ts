import type { DatasetView } from '../model/dataset.js';
import { RowStore, fieldReader, type RowsView } from '../store/row-store.js';
import type { TableName } from '../model/tables.js';
import type { IngestIssue } from './issue.js';
import { canonicalHeader } from './headers.js';
import type { TableParseResult } from './table-result.js';

/** Issues of one kind cited row by row before the rest are summarised. */
const MAX_CITED = 100;

const PRIMARY_KEYS = [
  ['organisations', 'orgId'],
  ['workers', 'workerId'],
  ['contracts', 'contractId'],
  ['payments', 'paymentId'],
] as const satisfies readonly (readonly [TableName, string])[];

/** The tables with a primary key: the only ones a reference can name. */
type KeyedTable = (typeof PRIMARY_KEYS)[number][0];

/** Foreign keys checked when the referenced table is present: [table, field, referenced table] (referenced by its primary key). */
const REFERENCES: readonly (readonly [TableName, string, KeyedTable])[] = [
  ['workers', 'employerId', 'organisations'],
  ['contracts', 'workerId', 'workers'],
  ['contracts', 'employerId', 'organisations'],
  ['timeEntries', 'workerId', 'workers'],
  ['payments', 'workerId', 'workers'],
  ['deductions', 'workerId', 'workers'],
  ['deductions', 'paymentId', 'payments'],
  ['accommodation', 'workerId', 'workers'],
  ['recruitment', 'workerId', 'workers'],
  ['documents', 'workerId', 'workers'],
  ['subcontracts', 'buyerId', 'organisations'],
  ['subcontracts', 'supplierId', 'organisations'],
];

type Row = { readonly provenance: { readonly source: string; readonly line: number } } & Readonly<Record<string, unknown>>;

const rowsOf = (dataset: DatasetView, table: TableName) => dataset[table] as RowsView<Row> | undefined;

/**
 * @summary Reject rows that repeat a primary key (the first one wins) and report references to
 * workers, organisations or payments the dataset does not contain.
 *
 * @description
 * A repeated worker id is ambiguous (two people or one person twice?), so the later row is
 * rejected with an error that cites both lines. A dangling reference is a warning: the row is
 * kept, and rules that need the missing side say what they could not check.
 * Mutates the table results' rows and stats so the counts stay true.
 */
export function checkKeysAndReferences(dataset: DatasetView, results: readonly TableParseResult[]): IngestIssue[] {
  const issues: IngestIssue[] = [];
  const rejected = new Map<TableParseResult, Set<Row>>();
  // The ids of each keyed table, found once for its own check and for every reference to it.
  const idsOf = new Map<KeyedTable, ReadonlyMap<string, number>>();
  for (const [table, key] of PRIMARY_KEYS) {
    const rows = rowsOf(dataset, table);
    if (!rows) continue;
    // Positions, not rows, so that a columnar table is not built into objects to be checked.
    const firstAt = new Map<string, number>();
    idsOf.set(table, firstAt);
    const dropped = new Set<number>();
    let cited = 0;
    const idAt = fieldReader(rows, key);
    for (let index = 0; index < rows.length; index++) {
      const id = idAt(index) as string;
      const firstIndex = firstAt.get(id);
      if (firstIndex === undefined) {
        firstAt.set(id, index);
        continue;
      }
      dropped.add(index);
      const row = rows.at(index)!;
      const first = rows.at(firstIndex)!;
      const result = results.find((r) => r.source === row.provenance.source && r.table === table);
      if (result) {
        result.stats.accepted--;
        result.stats.rejected++;
        let set = rejected.get(result);
        if (!set) rejected.set(result, (set = new Set()));
        set.add(row);
      }
      if (cited++ < MAX_CITED) {
        issues.push({
          source: row.provenance.source,
          line: row.provenance.line,
          column: canonicalHeader(key),
          value: id,
          severity: 'error',
          code: 'duplicate-key',
          message: `${canonicalHeader(key)} "${id}" already appears in ${table} at ${first.provenance.source}:${first.provenance.line}; row rejected`,
        });
      }
    }
    if (cited > MAX_CITED) {
      issues.push({
        source: table,
        line: 0,
        severity: 'error',
        code: 'duplicate-key',
        message: `${cited - MAX_CITED} more rows of ${table} repeat a ${canonicalHeader(key)}; rejected`,
      });
    }
    if (dropped.size > 0) {
      const keep = (at: number) => !dropped.has(at);
      (dataset as Record<TableName, RowsView<Row> | undefined>)[table] =
        rows instanceof RowStore ? rows.filter(keep) : [...rows].filter((_, at) => keep(at));
    }
  }
  // Rejected rows leave their file's rows in one pass per file (a splice per duplicate was
  // quadratic: 80 000 copies of one key took 12 s).
  for (const [result, set] of rejected) {
    const rows = result.rows as unknown[];
    let write = 0;
    for (const row of rows) if (!set.has(row as Row)) rows[write++] = row;
    rows.length = write;
  }

  for (const [table, field, target] of REFERENCES) {
    const rows = rowsOf(dataset, table);
    // Present exactly when the referenced table is: its ids were found for its own key check.
    const known = idsOf.get(target);
    if (!rows || !known) continue;
    const valueAt = fieldReader(rows, field);
    let dangling = 0;
    for (let index = 0; index < rows.length; index++) {
      const value = valueAt(index);
      if (typeof value !== 'string' || known.has(value)) continue;
      if (dangling++ < MAX_CITED) {
        const row = rows.at(index)!;
        issues.push({
          source: row.provenance.source,
          line: row.provenance.line,
          column: canonicalHeader(field),
          value,
          severity: 'warning',
          code: 'unknown-reference',
          message: `${canonicalHeader(field)} "${value}" is not in ${target}; the row is kept, but rules cannot link it`,
        });
      }
    }
    if (dangling > MAX_CITED) {
      issues.push({
        source: table,
        line: 0,
        severity: 'warning',
        code: 'unknown-reference',
        message: `${dangling - MAX_CITED} more ${table} rows name a ${canonicalHeader(field)} that is not in ${target}`,
      });
    }
  }
  return issues;
}
