import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { TABLES, type TableName } from '../model/tables.js';
import { STORED_TABLES, type DatasetView, type StoredTableName } from '../model/dataset.js';
import { assembleDataset, type DatasetParseResult } from '../ingest/parse-dataset.js';
import { RowStore, type StorableRow } from '../store/row-store.js';
import { streamTableFile } from './stream-table.js';
import { readDatasetFile } from '../ingest/parse-files.js';
import { deadline } from '../screen/deadline.js';
import { resolveIngestOptions, type IngestOptions } from '../ingest/options.js';
import type { IngestIssue } from '../ingest/issue.js';
import type { TableParseResult } from '../ingest/table-result.js';
import { listDatasetFiles } from './files.js';

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions extends IngestOptions {
  /** Directory that sources are cited relative to (default: the working directory). */
  readonly cwd?: string;
  /**
   * Read CSV files in chunks and hold time entries, payments, deductions and contracts as columns
   * (`RowStore`), for datasets too large to hold as objects: the result is a {@link DatasetView}
   * that `screen` takes as it takes a dataset, and screens to the same report. Default `false`.
   */
  readonly stream?: boolean;
}

/**
 * Bytes read per step while streaming: a step's rows are alive together until the store takes
 * them, and 256 KiB of rows (a few thousand) die young instead of filling the old generation.
 */
const STREAM_CHUNK_BYTES = 256 * 1024;

/** Rows read between checks of the time budget while streaming. */
const ROWS_PER_TIME_CHECK = 1 << 16;

/**
 * @summary Read a dataset from directories and files (node only).
 *
 * @description
 * A directory means every `<table>.csv` and `<table>.json` in it (canonical or Norwegian table
 * names) plus JSON documents holding several tables; files may also be named one by one.
 * Sources are cited relative to `cwd`, as CI systems expect for SARIF locations. Files that are
 * not read are reported as issues, never passed over silently. For files too large to hold,
 * use `{ stream: true }`, or {@link streamTableFile} for one table.
 *
 * @example
 * const { dataset, issues } = await loadDataset('fixtures/example')
 * const big = await loadDataset('exports/2025', { stream: true }) // time entries etc. as columns
 */
export async function loadDataset(
  paths: string | readonly string[],
  options?: LoadDatasetOptions & { readonly stream?: false },
): Promise<DatasetParseResult>;
export async function loadDataset(
  paths: string | readonly string[],
  options: LoadDatasetOptions,
): Promise<DatasetParseResult<DatasetView>>;
export async function loadDataset(
  paths: string | readonly string[],
  options: LoadDatasetOptions = {},
): Promise<DatasetParseResult<DatasetView>> {
  const { cwd = process.cwd(), stream = false, ...ingestOptions } = options;
  const resolved = resolveIngestOptions(ingestOptions);
  const checkTime = deadline(resolved.timeoutMs);
  const { files, skipped } = await listDatasetFiles(typeof paths === 'string' ? [paths] : paths);
  const issues: IngestIssue[] = skipped.map((file) => ({
    source: citeAs(file.path, cwd),
    line: 0,
    severity: 'warning' as const,
    code: 'file-not-read',
    message: `not read: ${file.reason}`,
  }));
  const results: TableParseResult[] = [];
  const stores = new Map<StoredTableName, RowStore<StorableRow>>();
  /** The store of `table` when streaming and it is one of the tables held as columns. */
  const storeOf = (table: TableName) => {
    if (!stream || !(STORED_TABLES as readonly string[]).includes(table)) return undefined;
    const name = table as StoredTableName;
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new RowStore(Object.keys(TABLES[name].schema.shape))));
    return store;
  };
  for (const file of files) {
    const source = citeAs(file.path, cwd);
    checkTime(`reading ${source}`);
    if (stream && file.format === 'csv') {
      results.push(
        await streamCsv(file.table as TableName, file.path, source, storeOf(file.table as TableName), ingestOptions, checkTime),
      );
      continue;
    }
    const bytes = new Uint8Array(await readFile(file.path));
    const kind =
      file.format === 'csv'
        ? { kind: 'csv' as const, table: file.table as TableName }
        : { kind: 'json' as const, table: file.table };
    const read = readDatasetFile({ name: source, bytes }, kind, ingestOptions, checkTime);
    for (const result of read.tables) {
      const store = storeOf(result.table);
      if (store === undefined) continue;
      for (const row of result.rows) store.push(row);
      result.rows.length = 0;
    }
    results.push(...read.tables);
    issues.push(...read.issues);
  }
  return stream ? assembleDataset(results, issues, stores) : assembleDataset(results, issues);
}

/** One CSV file read in chunks: its rows into `store` when given, else kept in the result. */
async function streamCsv(
  table: TableName,
  path: string,
  source: string,
  store: RowStore<StorableRow> | undefined,
  options: IngestOptions,
  checkTime: (stage: string) => void,
): Promise<TableParseResult> {
  const rows: StorableRow[] = [];
  const issues: IngestIssue[] = [];
  const stream = streamTableFile(table, path, { ...options, source, chunkBytes: STREAM_CHUNK_BYTES });
  let events = 0;
  for await (const event of stream) {
    if (++events % ROWS_PER_TIME_CHECK === 0) checkTime(`reading ${source}`);
    if ('issue' in event) issues.push(event.issue);
    else if (store) store.push(event.row);
    else rows.push(event.row);
  }
  return {
    table,
    source,
    rows,
    issues,
    stats: stream.stats,
    ...(stream.dialect ? { dialect: stream.dialect } : {}),
  } as TableParseResult;
}

/** A path as cited in provenance: relative to `cwd`, with forward slashes on every platform. */
export function citeAs(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split('\\').join('/');
}
