import type { IngestIssue } from './issue.js';
import { nearMatches } from '../collections/near-matches.js';
import type * as z from 'zod';
import { fieldMeta, type FieldMeta } from '../model/fields.js';
import { TABLES, type TableName } from '../model/tables.js';

/** A model field as the CSV reader sees it. */
export interface ColumnSpec {
  /** Field name in the typed model (`grossMinor`). */
  readonly field: string;
  /** Canonical CSV header (`gross`). */
  readonly header: string;
  readonly meta: FieldMeta;
  readonly required: boolean;
  /** Allowed codes of an enum field. */
  readonly enumValues?: readonly string[];
}

/**
 * @summary Normalise a header for matching: Unicode NFC, lower case, trimmed, runs of spaces,
 * hyphens and dots folded to `_`.
 * @example
 * normaliseHeader(' HMS-kort ') //=> 'hms_kort'
 * normaliseHeader('Period Start') //=> 'period_start'
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

/** Canonical CSV header of a model field: snake_case, money without its `Minor` suffix. */
export function canonicalHeader(field: string): string {
  let header = headerByField.get(field);
  if (header === undefined) {
    header = toSnakeCase(field);
    if (headerByField.size < 1000) headerByField.set(field, header);
  }
  return header;
}

/** Headers by field name: evidence asks for the same few dozen, once per cited value. */
const headerByField = new Map<string, string>();

function toSnakeCase(field: string): string {
  return field
    .replace(/Minor$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

const specCache = new Map<TableName, { specs: readonly ColumnSpec[]; byHeader: ReadonlyMap<string, ColumnSpec> }>();

/**
 * @summary The columns of a table and a lookup from every accepted header (canonical, camelCase
 * field name, Norwegian alias), normalised, to its column.
 */
export function tableColumns(table: TableName): { specs: readonly ColumnSpec[]; byHeader: ReadonlyMap<string, ColumnSpec> } {
  const cached = specCache.get(table);
  if (cached) return cached;
  const shape = TABLES[table].schema.shape as Record<string, z.ZodType>;
  const specs: ColumnSpec[] = [];
  const byHeader = new Map<string, ColumnSpec>();
  for (const [field, schema] of Object.entries(shape)) {
    const meta = fieldMeta(schema);
    if (!meta) throw new Error(`field ${table}.${field} has no column metadata`);
    const inner = schema.def.type === 'optional' ? ((schema as z.ZodOptional).unwrap() as z.ZodType) : schema;
    const enumValues = inner.def.type === 'enum' ? ((inner as z.ZodEnum).options as string[]) : undefined;
    const spec: ColumnSpec = {
      field,
      header: canonicalHeader(field),
      meta,
      required: !schema.safeParse(undefined).success && meta.kind !== 'currency',
      ...(enumValues ? { enumValues } : {}),
    };
    specs.push(spec);
    for (const name of [spec.header, field, ...(meta.aliases ?? [])]) {
      const key = normaliseHeader(name);
      const existing = byHeader.get(key);
      if (existing && existing !== spec)
        throw new Error(`header ${name} is ambiguous in ${table}: ${existing.field} and ${field}`);
      byHeader.set(key, spec);
    }
  }
  const result = { specs, byHeader };
  specCache.set(table, result);
  return result;
}

/**
 * @summary The contract column an unknown header most likely means (`gross_pay` → `gross`), among
 * the table's columns the file does not already have; `undefined` when none is close.
 */
export function suggestColumn(table: TableName, header: string, present: ReadonlySet<string>): string | undefined {
  const { specs } = tableColumns(table);
  const names = specs.filter((spec) => !present.has(spec.field)).flatMap((spec) => [spec.header, ...(spec.meta.aliases ?? [])]);
  const [best] = nearMatches(header, names, normaliseHeader);
  if (best === undefined) return undefined;
  return specs.find((spec) => spec.header === best || spec.meta.aliases?.includes(best))!.header;
}

/** How one file's header maps onto the model. */
export interface HeaderPlan {
  /** For each column index: the model column, or undefined for an unknown column (kept in `extra`). */
  readonly columns: readonly (ColumnSpec | undefined)[];
  /** Header cells as written (for messages and `extra`). */
  readonly written: readonly string[];
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
  readonly duplicates: readonly { readonly index: number; readonly header: string; readonly field: string }[];
  readonly missingRequired: readonly ColumnSpec[];
}

/**
 * @summary Match a file's header cells to a table's columns.
 * @description
 * Matching is case-, space- and hyphen-insensitive and accepts Norwegian aliases. A second column
 * naming the same field is a duplicate (ambiguous: the file is rejected by the caller).
 * The currency column is never required: the jurisdiction's currency is the default.
 */
export function planHeader(table: TableName, headerCells: readonly string[]): HeaderPlan {
  const { specs, byHeader } = tableColumns(table);
  const columns: (ColumnSpec | undefined)[] = [];
  const unknown: { index: number; header: string }[] = [];
  const duplicates: { index: number; header: string; field: string }[] = [];
  const seen = new Set<string>();
  headerCells.forEach((cell, index) => {
    const header = index === 0 ? cell.replace(/^\uFEFF/, '') : cell;
    const spec = byHeader.get(normaliseHeader(header));
    if (spec && seen.has(spec.field)) {
      duplicates.push({ index, header, field: spec.field });
      columns.push(undefined);
    } else if (spec) {
      seen.add(spec.field);
      columns.push(spec);
    } else {
      columns.push(undefined);
      unknown.push({ index, header });
    }
  });
  const missingRequired = specs.filter((spec) => spec.required && !seen.has(spec.field));
  return { columns, written: headerCells, unknown, duplicates, missingRequired };
}

/**
 * @summary Issues for a file's unknown columns: a warning for each that looks like a mistyped
 * contract column ("did you mean `gross`?": its values would otherwise be screened as missing),
 * and one note listing the others, kept in `extra`.
 */
export function unknownColumnIssues(
  table: TableName,
  plan: HeaderPlan,
  source: string,
  line: number,
  word: 'column' | 'key',
): IngestIssue[] {
  const present = new Set(plan.columns.flatMap((spec) => (spec ? [spec.field] : [])));
  const issues: IngestIssue[] = [];
  const others: string[] = [];
  for (const { index, header } of plan.unknown) {
    const meant = suggestColumn(table, header, present);
    if (meant === undefined) {
      others.push(JSON.stringify(header));
      continue;
    }
    issues.push({
      source,
      line,
      column: header,
      columnNumber: index + 1,
      severity: 'warning',
      code: 'unknown-column',
      expected: meant,
      message: `${word} "${header}" is not in the data contract: did you mean \`${meant}\`? Its values are kept in "extra" and not screened; rename it to screen them`,
    });
  }
  if (others.length > 0)
    issues.push({
      source,
      line,
      severity: 'info',
      code: 'unknown-column',
      message: `${word}(s) ${others.join(', ')} are not in the data contract; their values are kept in "extra"`,
    });
  return issues;
}
