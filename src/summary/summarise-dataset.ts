import type { Dataset } from '../model/dataset.js';
import { TABLE_NAMES, type TableName } from '../model/tables.js';
import type { IngestIssue } from '../ingest/issue.js';
import type { DatasetParseResult } from '../ingest/parse-dataset.js';

/** Counts that describe what was read, without any personal data. */
export interface DatasetSummary {
  /** Rows accepted per provided table. */
  readonly rows: Partial<Record<TableName, number>>;
  /** Rows read, accepted and rejected across all sources. */
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly employers: number;
  readonly workers: number;
  /** First and last date found in payments and time entries, if any. */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly issues: Readonly<Record<IngestIssue['severity'], number>>;
}

/**
 * @summary Count what a parse produced: rows per table, employers, workers, the period covered
 * and issues by severity. Holds no names or identifiers, so it is safe to print or log.
 */
export function summariseDataset(result: DatasetParseResult): DatasetSummary {
  const { dataset } = result;
  const rows: Partial<Record<TableName, number>> = {};
  for (const name of TABLE_NAMES) {
    const table = dataset[name];
    if (table) rows[name] = table.length;
  }
  let records = 0;
  let rejected = 0;
  for (const table of result.tables) {
    records += table.stats.records;
    rejected += table.stats.rejected;
  }
  const issues = { info: 0, warning: 0, error: 0 };
  for (const issue of result.issues) issues[issue.severity]++;
  return {
    rows,
    records,
    accepted: records - rejected,
    rejected,
    employers: new Set(dataset.workers.map((worker) => worker.employerId)).size,
    workers: dataset.workers.length,
    period: periodCovered(dataset),
    issues,
  };
}

function periodCovered(dataset: Dataset): { from: string; to: string } | null {
  let from: string | undefined;
  let to: string | undefined;
  const see = (date: string) => {
    if (from === undefined || date < from) from = date;
    if (to === undefined || date > to) to = date;
  };
  for (const payment of dataset.payments ?? []) {
    see(payment.periodStart);
    see(payment.periodEnd);
  }
  for (const entry of dataset.timeEntries ?? []) see(entry.date);
  return from !== undefined && to !== undefined ? { from, to } : null;
}
