import { tableForFileName, type TableName } from '../model/tables.js';
import { deadline } from '../screen/deadline.js';
import type { IngestIssue } from './issue.js';
import { resolveIngestOptions, type IngestOptions } from './options.js';
import { assembleDataset, readJsonTables, type DatasetParseResult } from './parse-dataset.js';
import { parseTable } from './parse-table.js';
import type { TableParseResult } from './table-result.js';

/** Name of the optional configuration file in a data directory (read by `check`, not a table). */
export const CONFIG_FILE_NAME = 'labour-screen.config.json';

/** A file by name and content: what a browser's file picker, a worker message or a zip entry gives. */
export interface NamedFile {
  /** File name, or a path cited as given (`data/payments.csv`); its base name decides the table. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How a file is read, decided by its name alone. */
export type FileKind =
  | { readonly kind: 'csv'; readonly table: TableName }
  | { readonly kind: 'json'; readonly table: TableName | undefined }
  | { readonly kind: 'config' }
  | { readonly kind: 'skip'; readonly reason: string };

/**
 * @summary What a file is, by its name: `<table>.csv` (also `.tsv`, `.txt`), `<table>.json` or
 * a JSON document of several tables, the configuration file, or not a dataset file (with why).
 * @example
 * fileKind('lønnsutbetalinger.csv') //=> { kind: 'csv', table: 'payments' }
 */
export function fileKind(name: string): FileKind {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (base === CONFIG_FILE_NAME) return { kind: 'config' };
  const dot = base.lastIndexOf('.');
  const extension = dot === -1 ? '' : base.slice(dot).toLowerCase();
  const table = tableForFileName(dot === -1 ? base : base.slice(0, dot));
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt')
    return table ? { kind: 'csv', table } : { kind: 'skip', reason: 'the file name names no table of the data contract' };
  if (extension === '.json') return { kind: 'json', table };
  return { kind: 'skip', reason: 'only .csv and .json files are read' };
}

/**
 * @summary Read a dataset from files given by name and bytes (no file system: browsers, workers,
 * serverless). Files are read in name order; every file not read is an issue, never passed over.
 * The configuration file is left to the caller.
 *
 * @throws TimeoutError when `timeoutMs` runs out, IngestError for bytes declared UTF-8 that are not
 */
export function parseDatasetFiles(
  files: readonly NamedFile[],
  options: IngestOptions & { readonly now?: () => number } = {},
): DatasetParseResult {
  const { now, ...ingestOptions } = options;
  const resolved = resolveIngestOptions(ingestOptions);
  const checkTime = deadline(resolved.timeoutMs, now);
  const results: TableParseResult[] = [];
  const issues: IngestIssue[] = [];
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const kind = fileKind(file.name);
    if (kind.kind === 'config') continue;
    if (kind.kind === 'skip') {
      issues.push({
        source: file.name,
        line: 0,
        severity: 'warning',
        code: 'file-not-read',
        message: `not read: ${kind.reason}`,
      });
      continue;
    }
    const read = readDatasetFile(file, kind, ingestOptions, checkTime);
    results.push(...read.tables);
    issues.push(...read.issues);
  }
  return assembleDataset(results, issues);
}

/** One dataset file's tables and issues (shared by {@link parseDatasetFiles} and the node loader). */
export function readDatasetFile(
  file: NamedFile,
  kind: Extract<FileKind, { kind: 'csv' | 'json' }>,
  options: IngestOptions,
  checkTime: (stage: string) => void,
): { tables: TableParseResult[]; issues: IngestIssue[] } {
  checkTime(`reading ${file.name}`);
  if (kind.kind === 'csv')
    return { tables: [parseTable(kind.table, file.bytes, { ...options, source: file.name }, checkTime)], issues: [] };
  return readJsonTables(file.bytes, file.name, resolveIngestOptions(options), kind.table);
}
