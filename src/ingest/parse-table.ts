import type { SourcedRow } from '../model/dataset.js';
import { TABLES, type TableName } from '../model/tables.js';
import { decodeBytes } from './decode.js';
import { detectDelimiter } from './dialect.js';
import { csvRecordList, wellFormedRecordList, type CsvEvent, type CsvReadOptions } from './csv-records.js';
import type { CsvRecord } from './csv-tokenizer.js';
import { planHeader, unknownColumnIssues, type HeaderPlan } from './headers.js';
import type { IngestIssue } from './issue.js';
import { detectDecimalSeparator } from './numbers.js';
import { resolveIngestOptions, type IngestOptions, type ResolvedIngestOptions } from './options.js';
import { buildRow, needsCharacterChecks, type RowBuilderContext } from './row-builder.js';
import { deadline } from '../screen/deadline.js';
import { emptyStats, type Dialect, type TableParseResult, type TableStats } from './table-result.js';

/** Options of {@link parseTable}: ingest options plus the name to cite as source. */
export interface ParseTableOptions extends IngestOptions {
  /** Name cited in provenance and issues; default `<table>.csv`. */
  readonly source?: string;
  /** Clock for `timeoutMs` (milliseconds); default `performance.now`. For tests. */
  readonly now?: () => number;
}

/** What a table reader emits, in file order. */
export type RowEvent<T extends TableName> = { readonly row: SourcedRow<T> } | { readonly issue: IngestIssue };

/** Where a table reader puts what it reads, in file order (no event object per row). */
export interface RowSink<T extends TableName> {
  row(row: SourcedRow<T>): void;
  issue(issue: IngestIssue): void;
}

/**
 * @summary Read one table from CSV text or bytes into validated rows with provenance, and issues.
 *
 * @description
 * Detects encoding (bytes), delimiter and decimal separator unless given; matches headers
 * (canonical, camelCase or Norwegian, any case); reads every value by its model kind; validates
 * each row with the table's zod schema. Nothing is dropped silently: every data record becomes a
 * row or an `error` issue, and `stats.records === stats.accepted + stats.rejected`.
 * Never throws for bad data; throws `TypeError` for bad options, `IngestError` for bytes
 * declared UTF-8 that are not, and `TimeoutError` when `timeoutMs` runs out.
 *
 * @param checkTime - the deadline to honour; by default one from `options.timeoutMs` (readers of
 *   several tables pass one shared deadline)
 *
 * @example
 * const { rows, issues } = parseTable('workers', 'arbeidstaker_id;arbeidsgiver_id;navn\nw1;org1;Ola Nordmann\n')
 * rows[0] //=> { workerId: 'w1', employerId: 'org1', name: 'Ola Nordmann', provenance: { source: 'workers.csv', line: 2 } }
 */
export function parseTable<T extends TableName>(
  table: T,
  input: string | Uint8Array,
  options: ParseTableOptions = {},
  checkTime: (stage: string) => void = deadline(options.timeoutMs, options.now),
): TableParseResult<T> {
  const { source: sourceOption, now: _now, ...ingestOptions } = options;
  const resolved = resolveIngestOptions(ingestOptions);
  const source = sourceOption ?? `${TABLES[table].fileName}.csv`;
  const stage = `reading ${source}`;
  checkTime(stage);
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'text' }
      : decodeBytes(input, resolved.encoding, source);
  const reader = new CsvTableReader(table, source, resolved, decoded.encoding);
  const rows: SourcedRow<T>[] = [];
  const issues: IngestIssue[] = [];
  let events = 0;
  const sink: RowSink<T> = {
    row(row) {
      if ((++events & 1023) === 0) checkTime(stage);
      rows.push(row);
    },
    issue(issue) {
      if ((++events & 1023) === 0) checkTime(stage);
      issues.push(issue);
    },
  };
  reader.readText(decoded.text, sink);
  for (const event of reader.finish()) {
    if ('row' in event) sink.row(event.row);
    else sink.issue(event.issue);
  }
  return { table, source, rows, issues, stats: reader.stats, ...(reader.dialect ? { dialect: reader.dialect } : {}) };
}

/**
 * @summary Decide how records end in a piece of CSV text, normalising mixed line ends.
 *
 * @description
 * csv-parse fixes one record delimiter and merges records when a file mixes line ends, which
 * Excel exports edited by hand often do. Pure LF and pure CRLF text is kept as it is (so a CRLF
 * inside a quoted field stays data, as RFC 4180 wants); text that mixes LF, CRLF or lone CR has
 * every line end made LF. The decision never depends on quotes, so one stray quote cannot
 * change how the rest of the file is split into lines.
 *
 * @example
 * prepareLineEnds('a,b\r\n1,2\r\n')     //=> { text: 'a,b\r\n1,2\r\n', recordDelimiter: '\r\n' }
 * prepareLineEnds('a,b\r\n1,2\n3,4\r5,6') //=> { text: 'a,b\n1,2\n3,4\n5,6', recordDelimiter: '\n' }
 */
export function prepareLineEnds(text: string): { text: string; recordDelimiter: '\n' | '\r\n' } {
  const carriageReturns = countOf(text, 13);
  if (carriageReturns === 0) return { text, recordDelimiter: '\n' };
  const crlf = text.split('\r\n').length - 1;
  if (crlf === carriageReturns && crlf === countOf(text, 10)) return { text, recordDelimiter: '\r\n' };
  return { text: text.replace(/\r\n?/g, '\n'), recordDelimiter: '\n' };
}

function countOf(text: string, charCode: number): number {
  const char = String.fromCharCode(charCode);
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * Reads one CSV table from text given in chunks of whole lines (the whole file, or a stream's
 * pieces cut outside quotes). The first chunk fixes the header, delimiter and decimal separator.
 * Holds no rows: memory stays bounded by the chunk, whatever the file size.
 */
export class CsvTableReader<T extends TableName> {
  readonly stats: TableStats = emptyStats();
  dialect: Dialect | undefined;
  private context: RowBuilderContext | undefined;
  private headerLine = 0;
  private headerRejects = false;
  private sawText = false;
  private dataRecords = 0;

  constructor(
    readonly table: T,
    readonly source: string,
    private readonly options: ResolvedIngestOptions,
    /** Encoding reported in the dialect; a stream sets it once its decoder has decided. */
    public encoding: string,
  ) {}

  /** Read a chunk of whole lines whose first line is line `firstLine` of the file. */
  *read(chunk: string, firstLine: number): Generator<RowEvent<T>> {
    const events: RowEvent<T>[] = [];
    this.readInto(chunk, firstLine, { row: (row) => events.push({ row }), issue: (issue) => events.push({ issue }) });
    yield* events;
  }

  /** Read a chunk of whole lines whose first line is line `firstLine` of the file into `sink`. */
  readInto(chunk: string, firstLine: number, sink: RowSink<T>): void {
    if (chunk.trim() === '') return;
    this.sawText = true;
    const { text, recordDelimiter } = prepareLineEnds(chunk);
    const options = this.csvOptions(text, recordDelimiter);
    this.readRecords(csvRecordList(text, options, firstLine), options.delimiter, needsCharacterChecks(text), sink);
  }

  /**
   * Read a whole file's text into `sink`, as {@link readInto} would read it in one chunk, a
   * piece of some 64 K characters at a time: a file's records all held at once (a million, each an
   * array of strings) outlived the collector's young generation and were copied twice.
   *
   * @param pieceChars - characters a piece holds at least (tests make it small)
   */
  readText(whole: string, sink: RowSink<T>, pieceChars: number = PIECE_CHARS): void {
    if (whole.trim() === '') return;
    this.sawText = true;
    const { text, recordDelimiter } = prepareLineEnds(whole);
    const options = this.csvOptions(text, recordDelimiter);
    // Records held until the header and the decimal separator are decided (see `StartDecision`).
    const decision = new StartDecision(this.table, this.options.decimalSeparator !== undefined);
    let held: CsvEvent[] = [];
    let heldFrom = 0;
    let line = 1;
    for (let start = 0; start < text.length;) {
      let end = pieceEnd(text, start, pieceChars);
      let records = wellFormedRecordList(text.slice(start, end), options, line);
      if (records === undefined) {
        // Not well formed: the rest is read as one chunk, as before, with csv-parse's recovery.
        end = text.length;
        records = csvRecordList(text.slice(start), options, line);
      }
      for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
      const decided = this.context !== undefined || decision.decided(records, end === text.length);
      if (held.length > 0 || !decided) {
        // Appended, not concatenated: a file undecided to its end would be copied once a piece.
        for (const record of records) held.push(record);
        records = held;
      }
      if (decided) {
        this.readRecords(records, options.delimiter, needsCharacterChecks(text.slice(heldFrom, end)), sink);
        held = [];
        heldFrom = end;
      }
      start = end;
    }
  }

  private csvOptions(text: string, recordDelimiter: '\n' | '\r\n'): CsvReadOptions {
    const delimiter = this.dialect?.delimiter ?? this.options.delimiter ?? detectDelimiter(text);
    const { maxFieldBytes, maxColumns, maxStructuralErrors } = this.options;
    return { delimiter, recordDelimiter, maxFieldBytes, maxColumns, maxStructuralErrors };
  }

  private readRecords(records: readonly CsvEvent[], delimiter: string, checkCharacters: boolean, sink: RowSink<T>): void {
    let events = records;
    if (!this.context) {
      const headerIndex = events.findIndex((event) => event.kind === 'record');
      for (const event of headerIndex === -1 ? events : events.slice(0, headerIndex)) this.broken(event, sink);
      if (headerIndex === -1) return;
      const header = events[headerIndex] as CsvRecord;
      const plan = planHeader(this.table, header.cells);
      const rest = events.slice(headerIndex + 1);
      const decimalSeparator = this.options.decimalSeparator ?? detectDecimalSeparator(numericSamples(plan, rest), delimiter);
      this.dialect = { delimiter, decimalSeparator, encoding: this.encoding };
      this.headerLine = header.line;
      const headerIssues = headerProblems(plan, this.table, this.source, header.line);
      this.headerRejects = headerIssues.some((issue) => issue.severity === 'error');
      for (const issue of headerIssues) sink.issue(issue);
      this.context = {
        table: this.table,
        source: this.source,
        plan,
        decimalSeparator,
        defaultCurrency: this.options.defaultCurrency,
        blankBooleanIsFalse: this.options.blankBooleanIsFalse,
        delimiter,
      };
      events = rest;
    }
    const context = this.context;
    for (const event of events) {
      if (event.kind === 'broken') {
        this.broken(event, sink);
        continue;
      }
      if (isBlankRecord(event.cells)) {
        this.stats.blank++;
        continue;
      }
      this.stats.records++;
      this.dataRecords++;
      if (this.headerRejects || (this.options.maxRows !== undefined && this.dataRecords > this.options.maxRows)) {
        this.stats.rejected++;
        continue;
      }
      const outcome = buildRow<T>(context, event.cells, event.line, checkCharacters);
      for (const issue of outcome.issues) sink.issue(issue);
      if (outcome.row) {
        this.stats.accepted++;
        sink.row(outcome.row);
      } else {
        this.stats.rejected++;
      }
    }
  }

  /** Issues that can only be told at the end: an empty file, rows rejected wholesale. */
  *finish(): Generator<RowEvent<T>> {
    const { source, table, options } = this;
    if (!this.sawText) {
      yield {
        issue: {
          source,
          line: 0,
          severity: 'error',
          code: 'empty-file',
          expected: 'a header line and data lines',
          message: `the file is empty; expected a header line naming the ${table} columns`,
        },
      };
      return;
    }
    if (!this.context) {
      yield { issue: { source, line: 0, severity: 'error', code: 'no-header', message: 'no readable header line was found' } };
      return;
    }
    if (this.headerRejects && this.stats.rejected > 0) {
      yield {
        issue: {
          source,
          line: this.headerLine,
          severity: 'error',
          code: 'file-rejected',
          message: `${this.stats.rejected} data rows not read because of the header problem above`,
        },
      };
    }
    if (options.maxRows !== undefined && this.dataRecords > options.maxRows) {
      const over = this.dataRecords - options.maxRows;
      yield {
        issue: {
          source,
          line: 0,
          severity: 'error',
          code: 'too-many-rows',
          expected: `at most ${options.maxRows} rows`,
          message: `the file has ${this.dataRecords} data rows, more than the limit of ${options.maxRows}; ${over} rows rejected`,
        },
      };
    }
  }

  private broken(event: CsvEvent, sink: RowSink<T>): void {
    if (event.kind !== 'broken') return;
    this.stats.records += event.lineCount;
    this.stats.rejected += event.lineCount;
    const lines = event.lineCount > 1 ? ` (${event.lineCount} lines rejected)` : '; row rejected';
    sink.issue({
      source: this.source,
      line: event.line,
      severity: 'error',
      code: event.code,
      message: `${event.message}${lines}`,
    });
  }
}

/**
 * Whether the records read so far from a file's start fix what its first records decide, as a
 * whole-file read would: the header, and the decimal separator from the first
 * {@link NUMERIC_SAMPLES} money and decimal cells. Told records a piece at a time, each counted once.
 */
class StartDecision {
  private plan: HeaderPlan | undefined;
  private numeric = false;
  private samples = 0;

  constructor(
    private readonly table: TableName,
    private readonly separatorGiven: boolean,
  ) {}

  /** Whether the records so far and `fresh`, the next ones, decide; `atEnd`: no more follow. */
  decided(fresh: readonly CsvEvent[], atEnd: boolean): boolean {
    let from = 0;
    if (this.plan === undefined) {
      const headerIndex = fresh.findIndex((event) => event.kind === 'record');
      if (headerIndex === -1) return atEnd;
      this.plan = planHeader(this.table, (fresh[headerIndex] as CsvRecord).cells);
      this.numeric = this.plan.columns.some((spec) => spec !== undefined && isNumericKind(spec.meta.kind));
      from = headerIndex + 1;
    }
    if (atEnd || this.separatorGiven || !this.numeric) return true;
    for (const _ of numericSamples(this.plan, from === 0 ? fresh : fresh.slice(from)))
      if (++this.samples >= NUMERIC_SAMPLES) return true;
    return false;
  }
}

/** Characters of a whole file's text read at a time by {@link CsvTableReader.readText}. */
const PIECE_CHARS = 1 << 16;

/**
 * Where the piece of `text` from `start` ends: after the first line end outside quotes (an even
 * number of `"` since `start`, which begins outside quotes) `pieceChars` or more characters on,
 * else at the end. RFC 4180 writes a quote inside a field as `""`, so the parity is exact. Quotes
 * are counted in slices of the piece, so no search runs past it.
 */
function pieceEnd(text: string, start: number, pieceChars: number): number {
  const from = start + Math.max(1, pieceChars) - 1;
  if (from >= text.length) return text.length;
  let quotes = quotesIn(text.slice(start, from));
  let counted = from;
  for (let lf = text.indexOf('\n', from); lf !== -1; lf = text.indexOf('\n', lf + 1)) {
    quotes += quotesIn(text.slice(counted, lf));
    counted = lf;
    if (quotes % 2 === 0) return lf + 1;
  }
  return text.length;
}

function quotesIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count++;
  return count;
}

function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length > 0 && cell.trim() !== '') return false;
  return true;
}

/** Header problems: missing or repeated columns reject the file's rows; unknown ones are kept in `extra`. */
function headerProblems(plan: HeaderPlan, table: TableName, source: string, line: number): IngestIssue[] {
  const issues: IngestIssue[] = [];
  const found = plan.written.map((cell) => JSON.stringify(cell)).join(', ');
  if (plan.missingRequired.length > 0) {
    const missing = plan.missingRequired.map((spec) => spec.header).join(', ');
    issues.push({
      source,
      line,
      severity: 'error',
      code: 'missing-column',
      expected: `columns ${missing}`,
      message: `the ${table} table needs the column(s) ${missing}; the header has ${found}`,
    });
  }
  for (const duplicate of plan.duplicates) {
    issues.push({
      source,
      line,
      column: duplicate.header,
      columnNumber: duplicate.index + 1,
      severity: 'error',
      code: 'duplicate-column',
      message: `"${duplicate.header}" names ${duplicate.field} a second time; which column is right is ambiguous`,
    });
  }
  for (const issue of unknownColumnIssues(table, plan, source, line, 'column')) issues.push(issue);
  return issues;
}

/** Cells of the money and decimal columns looked at to detect the decimal separator. */
const NUMERIC_SAMPLES = 500;

const isNumericKind = (kind: string) => kind === 'money' || kind === 'decimal';

/** Up to {@link NUMERIC_SAMPLES} cells of the money and decimal columns, to detect the decimal separator. */
function* numericSamples(plan: HeaderPlan, events: readonly CsvEvent[]): Generator<string> {
  const indexes = plan.columns.flatMap((spec, index) => (spec && isNumericKind(spec.meta.kind) ? [index] : []));
  let taken = 0;
  for (const event of events) {
    if (event.kind !== 'record') continue;
    for (const index of indexes) {
      const cell = event.cells[index];
      if (cell === undefined || cell.trim() === '') continue;
      yield cell;
      if (++taken >= NUMERIC_SAMPLES) return;
    }
  }
}
