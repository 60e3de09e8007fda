import * as z from 'zod';

/** How bad an ingest issue is. `error`: a row or file was rejected. `warning`: a value was dropped or doubtful. `info`: nothing lost. */
export const INGEST_SEVERITIES = ['info', 'warning', 'error'] as const;
export type IngestSeverity = (typeof INGEST_SEVERITIES)[number];

/**
 * A problem found while reading input: where (source, line, column), what was found, what was
 * expected. Every rejected row yields one with severity `error`, so rows in = rows out + rejected.
 */
export const IngestIssueSchema = z.object({
  source: z.string(),
  /** 1-based physical line (header = 1); 0 when the problem concerns the whole source. */
  line: z.number().int().nonnegative(),
  /** Header of the column as written in the file, when the issue concerns one column. */
  column: z.string().optional(),
  /** 1-based position of that column in the record. */
  columnNumber: z.number().int().positive().optional(),
  /** The offending value, truncated; redacted for personal-data columns. */
  value: z.string().optional(),
  /** What a valid value looks like. */
  expected: z.string().optional(),
  severity: z.enum(INGEST_SEVERITIES),
  /** Stable machine-readable code (e.g. `invalid-value`, `missing-column`). */
  code: z.string(),
  /** One sentence for a person. */
  message: z.string(),
});
export type IngestIssue = z.infer<typeof IngestIssueSchema>;

/**
 * @summary Render an issue the way compilers do: `file:line:column: severity: message`.
 * @example
 * formatIngestIssue({ source: 'payments.csv', line: 12, column: 'gross', columnNumber: 5, severity: 'error',
 *   code: 'invalid-value', message: 'gross: expected an amount such as 1 234,50, found "abc"' })
 * //=> 'payments.csv:12:5: error: gross: expected an amount such as 1 234,50, found "abc"'
 */
export function formatIngestIssue(issue: IngestIssue): string {
  const where = [
    issue.source,
    issue.line > 0 ? String(issue.line) : undefined,
    issue.line > 0 ? issue.columnNumber?.toString() : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${issue.severity}: ${issue.message}`;
}

/** Thrown for problems that make a whole input unusable (bad options, unreadable encoding). */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    message: string,
    readonly issue: IngestIssue,
  ) {
    super(message);
  }
}

/** Longest value quoted back in an issue. */
const MAX_QUOTED_VALUE = 80;

/** Quote a value for an issue, truncated so a 10 MB field cannot flood a report. */
export function quoteValue(value: string): string {
  return value.length > MAX_QUOTED_VALUE ? `${value.slice(0, MAX_QUOTED_VALUE)}… (${value.length} characters)` : value;
}

/** What an issue shows instead of a personal value (names, national ids, accounts…). */
export function redactedValue(value: string): string {
  return `[redacted: ${value.length} characters]`;
}
