import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { tableColumns } from '../../src/ingest/headers.js';
import type { TableName, TableRow } from '../../src/model/index.js';
import { formatMinorAsMajor } from '../../src/money/money.js';

/** Text that survives every supported encoding (Windows-1252 included) and the reader's trimming. */
const CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZæøåÆØÅé0123456789 ;,"\'\t\n-./'];
const text = (max: number) =>
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: max })
    .map((chars) => chars.join('').trim())
    .filter((value) => value.length > 0);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const quarterHours = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4);
const minor = fc.integer({ min: 0, max: 10_000_000_00 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drop undefined keys, as the reader produces rows without absent fields. */
const compact = <T extends object>(row: T): T => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;

export const workerArb = fc
  .record({
    workerId: id,
    employerId: id,
    name: opt(text(30)),
    nationality: opt(fc.constantFrom('NO', 'PL', 'LT', 'RO')),
    birthDate: opt(isoDate),
    posted: opt(fc.boolean()),
    registered: opt(fc.boolean()),
    skillLevel: opt(fc.constantFrom('skilled', 'unskilled', 'apprentice' as const)),
    experienceYears: opt(quarterHours(40)),
    occupation: opt(text(20)),
  })
  .map(compact) as fc.Arbitrary<TableRow<'workers'>>;

export const paymentArb = fc
  .record({
    paymentId: id,
    workerId: id,
    periodStart: isoDate,
    days: fc.integer({ min: 0, max: 30 }),
    grossMinor: opt(minor),
    netMinor: opt(minor),
    hoursPaid: opt(quarterHours(300)),
    method: opt(fc.constantFrom('bank', 'cash', 'card', 'other' as const)),
    currency: fc.constantFrom('NOK', 'EUR' as const),
  })
  .map(({ days, ...row }) => {
    const end = new Date(Date.parse(row.periodStart) + days * 86_400_000).toISOString().slice(0, 10);
    // A period holds at most 24 hours a day (the payments table's row check).
    const hoursPaid = row.hoursPaid === undefined ? undefined : Math.min(row.hoursPaid, 24 * (days + 1));
    return compact({ ...row, hoursPaid, periodEnd: end });
  }) as fc.Arbitrary<TableRow<'payments'>>;

export const timeEntryArb = fc
  .record({
    workerId: id,
    date: isoDate,
    hours: quarterHours(16),
    site: opt(text(20)),
    source: opt(fc.constantFrom('timesheet', 'access-log', 'hms-card-scan', 'gps' as const)),
  })
  .map(compact) as fc.Arbitrary<TableRow<'timeEntries'>>;

/** How a spreadsheet or payroll system might write a file. */
export interface Dialect {
  readonly delimiter: ',' | ';' | '\t';
  readonly decimal: '.' | ',';
  readonly dates: 'iso' | 'dmy';
  readonly booleans: 'en' | 'nb';
  readonly headers: 'canonical' | 'norwegian';
  readonly grouping: boolean;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  readonly lineEnd: '\n' | '\r\n';
}

export const dialectArb: fc.Arbitrary<Dialect> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t' as const),
  decimal: fc.constantFrom('.', ',' as const),
  dates: fc.constantFrom('iso', 'dmy' as const),
  booleans: fc.constantFrom('en', 'nb' as const),
  headers: fc.constantFrom('canonical', 'norwegian' as const),
  grouping: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252' as const),
  lineEnd: fc.constantFrom('\n', '\r\n' as const),
});

function formatValue(kind: string, value: unknown, dialect: Dialect): string {
  if (value === undefined) return '';
  switch (kind) {
    case 'money': {
      const [whole, fraction] = formatMinorAsMajor(value as number, 2).split('.') as [string, string];
      const grouped = dialect.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : whole;
      return `${grouped}${dialect.decimal}${fraction}`;
    }
    case 'decimal':
      return String(value).replace('.', dialect.decimal);
    case 'date': {
      const [y, m, d] = (value as string).split('-');
      return dialect.dates === 'iso' ? (value as string) : `${d}.${m}.${y}`;
    }
    case 'boolean':
      return dialect.booleans === 'en' ? (value ? 'yes' : 'no') : value ? 'ja' : 'nei';
    default:
      return String(value);
  }
}

/** Write typed rows as one CSV file in a dialect (the reader's inverse, for round-trip tests). */
export function writeTable(table: TableName, rows: readonly Record<string, unknown>[], dialect: Dialect): Uint8Array {
  const { specs } = tableColumns(table);
  const header = specs.map((spec) => (dialect.headers === 'norwegian' ? (spec.meta.aliases?.[0] ?? spec.header) : spec.header));
  const records = rows.map((row) => specs.map((spec) => formatValue(spec.meta.kind, row[spec.field], dialect)));
  const csv = stringify([header, ...records], {
    delimiter: dialect.delimiter,
    record_delimiter: dialect.lineEnd === '\n' ? 'unix' : 'windows',
    // csv-stringify quotes only the record delimiter itself; a bare LF in a CRLF file must be quoted too.
    quoted_match: /[\r\n]/,
  });
  if (dialect.encoding === 'windows-1252') return Uint8Array.from([...csv].map((char) => char.charCodeAt(0)));
  const bytes = new TextEncoder().encode(csv);
  return dialect.encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

/** Unique by a key, keeping the first (the reader rejects repeated primary keys). */
export const uniqueBy = <T>(rows: readonly T[], key: (row: T) => string): T[] => {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(key(row)) && seen.add(key(row)) !== undefined);
};
