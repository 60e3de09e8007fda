import { decodeBytes } from './decode.js';
import { detectDelimiter } from './dialect.js';
import { readCsvRecords } from './csv-records.js';
import type { IngestIssue } from './issue.js';
import { resolveIngestOptions, type IngestOptions } from './options.js';
import { prepareLineEnds } from './parse-table.js';

/** A CSV file as text cells: the header, then each record with the line it starts on. */
export interface RawCsv {
  readonly header: readonly string[];
  readonly records: readonly { readonly line: number; readonly values: readonly string[] }[];
  readonly issues: readonly IngestIssue[];
  readonly delimiter: string;
}

/**
 * @summary Read CSV into text cells with no model applied (the raw mode of {@link parseTable}).
 *
 * @description
 * The same decoding, line-ending handling, delimiter detection and broken-quote recovery as the
 * table reader, so a file that reads raw reads the same way into tables. Useful for previewing
 * a file, mapping unknown headers, and conformance tests.
 *
 * @example
 * parseCsvRaw('a;b\n1;"x\ny"\n').records //=> [{ line: 2, values: ['1', 'x\ny'] }]
 */
export function parseCsvRaw(input: string | Uint8Array, options: IngestOptions & { readonly source?: string } = {}): RawCsv {
  const { source = 'input.csv', ...rest } = options;
  const resolved = resolveIngestOptions(rest);
  const { text, recordDelimiter } = prepareLineEnds(
    typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, resolved.encoding, source).text,
  );
  const delimiter = resolved.delimiter ?? detectDelimiter(text);
  const issues: IngestIssue[] = [];
  const records: { line: number; values: string[] }[] = [];
  let header: string[] | undefined;
  for (const event of readCsvRecords(text, {
    delimiter,
    recordDelimiter,
    maxFieldBytes: resolved.maxFieldBytes,
    maxColumns: resolved.maxColumns,
    maxStructuralErrors: resolved.maxStructuralErrors,
  })) {
    if (event.kind === 'broken') {
      issues.push({ source, line: event.line, severity: 'error', code: event.code, message: event.message });
    } else if (header === undefined) {
      header = event.cells;
    } else {
      records.push({ line: event.line, values: event.cells });
    }
  }
  return { header: header ?? [], records, issues, delimiter };
}
