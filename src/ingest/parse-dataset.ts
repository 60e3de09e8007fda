import type { Dataset, DatasetView, StoredTableName } from '../model/dataset.js';
import type { RowsView } from '../store/row-store.js';
import { TABLES, TABLE_NAMES, tableForFileName, type TableName } from '../model/tables.js';
import { decodeBytes } from './decode.js';
import type { IngestIssue } from './issue.js';
import { jsonElementLines } from './json-lines.js';
import { resolveIngestOptions, type IngestOptions, type ResolvedIngestOptions } from './options.js';
import { parseObjectRows } from './parse-json.js';
import { deadline } from '../screen/deadline.js';
import { parseTable } from './parse-table.js';
import { checkKeysAndReferences } from './references.js';
import type { TableParseResult } from './table-result.js';

/** One table's input: CSV text, CSV bytes, or an array of objects. */
export type TableInput = string | Uint8Array | readonly unknown[];

/**
 * A dataset, every issue found on the way, and per-source counts. `D` is {@link DatasetView}
 * when tables were read into columns (`loadDataset(paths, { stream: true })`).
 */
export interface DatasetParseResult<D extends DatasetView = Dataset> {
  readonly dataset: D;
  readonly issues: readonly IngestIssue[];
  readonly tables: readonly TableParseResult[];
  /** Issues of severity `error` (rows or files rejected). */
  readonly errorCount: number;
  /** Issues of severity `warning` (values left out, columns not screened). */
  readonly warningCount: number;
}

/** Options of {@link parseDataset}. */
export interface ParseDatasetOptions extends IngestOptions {
  /** Source name per input key, cited in provenance (default `<table>.csv` / `<table>.json`). */
  readonly sources?: Readonly<Record<string, string>>;
  /** Clock for `timeoutMs` (milliseconds); default `performance.now`. For tests. */
  readonly now?: () => number;
}

/**
 * @summary Read several tables into one validated {@link Dataset}.
 *
 * @description
 * Keys name tables by model name (`timeEntries`), file name (`time_entries`) or Norwegian name
 * (`timelister`). Values are CSV text or bytes, or arrays of objects. After reading, repeated
 * primary keys are rejected and dangling references reported. A key that names no table, and a
 * dataset without `workers`, are `error` issues: nothing is guessed.
 *
 * @example
 * const { dataset, issues } = parseDataset({
 *   workers: 'worker_id;employer_id\nw1;org1\n',
 *   payments: [{ payment_id: 'p1', worker_id: 'w1', period_start: '2025-03-01', period_end: '2025-03-31', gross: 44000 }],
 * })
 * dataset.payments?.[0]?.grossMinor //=> 4400000
 */
export function parseDataset(
  inputs: Readonly<Record<string, TableInput>>,
  options: ParseDatasetOptions = {},
): DatasetParseResult {
  const { sources = {}, now, ...ingestOptions } = options;
  const resolved = resolveIngestOptions(ingestOptions);
  const checkTime = deadline(resolved.timeoutMs, now);
  const results: TableParseResult[] = [];
  const issues: IngestIssue[] = [];
  for (const [key, input] of Object.entries(inputs)) {
    const table = tableForFileName(key);
    const isObjects = Array.isArray(input);
    const source = sources[key] ?? `${table ? TABLES[table].fileName : key}.${isObjects ? 'json' : 'csv'}`;
    checkTime(`reading ${source}`);
    if (!table) {
      issues.push({
        source,
        line: 0,
        severity: 'error',
        code: 'unknown-table',
        expected: `one of ${TABLE_NAMES.map((n) => TABLES[n].fileName).join(', ')}`,
        message: `"${key}" is not a table of the data contract; not read`,
      });
      continue;
    }
    results.push(
      isObjects
        ? parseObjectRows(table, input as readonly unknown[], source, resolved)
        : parseTable(table, input as string | Uint8Array, { ...ingestOptions, source }, checkTime),
    );
  }
  return assembleDataset(results, issues);
}

/**
 * @summary Read a JSON document holding several tables (`{ "workers": [...], "payments": [...] }`)
 * or one table (a top-level array; pass `table`), citing the line each row starts on.
 */
export function parseJsonDocument(
  input: string | Uint8Array,
  options: IngestOptions & { readonly source?: string; readonly table?: TableName } = {},
): DatasetParseResult {
  const { source = 'dataset.json', table, ...ingestOptions } = options;
  const resolved = resolveIngestOptions(ingestOptions);
  const results = readJsonTables(input, source, resolved, table);
  return assembleDataset(results.tables, results.issues);
}

/** The table results of one JSON document (used by {@link parseJsonDocument} and the node loader). */
export function readJsonTables(
  input: string | Uint8Array,
  source: string,
  options: ResolvedIngestOptions,
  table?: TableName,
): { tables: TableParseResult[]; issues: IngestIssue[] } {
  const text =
    typeof input === 'string'
      ? input.replace(/^\uFEFF/, '')
      : decodeBytes(input, options.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', source).text;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      tables: [],
      issues: [
        {
          source,
          line: 0,
          severity: 'error',
          code: 'invalid-json',
          expected: 'a JSON document',
          message: `not valid JSON: ${message}`,
        },
      ],
    };
  }
  const lines = jsonElementLines(text);
  if (Array.isArray(document)) {
    if (!table) {
      return {
        tables: [],
        issues: [
          {
            source,
            line: 1,
            severity: 'error',
            code: 'unknown-table',
            message: 'a top-level JSON array needs a table name (name the file <table>.json)',
          },
        ],
      };
    }
    return { tables: [parseObjectRows(table, document, source, options, lines.get(''))], issues: [] };
  }
  if (typeof document !== 'object' || document === null) {
    return {
      tables: [],
      issues: [
        {
          source,
          line: 1,
          severity: 'error',
          code: 'invalid-json',
          expected: 'an object of tables or an array of rows',
          message: 'the JSON document is neither an object of tables nor an array of rows',
        },
      ],
    };
  }
  const tables: TableParseResult[] = [];
  const issues: IngestIssue[] = [];
  for (const [key, value] of Object.entries(document)) {
    const name = tableForFileName(key);
    if (!name) {
      issues.push({
        source,
        line: 0,
        severity: 'warning',
        code: 'unknown-table',
        message: `"${key}" is not a table of the data contract; not read`,
      });
      continue;
    }
    if (!Array.isArray(value)) {
      issues.push({
        source,
        line: 0,
        severity: 'error',
        code: 'invalid-json',
        expected: 'an array of rows',
        message: `"${key}" must be an array of rows`,
      });
      continue;
    }
    tables.push(parseObjectRows(name, value, source, options, lines.get(key)));
  }
  return { tables, issues };
}

/**
 * @summary Join table results into a dataset: concatenate rows per table, check keys and
 * references, and require `workers`.
 *
 * @description
 * `stored` holds tables already read into columns (their results carry counts and issues but
 * no rows); a table there is the dataset's when some result read it.
 */
export function assembleDataset(results: readonly TableParseResult[], earlierIssues?: readonly IngestIssue[]): DatasetParseResult;
export function assembleDataset(
  results: readonly TableParseResult[],
  earlierIssues: readonly IngestIssue[],
  stored: ReadonlyMap<StoredTableName, RowsView<unknown>>,
): DatasetParseResult<DatasetView>;
export function assembleDataset(
  results: readonly TableParseResult[],
  earlierIssues: readonly IngestIssue[] = [],
  stored: ReadonlyMap<StoredTableName, RowsView<unknown>> = new Map(),
): DatasetParseResult<DatasetView> {
  const dataset: Record<string, RowsView<unknown>> = {};
  for (const result of results) {
    const table = stored.get(result.table as StoredTableName);
    if (table !== undefined) {
      dataset[result.table] = table;
      continue;
    }
    const rows = (dataset[result.table] ??= []) as unknown[];
    for (const row of result.rows) rows.push(row);
  }
  const issues: IngestIssue[] = [...earlierIssues];
  for (const result of results) issues.push(...result.issues);
  if (!dataset['workers']) {
    issues.push({
      source: 'workers',
      line: 0,
      severity: 'error',
      code: 'missing-table',
      expected: 'workers.csv or a "workers" array',
      message: 'the workers table is required and was not provided',
    });
    dataset['workers'] = [];
  }
  const typed = dataset as unknown as DatasetView;
  issues.push(...checkKeysAndReferences(typed, results));
  return { dataset: typed, issues, tables: results, ...issueCounts(issues) };
}

/** @summary How many issues are errors and how many warnings. */
export function issueCounts(issues: readonly IngestIssue[]): { errorCount: number; warningCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  for (const issue of issues)
    if (issue.severity === 'error') errorCount++;
    else if (issue.severity === 'warning') warningCount++;
  return { errorCount, warningCount };
}
