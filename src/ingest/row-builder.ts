import type * as z from 'zod';
import type { Currency } from '../model/enums.js';
import type { ExtraField } from '../model/provenance.js';
import { TABLES, type TableName } from '../model/tables.js';
import type { SourcedRow } from '../model/dataset.js';
import type { HeaderPlan } from './headers.js';
import { quoteValue, redactedValue, type IngestIssue } from './issue.js';
import { readCell, type CellContext } from './values.js';

/** Characters no legitimate CSV field holds: C0 controls other than tab, CR and LF, and DEL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

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
}

/**
 * @summary Turn one record (cells of one CSV line, or values of one JSON object) into a typed,
 * validated row, or into issues.
 *
 * @description
 * A value that cannot be read is an issue with file, line, column and what was expected. The row
 * is kept without that value when the field is optional and rejected when it is required; a
 * cross-field contradiction (a period that ends before it starts) drops the later field the same
 * way. Candidate rows are built on a null-prototype object, so a header or value called
 * `__proto__` stays inert data.
 */
export function buildRow<T extends TableName>(
  context: RowBuilderContext,
  cells: readonly unknown[],
  line: number,
): RowOutcome<T> {
  const { plan, source } = context;
  const issues: IngestIssue[] = [];
  const candidate: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const extra: ExtraField[] = [];
  let rejected = false;
  const fieldsWithIssues = new Set<string>();

  const columnIssue = (
    index: number,
    value: string,
    severity: IngestIssue['severity'],
    code: string,
    expected: string | undefined,
    message: string,
    personal: boolean,
  ) => {
    const field = plan.columns[index]?.field;
    if (field !== undefined) fieldsWithIssues.add(field);
    issues.push({
      source,
      line,
      column: plan.written[index] ?? `(column ${index + 1})`,
      columnNumber: index + 1,
      value: personal ? redactedValue(value) : quoteValue(value),
      ...(expected !== undefined ? { expected } : {}),
      severity,
      code,
      message,
    });
  };

  // The currency column decides how money in the same row is read, so it goes first.
  let currency = context.defaultCurrency;
  let cellContext: CellContext = {
    decimalSeparator: context.decimalSeparator,
    currency,
    blankBooleanIsFalse: context.blankBooleanIsFalse,
  };
  const order = columnOrder(plan);

  for (const index of order) {
    const spec = plan.columns[index];
    const rawCell = cells[index];
    if (spec === undefined) continue;
    if (rawCell === undefined || rawCell === null) {
      // A short record (Excel drops trailing empty cells) or a JSON null: the value is absent.
      continue;
    }
    const personal = spec.meta.personal === true;
    if (spec.field in candidate) {
      columnIssue(
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
    if (typeof rawCell === 'number' || typeof rawCell === 'boolean') {
      const typed = typedJsonValue(spec.meta.kind, rawCell, plan.written[index] === spec.field);
      if (typed.ok) {
        candidate[spec.field] = typed.value;
        continue;
      }
      text = String(rawCell);
    } else if (typeof rawCell === 'string') {
      text = rawCell;
    } else {
      columnIssue(
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

    if (text.includes('\uFEFF')) {
      text = text.replace(/\uFEFF/g, '');
      columnIssue(
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
      if (spec.meta.kind === 'boolean' && context.blankBooleanIsFalse) candidate[spec.field] = false;
      continue;
    }
    if (CONTROL_CHARACTERS.test(text)) {
      columnIssue(
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
    const result = readCell(text, spec.meta.kind, cellContext, spec.enumValues, spec.meta.valueAliases);
    if (result.ok) {
      candidate[spec.field] = result.value;
      if (spec.meta.kind === 'currency') currency = result.value as Currency;
    } else {
      const found = personal ? '' : `, found "${quoteValue(text)}"`;
      columnIssue(
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
  plan.columns.forEach((spec, index) => {
    if (!spec?.required || spec.field in candidate || fieldsWithIssues.has(spec.field)) return;
    columnIssue(
      index,
      '',
      'error',
      'missing-value',
      `a ${spec.header} value`,
      `${spec.header}: a value is required; row rejected`,
      false,
    );
    rejected = true;
  });

  plan.unknown.forEach(({ index, header }) => {
    const value = cells[index];
    if (value === undefined || value === null || value === '') return;
    extra.push({ column: header, value: typeof value === 'string' ? value : (JSON.stringify(value) ?? '') });
  });
  for (let index = plan.written.length; index < cells.length; index++) {
    const value = cells[index];
    if (typeof value !== 'string' || value.trim() === '') continue;
    extra.push({ column: `(column ${index + 1})`, value });
    columnIssue(
      index,
      value,
      'warning',
      'extra-field',
      undefined,
      `the record has more fields than the header; field ${index + 1} kept as extra`,
      true,
    );
  }

  if (rejected) return { issues };

  const schema = TABLES[context.table].schema as unknown as z.ZodType<Record<string, unknown>>;
  if ('currency' in (TABLES[context.table].schema.shape as object) && candidate['currency'] === undefined)
    candidate['currency'] = currency;

  // Validate; a failing optional field is dropped and reported, then the row is checked again.
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) {
      // zod's output is a fresh object of ours: extend it rather than copy it (one row, one object).
      const row = parsed.data as Record<string, unknown>;
      row['provenance'] = { source, line };
      if (extra.length > 0) row['extra'] = extra;
      return { row: row as unknown as SourcedRow<T>, issues };
    }
    const first = parsed.error.issues[0]!;
    const field = String(first.path[0] ?? '');
    const index = plan.columns.findIndex((spec) => spec?.field === field);
    const spec = plan.columns[index];
    const value = candidate[field];
    const written = value === undefined ? '' : String(value);
    const required = spec?.required ?? true;
    if (!required && field !== '' && field in candidate) {
      columnIssue(
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
    columnIssue(
      Math.max(index, 0),
      written,
      'error',
      'invalid-row',
      first.message,
      `${spec?.header ?? (field || 'row')}: ${first.message}; row rejected`,
      spec?.meta.personal === true,
    );
    return { issues };
  }
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

const orderCache = new WeakMap<HeaderPlan, readonly number[]>();

/** Column indexes in reading order: the currency column first, since money depends on it. Once per file. */
function columnOrder(plan: HeaderPlan): readonly number[] {
  let order = orderCache.get(plan);
  if (!order) {
    const currencyIndex = plan.columns.findIndex((spec) => spec?.meta.kind === 'currency');
    const rest = [...plan.columns.keys()].filter((index) => index !== currencyIndex);
    order = currencyIndex === -1 ? rest : [currencyIndex, ...rest];
    orderCache.set(plan, order);
  }
  return order;
}
