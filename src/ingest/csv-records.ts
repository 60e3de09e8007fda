import { parse, type CsvError, type Options } from 'csv-parse/sync';

/** What csv-parse hands `on_record` when `info` and `raw` are on. */
interface RecordWithInfo {
  readonly record: string[];
  readonly raw: string;
}

/** One record, or a stretch of lines csv-parse could not read as records. */
export type CsvEvent =
  | { readonly kind: 'record'; readonly cells: string[]; readonly line: number }
  | {
      readonly kind: 'broken';
      /** First line of the unreadable stretch. */
      readonly line: number;
      /** Lines given up on (1 for a stray quote; the rest of the file when the error budget ran out). */
      readonly lineCount: number;
      readonly code: string;
      readonly message: string;
    };

export interface CsvReadOptions {
  readonly delimiter: string;
  /** How records end (see `prepareLineEnds`); default LF. */
  readonly recordDelimiter?: '\n' | '\r\n';
  readonly maxFieldBytes: number;
  readonly maxColumns: number;
  readonly maxStructuralErrors: number;
}

const EXPLAIN: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a stray " character?)',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field is not doubled ("" is how a quote is written)',
  CSV_MAX_RECORD_SIZE: 'a field is larger than the size limit',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the record has a different number of fields',
  CSV_INVALID_OPTION_DELIMITER: 'invalid delimiter',
};

/**
 * @summary Split CSV text (line ends prepared by `prepareLineEnds`) into records with the 1-based line each
 * starts on, recovering from broken quoting.
 *
 * @description
 * csv-parse stops at the first structural error, and its own skip option can swallow the good
 * records after a stray quote. So on an error this reports the broken record's lines and starts
 * csv-parse again on the next line. After `maxStructuralErrors` the rest of the file is reported
 * as one unread stretch, which bounds the work on hostile input. `firstLine` is the line number
 * of the text's first line in its file (for chunks of a stream).
 */
export function* readCsvRecords(text: string, options: CsvReadOptions, firstLine = 1): Generator<CsvEvent> {
  const shift = firstLine - 1;
  for (const event of recordsFromLineOne(text, options)) yield shift === 0 ? event : { ...event, line: event.line + shift };
}

function* recordsFromLineOne(text: string, options: CsvReadOptions): Generator<CsvEvent> {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const totalLines = text.endsWith('\n') ? lineStarts.length - 1 : lineStarts.length;

  let startLine = 1;
  let errors = 0;
  while (startLine <= totalLines) {
    const lineOffset = startLine - 1;
    const records: { cells: string[]; line: number }[] = [];
    let lastEndLine = lineOffset;
    let newlinesBefore = 0;
    let failure: CsvError | undefined;
    const parseOptions: Options = {
      delimiter: options.delimiter,
      record_delimiter: options.recordDelimiter ?? '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: options.maxFieldBytes,
      info: false,
      raw: true,
      on_record: (value: unknown) => {
        const { record, raw } = value as RecordWithInfo;
        // Lines are counted here, not taken from csv-parse, which counts CRLF as two. raw also
        // holds the skipped blank lines before the record; they are not part of it.
        const leading = /^(?:\r?\n)*/.exec(raw)![0];
        const body = raw.slice(leading.length);
        const line = lineOffset + 1 + newlinesBefore + countNewlines(leading);
        const innerBreaks = countNewlines(body.endsWith('\n') ? body.slice(0, -1) : body);
        records.push({ cells: record, line });
        newlinesBefore += countNewlines(raw);
        lastEndLine = line + innerBreaks;
        return null;
      },
    };
    try {
      parse(text.slice(lineStarts[lineOffset]), parseOptions);
    } catch (error) {
      failure = error as CsvError;
    }
    for (const record of records) {
      if (record.cells.length > options.maxColumns) {
        yield {
          kind: 'broken',
          line: record.line,
          lineCount: 1,
          code: 'too-many-columns',
          message: `the record has ${record.cells.length} fields, more than the limit of ${options.maxColumns}`,
        };
      } else {
        yield { kind: 'record', ...record };
      }
    }
    if (!failure) return;

    const brokenLine = firstNonBlankLine(text, lineStarts, lastEndLine + 1, totalLines);
    if (brokenLine === undefined) return;
    errors++;
    const code = failure.code ?? 'CSV_ERROR';
    const reason = EXPLAIN[code] ?? failure.message;
    if (errors > options.maxStructuralErrors) {
      yield {
        kind: 'broken',
        line: brokenLine,
        lineCount: countNonBlankLines(text, lineStarts, brokenLine, totalLines),
        code: 'too-many-csv-errors',
        message: `more than ${options.maxStructuralErrors} structural CSV errors; the rest of the file (from this line) was not read`,
      };
      return;
    }
    // Give up on the first line of the broken record only; the next line may be a good record.
    // Lines that belonged to a broken multi-line field then read as records of their own and
    // are reported on their own: more noise, but nothing is lost without a word.
    yield {
      kind: 'broken',
      line: brokenLine,
      lineCount: 1,
      code: code.toLowerCase().replace(/_/g, '-'),
      message: `unreadable CSV: ${reason}`,
    };
    const resumeAfter = brokenLine;
    startLine = resumeAfter + 1;
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line - 1] ?? text.length;
  const end = lineStarts[line] ?? text.length + 1;
  return text.slice(start, end - 1);
}

function firstNonBlankLine(text: string, lineStarts: readonly number[], from: number, to: number): number | undefined {
  for (let line = from; line <= to; line++) if (lineText(text, lineStarts, line).trim() !== '') return line;
  return undefined;
}

function countNonBlankLines(text: string, lineStarts: readonly number[], from: number, to: number): number {
  let count = 0;
  for (let line = from; line <= to; line++) if (lineText(text, lineStarts, line).trim() !== '') count++;
  return Math.max(count, 1);
}
