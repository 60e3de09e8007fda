import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { TableName } from '../model/tables.js';
import { assembleDataset, type DatasetParseResult } from '../ingest/parse-dataset.js';
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
}

/**
 * @summary Read a dataset from directories and files (node only).
 *
 * @description
 * A directory means every `<table>.csv` and `<table>.json` in it (canonical or Norwegian table
 * names) plus JSON documents holding several tables; files may also be named one by one.
 * Sources are cited relative to `cwd`, as CI systems expect for SARIF locations. Files that are
 * not read are reported as issues, never passed over silently. For files too large to hold,
 * use {@link streamTableFile}.
 *
 * @example
 * const { dataset, issues } = await loadDataset('fixtures/example')
 */
export async function loadDataset(
  paths: string | readonly string[],
  options: LoadDatasetOptions = {},
): Promise<DatasetParseResult> {
  const { cwd = process.cwd(), ...ingestOptions } = options;
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
  for (const file of files) {
    const source = citeAs(file.path, cwd);
    checkTime(`reading ${source}`);
    const bytes = new Uint8Array(await readFile(file.path));
    const kind =
      file.format === 'csv'
        ? { kind: 'csv' as const, table: file.table as TableName }
        : { kind: 'json' as const, table: file.table };
    const read = readDatasetFile({ name: source, bytes }, kind, ingestOptions, checkTime);
    results.push(...read.tables);
    issues.push(...read.issues);
  }
  return assembleDataset(results, issues);
}

/** A path as cited in provenance: relative to `cwd`, with forward slashes on every platform. */
export function citeAs(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split('\\').join('/');
}
