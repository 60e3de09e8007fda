import type { TableName } from '../model/tables.js';
import { planHeader, unknownColumnIssues } from './headers.js';
import type { IngestIssue } from './issue.js';
import type { ResolvedIngestOptions } from './options.js';
import { buildRow } from './row-builder.js';
import { emptyStats, type TableParseResult } from './table-result.js';

/**
 * @summary Read one table from an array of plain objects (parsed JSON or objects built in code).
 *
 * @description
 * Keys may be canonical CSV headers (money in major units, `"gross": 1234.5`), Norwegian aliases,
 * or the typed model's camelCase fields (money in minor units, `"grossMinor": 123450`).
 * Numbers in JSON are taken as written; amounts given as strings use the `decimalSeparator`
 * option, `.` by default (no guessing: `"1,500"` would be ambiguous).
 * `lines[i]` is the line element `i` starts on in the JSON text; without it the element's
 * 1-based position is cited instead.
 */
export function parseObjectRows<T extends TableName>(
  table: T,
  elements: readonly unknown[],
  source: string,
  options: ResolvedIngestOptions,
  lines?: readonly number[],
): TableParseResult<T> {
  const stats = emptyStats();
  const issues: IngestIssue[] = [];
  const rows: TableParseResult<T>['rows'] = [];

  // One header for the table: the union of keys, in first-seen order.
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    if (!isPlainObject(element)) continue;
    for (const key of Object.keys(element)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  // Objects may differ in key style (`worker_id` here, `workerId` there): two keys for one field
  // conflict only when one object has both, which the row builder reports for that row.
  const header = planHeader(table, keys);
  const columns = [...header.columns];
  for (const duplicate of header.duplicates)
    columns[duplicate.index] = header.columns.find((spec) => spec?.field === duplicate.field);
  const plan = { ...header, columns, duplicates: [] };
  const missing = elements.length > 0 ? plan.missingRequired.map((spec) => spec.header) : [];
  if (missing.length > 0) {
    const duplicates: string[] = [];
    issues.push({
      source,
      line: lines?.[0] ?? 0,
      severity: 'error',
      code: 'missing-column',
      message:
        [missing.length > 0 ? `no ${table} object has the required key(s) ${missing.join(', ')}` : '', ...duplicates]
          .filter(Boolean)
          .join('; ') + `; ${elements.length} rows not read`,
    });
    stats.records = elements.length;
    stats.rejected = elements.length;
    return { table, source, rows, issues, stats };
  }
  for (const issue of unknownColumnIssues(table, plan, source, lines?.[0] ?? 0, 'key')) issues.push(issue);

  const context = {
    table,
    source,
    plan,
    decimalSeparator: options.decimalSeparator ?? '.',
    defaultCurrency: options.defaultCurrency,
    blankBooleanIsFalse: options.blankBooleanIsFalse,
  };
  elements.forEach((element, index) => {
    const line = lines?.[index] ?? index + 1;
    stats.records++;
    if (options.maxRows !== undefined && stats.records > options.maxRows) {
      stats.rejected++;
      if (stats.records === options.maxRows + 1) {
        issues.push({
          source,
          line,
          severity: 'error',
          code: 'too-many-rows',
          message: `${table} has ${elements.length} rows, more than the limit of ${options.maxRows}; ${elements.length - options.maxRows} rows rejected`,
        });
      }
      return;
    }
    if (!isPlainObject(element)) {
      stats.rejected++;
      issues.push({
        source,
        line,
        severity: 'error',
        code: 'not-an-object',
        expected: 'an object with the table columns as keys',
        message: `element ${index + 1} of ${table} is not an object; row rejected`,
      });
      return;
    }
    const cells = keys.map((key) => (Object.hasOwn(element, key) ? element[key] : undefined));
    const outcome = buildRow<T>(context, cells, line);
    issues.push(...outcome.issues);
    if (outcome.row) {
      rows.push(outcome.row);
      stats.accepted++;
    } else stats.rejected++;
  });
  return { table, source, rows, issues, stats };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
