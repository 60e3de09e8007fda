import type * as z from 'zod';
import type { Currency } from '../model/enums.js';
import type { ExtraField } from '../model/provenance.js';
import { TABLES, type TableName } from '../model/tables.js';
import type { SourcedRow } from '../model/dataset.js';
import { tableColumns, type HeaderPlan } from './headers.js';
import { quoteValue, redactedValue, type IngestIssue } from './issue.js';
import { readCell, type CellContext } from './values.js';
import { fieldAcceptor, type FieldAcceptor } from './field-check.js';
import { Interner } from './interner.js';
import { fastCellReader, UNSURE, type FastCellReader } from './fast-cells.js';
import { rowChecksOf } from '../model/tables/row-checks.js';
import { rowMaker, type RowMaker } from './row-maker.js';

/** Characters no legitimate CSV field holds: C0 controls other than tab, CR and LF, and DEL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * @summary Whether text may hold a character the builder must check cell by cell (a control
 * character or a byte-order mark); one scan of a whole chunk spares a test per cell.
 */
export function needsCharacterChecks(text: string): boolean {
  return CONTROL_CHARACTERS.test(text) || text.includes('\uFEFF');
}

/** What one record became. */
export interface RowOutcome<T extends TableName> {
  readonly row?: SourcedRow<T>;
  readonly issues: readonly IngestIssue[];
}

/** Everything the builder needs about the file, fixed once per file. */
export interface RowBuilderContext {
  readonly table: TableName;
  readonly source: string;
  readonly plan: HeaderPlan;
  readonly decimalSeparator: '.' | ',';
  readonly defaultCurrency: Currency;
  readonly blankBooleanIsFalse: boolean;
  /** The file's field delimiter (CSV only): a comma file can split amounts on decimal commas. */
  readonly delimiter?: string;
}

/**
 * @summary Whether a record of a comma-separated file has more fields than its header because
 * amounts with a decimal comma were split in two (`28800,50` → `28800`, `50`): merging each
 * whole number with the one- or two-digit field after it gives exactly the header's count.
 */
export function decimalCommaSplit(cells: readonly unknown[], headerLength: number): boolean {
  if (cells.length <= headerLength) return false;
  let merges = 0;
  for (let i = 0; i + 1 < cells.length; i++) {
    if (/^-?\d[\d ]*$/.test(String(cells[i] ?? '').trim()) && /^\d{1,2}$/.test(String(cells[i + 1] ?? '').trim())) {
      merges++;
      i++;
    }
  }
  return merges > 0 && cells.length - merges === headerLength;
}

/**
 * @summary Turn one record (cells of one CSV line, or values of one JSON object) into a typed,
 * validated row, or into issues.
 *
 * @description
 * A value that cannot be read is an issue with file, line, column and what was expected. The row
 * is kept without that value when the field is optional and rejected when it is required; a
 * cross-field contradiction (a period that ends before it starts) drops the later field the same
 * way. A row's keys are only the model's field names (unknown headers go to `extra`), so a
 * header or value called `__proto__` stays inert data. Values the reader typed are tested by
 * fast per-field checks and the table's row checks; only a row that fails one is parsed by zod,
 * which decides and words the issue.
 */
export function buildRow<T extends TableName>(
  context: RowBuilderContext,
  cells: readonly unknown[],
  line: number,
  /** False when the caller knows the text holds no control character or BOM (checked once for a whole chunk). */
  checkCharacters = true,
): RowOutcome<T> {
  const { plan, source } = context;
  if (context.delimiter === ',' && decimalCommaSplit(cells, plan.written.length)) {
    const report = new RowIssues(plan, source, line);
    report.column(
      plan.written.length,
      String(cells[plan.written.length] ?? ''),
      'error',
      'decimal-comma-split',
      'one field per column',
      `the record has ${cells.length} fields for ${plan.written.length} columns: amounts with a decimal comma (such as 28800,50) were split in two by the comma delimiter; quote them ("28800,50"), write them with a decimal point, or save the file separated by semicolons; row rejected`,
      false,
    );
    return { issues: report.list };
  }
  const compiled = compile(context.table, plan);
  let report: RowIssues | undefined;
  // Values by the field's place in the schema; the row is made from them in the schema's order.
  const values = compiled.values;
  values.fill(undefined);
  let extra: ExtraField[] | undefined;
  let rejected = false;
  // Whether every value read is one its schema surely accepts; if so zod need not parse the row.
  let allAccepted = true;

  // The currency column decides how money in the same row is read, so it goes first.
  let currency = context.defaultCurrency;
  let cellContext: CellContext = {
    decimalSeparator: context.decimalSeparator,
    currency,
    blankBooleanIsFalse: context.blankBooleanIsFalse,
  };

  for (const index of compiled.order) {
    const spec = plan.columns[index];
    const rawCell = cells[index];
    if (spec === undefined) continue;
    if (rawCell === undefined || rawCell === null) {
      // A short record (Excel drops trailing empty cells) or a JSON null: the value is absent.
      continue;
    }
    const personal = spec.meta.personal === true;
    const slot = compiled.slots[index]!;
    if (values[slot] !== undefined) {
      (report ??= new RowIssues(plan, source, line)).column(
        index,
        '',
        'error',
        'duplicate-value',
        undefined,
        `${spec.header}: given twice in one row (${plan.written[index]} and another key); row rejected`,
        false,
      );
      rejected = true;
      continue;
    }
    // One context per currency, not one object per cell (allocation is a cost at millions of cells).
    if (cellContext.currency !== currency) cellContext = { ...cellContext, currency };

    let text: string;
    if (typeof rawCell === 'string') {
      // A repeated id, date, time or text already read in its plain form: the same value, no reading.
      const known = compiled.interners[index]?.plainValue(rawCell);
      if (known !== undefined) {
        values[slot] = known;
        continue;
      }
    }
    if (typeof rawCell === 'number' || typeof rawCell === 'boolean') {
      const typed = typedJsonValue(spec.meta.kind, rawCell, plan.written[index] === spec.field);
      if (typed.ok) {
        values[slot] = typed.value;
        if (allAccepted && !compiled.accepts[index]!(typed.value)) allAccepted = false;
        continue;
      }
      text = String(rawCell);
    } else if (typeof rawCell === 'string') {
      text = rawCell;
    } else {
      (report ??= new RowIssues(plan, source, line)).column(
        index,
        JSON.stringify(rawCell) ?? '',
        spec.required ? 'error' : 'warning',
        'invalid-value',
        'a string, number or boolean',
        `${spec.header}: expected a single value, found ${Array.isArray(rawCell) ? 'a list' : 'an object'}`,
        personal,
      );
      if (spec.required) rejected = true;
      continue;
    }

    if (checkCharacters && text.includes('\uFEFF')) {
      text = text.replace(/\uFEFF/g, '');
      (report ??= new RowIssues(plan, source, line)).column(
        index,
        text,
        'warning',
        'stray-bom',
        undefined,
        `${spec.header}: removed a byte-order mark inside the value (a file joined from several exports?)`,
        personal,
      );
    }
    if (text.trim() === '') {
      if (spec.meta.kind === 'boolean' && context.blankBooleanIsFalse) values[slot] = false;
      continue;
    }
    if (checkCharacters && CONTROL_CHARACTERS.test(text)) {
      (report ??= new RowIssues(plan, source, line)).column(
        index,
        text.replace(CONTROL_CHARACTERS, '\uFFFD'),
        spec.required ? 'error' : 'warning',
        'control-character',
        'printable text',
        `${spec.header}: the value contains a control character (NUL or similar): binary data or a wrong encoding`,
        personal,
      );
      if (spec.required) rejected = true;
      continue;
    }
    // The plain form (most cells of a machine-made file) is read directly to a surely valid value.
    const fast = compiled.fastReaders[index]!(text, cellContext);
    const result =
      fast === UNSURE ? readCell(text, spec.meta.kind, cellContext, spec.enumValues, spec.meta.valueAliases) : undefined;
    if (result === undefined || result.ok) {
      const value = result === undefined ? fast : result.value;
      const interner = compiled.interners[index];
      values[slot] = interner ? interner.intern(value as string, result === undefined) : value;
      if (result !== undefined && allAccepted && !compiled.accepts[index]!(value)) allAccepted = false;
      if (spec.meta.kind === 'currency') currency = value as Currency;
    } else {
      const found = personal ? '' : `, found "${quoteValue(text)}"`;
      (report ??= new RowIssues(plan, source, line)).column(
        index,
        text,
        spec.required ? 'error' : 'warning',
        'invalid-value',
        result.expected,
        `${spec.header}: expected ${result.expected}${found}${spec.required ? '; row rejected' : '; value left out'}`,
        personal,
      );
      if (spec.required) rejected = true;
    }
  }

  // Required values that are blank or absent: one error per field, at its (first) column.
  for (const index of compiled.requiredColumns) {
    const spec = plan.columns[index]!;
    if (values[compiled.slots[index]!] !== undefined || report?.fields.has(spec.field)) continue;
    (report ??= new RowIssues(plan, source, line)).column(
      index,
      '',
      'error',
      'missing-value',
      `a ${spec.header} value`,
      `${spec.header}: a value is required; row rejected`,
      false,
    );
    rejected = true;
  }

  for (const { index, header } of plan.unknown) {
    const value = cells[index];
    if (value === undefined || value === null || value === '') continue;
    (extra ??= []).push({ column: header, value: typeof value === 'string' ? value : (JSON.stringify(value) ?? '') });
  }
  for (let index = plan.written.length; index < cells.length; index++) {
    const value = cells[index];
    if (typeof value !== 'string' || value.trim() === '') continue;
    (extra ??= []).push({ column: `(column ${index + 1})`, value });
    (report ??= new RowIssues(plan, source, line)).column(
      index,
      value,
      'warning',
      'extra-field',
      undefined,
      `the record has more fields than the header; field ${index + 1} kept as extra`,
      true,
    );
  }

  if (rejected) return { issues: report!.list };

  if (compiled.currencySlot !== -1 && values[compiled.currencySlot] === undefined) values[compiled.currencySlot] = currency;
  // Keys are model field names only (unknown headers go to `extra`), so a plain object is safe
  // and the row is a fast, shaped object for the rules, its keys in the same order whatever the file's.
  // With its provenance already: adding a key later would cost the row a second allocation.
  const candidate = compiled.makeRow(values, { source, line });

  // The common case: every value surely valid and every row check passes: the row is the candidate.
  if (allAccepted && compiled.passesRowChecks(candidate)) {
    if (extra !== undefined) candidate['extra'] = extra;
    return { row: candidate as unknown as SourcedRow<T>, issues: report?.list ?? NO_ISSUES };
  }

  // Otherwise zod decides and words the issue; a failing optional field is dropped and reported,
  // then the row is checked again (zod's objects leave out the provenance, set again below).
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = compiled.schema.safeParse(candidate);
    if (parsed.success) {
      // zod's output is a fresh object of ours: extend it rather than copy it (one row, one object).
      const row = parsed.data;
      row['provenance'] = { source, line };
      if (extra !== undefined) row['extra'] = extra;
      return { row: row as unknown as SourcedRow<T>, issues: report?.list ?? NO_ISSUES };
    }
    const first = parsed.error.issues[0]!;
    const field = String(first.path[0] ?? '');
    const index = plan.columns.findIndex((spec) => spec?.field === field);
    const spec = plan.columns[index];
    const value = candidate[field];
    const written = value === undefined ? '' : String(value);
    const required = spec?.required ?? true;
    if (!required && field !== '' && candidate[field] !== undefined) {
      (report ??= new RowIssues(plan, source, line)).column(
        Math.max(index, 0),
        written,
        'warning',
        'invalid-value',
        first.message,
        `${spec?.header ?? field}: ${first.message}; value left out`,
        spec?.meta.personal === true,
      );
      delete candidate[field];
      continue;
    }
    (report ??= new RowIssues(plan, source, line)).column(
      Math.max(index, 0),
      written,
      'error',
      'invalid-row',
      first.message,
      `${spec?.header ?? (field || 'row')}: ${first.message}; row rejected`,
      spec?.meta.personal === true,
    );
    return { issues: report!.list };
  }
  const issues = (report ??= new RowIssues(plan, source, line)).list;
  issues.push({
    source,
    line,
    severity: 'error',
    code: 'invalid-row',
    message: 'the row has too many invalid values; row rejected',
  });
  return { issues };
}

/**
 * JSON gives numbers and booleans typed. A camelCase `…Minor` key carries minor units already;
 * any other number is in the unit the CSV column uses (money in major units), read as text.
 */
function typedJsonValue(
  kind: string,
  value: number | boolean,
  keyIsModelField: boolean,
): { ok: true; value: unknown } | { ok: false } {
  if (typeof value === 'boolean') return kind === 'boolean' ? { ok: true, value } : { ok: false };
  if (kind === 'integer' || kind === 'decimal' || (kind === 'money' && keyIsModelField)) return { ok: true, value };
  return { ok: false };
}

const NO_ISSUES: readonly IngestIssue[] = Object.freeze([]);

/** The issues of one row, made only when the row has one (most rows have none). */
class RowIssues {
  readonly list: IngestIssue[] = [];
  /** Fields already reported, so that a missing value is not reported twice. */
  readonly fields = new Set<string>();

  constructor(
    private readonly plan: HeaderPlan,
    private readonly source: string,
    private readonly line: number,
  ) {}

  column(
    index: number,
    value: string,
    severity: IngestIssue['severity'],
    code: string,
    expected: string | undefined,
    message: string,
    personal: boolean,
  ): void {
    const { plan } = this;
    const field = plan.columns[index]?.field;
    if (field !== undefined) this.fields.add(field);
    this.list.push({
      source: this.source,
      line: this.line,
      column: plan.written[index] ?? `(column ${index + 1})`,
      columnNumber: index + 1,
      value: personal ? redactedValue(value) : quoteValue(value),
      ...(expected !== undefined ? { expected } : {}),
      severity,
      code,
      message,
    });
  }
}

/** What the builder derives from a file's header, once per file. */
interface CompiledPlan {
  /** Column indexes in reading order: the currency column first, since money depends on it. */
  readonly order: readonly number[];
  /** Per column index: the fast test of its values (see `fieldAcceptor`). */
  readonly accepts: readonly (FieldAcceptor | undefined)[];
  /** Per column index: the reader of its cells' plain form (see `fastCellReader`). */
  readonly fastReaders: readonly (FastCellReader | undefined)[];
  /** Indexes of the required columns (first column of each field). */
  readonly requiredColumns: readonly number[];
  /** The table's fields in schema order, and each column's place among them. */
  readonly fields: readonly string[];
  readonly slots: readonly (number | undefined)[];
  /** Place of the `currency` field, or -1. */
  readonly currencySlot: number;
  /** Per column index: the interner of its text values (ids, dates, times, text). */
  readonly interners: readonly (Interner | undefined)[];
  /** The values of the row being built, by slot (reused: one row is built at a time). */
  readonly values: unknown[];
  /** Makes the row object from `values` (see {@link rowMaker}). */
  readonly makeRow: RowMaker;
  readonly schema: z.ZodType<Record<string, unknown>>;
  /** Whether a row of surely valid values also meets every required field and row check. */
  readonly passesRowChecks: (row: Record<string, unknown>) => boolean;
}

const compiledPlans = new WeakMap<HeaderPlan, CompiledPlan>();

const INTERNED_KINDS: ReadonlySet<string> = new Set(['id', 'text', 'date', 'time']);

function compile(table: TableName, plan: HeaderPlan): CompiledPlan {
  let compiled = compiledPlans.get(plan);
  if (compiled) return compiled;
  const schema = TABLES[table].schema as unknown as z.ZodType<Record<string, unknown>>;
  const shape = TABLES[table].schema.shape as Record<string, z.ZodType>;
  const currencyIndex = plan.columns.findIndex((spec) => spec?.meta.kind === 'currency');
  const rest = [...plan.columns.keys()].filter((index) => index !== currencyIndex);
  const seen = new Set<string>();
  const requiredColumns = plan.columns.flatMap((spec, index) =>
    spec?.required && !seen.has(spec.field) && seen.add(spec.field) ? [index] : [],
  );
  const { specs } = tableColumns(table);
  // Required-ness as the header plan has it; the currency (defaulted, so not `required`) is checked by `currencyOk`.
  const required = specs.filter((spec) => spec.required);
  const checks = rowChecksOf(schema);
  const currencySpec = specs.find((spec) => spec.meta.kind === 'currency');
  const currencyOk = currencySpec ? fieldAcceptor(currencySpec) : () => true;
  const hasCurrency = currencySpec !== undefined;
  const fields = Object.keys(shape);
  compiled = {
    order: currencyIndex === -1 ? rest : [currencyIndex, ...rest],
    accepts: plan.columns.map((spec) => (spec ? fieldAcceptor(spec) : undefined)),
    fastReaders: plan.columns.map((spec) => (spec ? fastCellReader(spec) : undefined)),
    requiredColumns,
    fields,
    slots: plan.columns.map((spec) => (spec ? fields.indexOf(spec.field) : undefined)),
    currencySlot: currencySpec ? fields.indexOf(currencySpec.field) : -1,
    interners: plan.columns.map((spec) => (spec && INTERNED_KINDS.has(spec.meta.kind) ? new Interner() : undefined)),
    values: new Array<unknown>(fields.length),
    makeRow: rowMaker(fields),
    schema,
    passesRowChecks: (row) =>
      (!hasCurrency || currencyOk(row['currency'])) &&
      required.every((spec) => row[spec.field] !== undefined) &&
      checks.every((rule) => rule.check(row)),
  };
  compiledPlans.set(plan, compiled);
  return compiled;
}
