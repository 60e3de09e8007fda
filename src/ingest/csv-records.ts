import { parse, type CsvError, type Options } from '#csv-parse-sync';
import { tokenizeCsv, type CsvRecord } from './csv-tokenizer.js';

/** The part of csv-parse's record context (second argument of `on_record`) used here. */
interface RecordContext {
  readonly bytes: number;
}

/** One record, or a stretch of lines csv-parse could not read as records. */
export type CsvEvent =
  | CsvRecord
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
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (a stray " character?)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after the closing quote of a field',
};

/**
 * Words for a csv-parse error. Its own message is not used: it quotes the value (which may be
 * personal) and counts lines from where csv-parse was started, not from the file's start.
 */
const explain = (code: string) => EXPLAIN[code] ?? `csv-parse could not read the record (${code})`;

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
  yield* csvRecordList(text, options, firstLine);
}

/** {@link readCsvRecords} as one array (the reader's path: no generator step per record). */
export function csvRecordList(text: string, options: CsvReadOptions, firstLine = 1): CsvEvent[] {
  const shift = firstLine - 1;
  const clean = parseWithoutErrors(text, options, shift);
  if (clean) {
    for (let i = 0; i < clean.length; i++) clean[i] = checkWidth(clean[i] as CsvRecord, options.maxColumns);
    return clean;
  }
  const events = [...recordsWithRecovery(text, options)];
  return shift === 0 ? events : events.map((event) => ({ ...event, line: event.line + shift }));
}

/**
 * @summary The records of well-formed text as {@link csvRecordList} gives them, or `undefined`
 * when the tokenizer is not sure of the text (then `csvRecordList` must read it, and everything
 * after it, since a stray quote changes how the rest is read).
 */
export function wellFormedRecordList(text: string, options: CsvReadOptions, firstLine = 1): CsvEvent[] | undefined {
  const records: CsvEvent[] | undefined = tokenizeCsv(text, {
    delimiter: options.delimiter,
    recordDelimiter: options.recordDelimiter ?? '\n',
    maxRecordBytes: options.maxFieldBytes,
    firstLine,
  });
  if (records) for (let i = 0; i < records.length; i++) records[i] = checkWidth(records[i] as CsvRecord, options.maxColumns);
  return records;
}

/**
 * The fast path for text without structural errors: the tokenizer, else csv-parse with no per-record callback, and
 * line numbers derived from the cells (a record spans lines only by line breaks inside its
 * fields; empty lines come back as one empty cell and are skipped). `undefined` when csv-parse
 * meets an error: the located path then reads the text again.
 */
function parseWithoutErrors(text: string, options: CsvReadOptions, shift: number): CsvEvent[] | undefined {
  const recordDelimiter = options.recordDelimiter ?? '\n';
  const fast = tokenizeCsv(text, {
    delimiter: options.delimiter,
    recordDelimiter,
    maxRecordBytes: options.maxFieldBytes,
    firstLine: shift + 1,
  });
  if (fast) return fast;
  let parsed: string[][];
  try {
    parsed = parse(text, {
      delimiter: options.delimiter,
      record_delimiter: recordDelimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: options.maxFieldBytes,
    }) as string[][];
  } catch {
    return undefined;
  }
  const records: CsvEvent[] = [];
  let line = shift + 1;
  for (const cells of parsed) {
    if (!(cells.length === 1 && cells[0] === '')) records.push({ kind: 'record', cells, line });
    line++;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
  }
  return records;
}

function checkWidth(record: CsvRecord, maxColumns: number): CsvEvent {
  if (record.cells.length <= maxColumns) return record;
  return {
    kind: 'broken',
    line: record.line,
    lineCount: 1,
    code: 'too-many-columns',
    message: `the record has ${record.cells.length} fields, more than the limit of ${maxColumns}`,
  };
}

/** The located path: records found by byte offset, resuming after each broken record. */
function* recordsWithRecovery(text: string, options: CsvReadOptions): Generator<CsvEvent> {
  // Records are located by byte offset (csv-parse reports bytes consumed), which is exact for LF,
  // CRLF and quoted line breaks alike; counting breaks in its raw text is not (it cuts CRLF).
  const bytes = new TextEncoder().encode(text);
  const lineStarts = [0];
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lineStarts.push(i + 1);
  const totalLines = bytes[bytes.length - 1] === 10 ? lineStarts.length - 1 : lineStarts.length;
  const lineOfByte = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  let startLine = 1;
  let errors = 0;
  while (startLine <= totalLines) {
    const startByte = lineStarts[startLine - 1]!;
    const records: CsvRecord[] = [];
    let lastEndLine = startLine - 1;
    let consumed = startByte;
    let failure: CsvError | undefined;
    const parseOptions: Options = {
      delimiter: options.delimiter,
      record_delimiter: options.recordDelimiter ?? '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: options.maxFieldBytes,
      // on_record gets the record context anyway; `info: true` would build it a second time.
      on_record: (value: unknown, context: unknown) => {
        const record = value as string[];
        const info = context as RecordContext;
        let first = consumed;
        while (bytes[first] === 10 || bytes[first] === 13) first++; // blank lines skipped before it
        const end = startByte + info.bytes;
        records.push({ kind: 'record', cells: record, line: lineOfByte(first) });
        lastEndLine = lineOfByte(Math.max(first, end - 1));
        consumed = end;
        return null;
      },
    };
    try {
      parse(bytes.subarray(startByte), parseOptions);
    } catch (error) {
      failure = error as CsvError;
    }
    for (const record of records) yield checkWidth(record, options.maxColumns);
    if (!failure) return;

    const brokenLine = firstNonBlankLine(text, lineStartsOfText(text), lastEndLine + 1, totalLines);
    if (brokenLine === undefined) return;
    errors++;
    const code = failure.code ?? 'CSV_ERROR';
    const reason = explain(code);
    if (errors > options.maxStructuralErrors) {
      yield {
        kind: 'broken',
        line: brokenLine,
        lineCount: countNonBlankLines(text, lineStartsOfText(text), brokenLine, totalLines),
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
    startLine = brokenLine + 1;
  }
}

/** Character offsets where each line of the text starts (for blank-line checks on errors only). */
function lineStartsOfText(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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
