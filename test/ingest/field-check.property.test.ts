import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import type * as z from 'zod';
import { fieldAcceptor } from '../../src/ingest/field-check.js';
import { fastCellReader, UNSURE } from '../../src/ingest/fast-cells.js';
import { readCell } from '../../src/ingest/values.js';
import { tableColumns } from '../../src/ingest/headers.js';
import { TABLE_NAMES, TABLES } from '../../src/model/tables.js';
import { CURRENCIES } from '../../src/model/enums.js';
import { rowChecksOf } from '../../src/model/tables/row-checks.js';
import { parseTable } from '../../src/ingest/parse-table.js';

const columns = TABLE_NAMES.flatMap((table) => tableColumns(table).specs.map((spec) => ({ table, spec })));

/** Values near every field's edges: valid ones of each kind and the ways they go wrong. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '-', '\t', '\n', '\u00a0', 'ø'), maxLength: 70 }),
  fc.string({ minLength: 1990, maxLength: 2010 }),
  fc.constantFrom('2025-02-28', '2025-02-29', '2024-02-29', '2025-13-01', '07:30', '24:00', '7:30', 'NO', 'no', 'N0'),
  fc.constantFrom(...CURRENCIES, 'nok', 'XXX', 'cash', 'bank', 'construction', 'CASH'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -1, -0, 0, 24, 24.5, 744, 745, NaN, Infinity),
  fc.boolean(),
  fc.constant(null),
);

describe('fieldAcceptor: never accepts what the field schema refuses', () => {
  const shapes = (table: (typeof TABLE_NAMES)[number]) => TABLES[table].schema.shape as Record<string, z.ZodType>;

  propTest.prop([fc.constantFrom(...columns), anyValue], { numRuns: 3000 })('accepts ⇒ zod accepts', ({ table, spec }, value) => {
    if (fieldAcceptor(spec)(value)) expect(shapes(table)[spec.field]!.safeParse(value).success).toBe(true);
  });

  it('accepts the ordinary value of every field (so the fast path is taken)', () => {
    const ordinary: Record<string, unknown> = {
      id: 'w-001',
      text: 'Ola Nordmann',
      date: '2025-03-31',
      time: '07:30',
      money: 3_800_000,
      integer: 2,
      decimal: 7.5,
      boolean: true,
      country: 'PL',
      currency: 'NOK',
    };
    for (const { table, spec } of columns) {
      const value = spec.meta.kind === 'enum' ? spec.enumValues![0] : ordinary[spec.meta.kind];
      expect(fieldAcceptor(spec)(value), `${table}.${spec.field}`).toBe(true);
      expect(shapes(table)[spec.field]!.safeParse(value).success).toBe(true);
    }
  });

  it('refuses the usual mistakes zod refuses', () => {
    const spec = (table: (typeof TABLE_NAMES)[number], field: string) =>
      tableColumns(table).specs.find((s) => s.field === field)!;
    expect(fieldAcceptor(spec('workers', 'workerId'))('x'.repeat(65))).toBe(false);
    expect(fieldAcceptor(spec('workers', 'workerId'))(' w1')).toBe(false);
    expect(fieldAcceptor(spec('timeEntries', 'hours'))(24.5)).toBe(false);
    expect(fieldAcceptor(spec('timeEntries', 'breakMinutes'))(-1)).toBe(false);
    expect(fieldAcceptor(spec('payments', 'grossMinor'))(1.5)).toBe(false);
    expect(fieldAcceptor(spec('payments', 'periodStart'))('2025-02-29')).toBe(false);
  });
});

describe('the reader without a second zod parse', () => {
  it('every table has its row checks on record (the refinements zod runs)', () => {
    expect(rowChecksOf(TABLES.timeEntries.schema)).toHaveLength(2);
    expect(rowChecksOf(TABLES.subcontracts.schema)).toHaveLength(2);
    expect(rowChecksOf(TABLES.payments.schema)).toHaveLength(4);
    expect(rowChecksOf(TABLES.contracts.schema)).toHaveLength(3);
    expect(rowChecksOf(TABLES.recruitment.schema)).toHaveLength(1);
  });

  /** A cell of a time entry or payment, valid or not, as files have them. */
  const cell = fc.constantFrom(
    '',
    ' ',
    'w1',
    '2025-03-03',
    '31.03.2025',
    '2025-02-29',
    '07:00',
    '23:30',
    '06:00',
    '7,5',
    '7.5',
    '25',
    '-2',
    '600',
    '0',
    '30000',
    '1 234,50',
    'kr 100',
    'NOK',
    'EUR',
    'x',
    'bank',
    'cash',
    'kontant',
  );

  for (const [table, header] of [
    ['timeEntries', 'worker_id,date,start,end,hours,break_minutes,source'],
    ['payments', 'payment_id,worker_id,period_start,period_end,gross,hours_paid,method,currency'],
  ] as const) {
    const width = header.split(',').length;
    const records = fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 });
    propTest.prop([records, fc.constantFrom('.', ',' as const)], { numRuns: 300 })(
      `${table}: every row read is exactly what zod makes of it, and rows keep the schema's key order`,
      (records, decimalSeparator) => {
        const lines = records.map((cells, i) => cells.map((c, j) => (j === 0 ? `${c}${i}` : c)).join(';'));
        const text = [header.replace(/,/g, ';'), ...lines].join('\n');
        const { rows, stats } = parseTable(table, text, { delimiter: ';', decimalSeparator, currency: 'NOK' });
        expect(stats.accepted + stats.rejected).toBe(stats.records);
        const schema = TABLES[table].schema as unknown as z.ZodType<Record<string, unknown>>;
        const order = Object.keys(TABLES[table].schema.shape);
        for (const row of rows) {
          const { provenance: _p, extra: _e, ...values } = row as unknown as Record<string, unknown>;
          const parsed = schema.safeParse(values);
          expect(parsed.success).toBe(true);
          expect(values).toStrictEqual(parsed.data);
          expect(Object.keys(values)).toEqual(order.filter((key) => key in values));
        }
      },
    );
  }
});

describe('fastCellReader: the plain form read directly, exactly as readCell reads it', () => {
  const text = fc.oneof(
    fc.string({
      unit: fc.constantFrom('0', '1', '7', '9', '.', ',', '-', ':', ' ', 'a', 'A', 'Z', 'x', 'ø', '%', '\u00a0'),
      maxLength: 12,
    }),
    fc.constantFrom(
      '2025-03-31',
      '2025-02-29',
      '31.03.2025',
      '07:30',
      '24:00',
      '7:30',
      '1234.50',
      '1234,50',
      '1 234,50',
      '0.5',
      '007',
      '9007199254740993',
      '9'.repeat(400),
      'NOK',
      'nok',
      'KR',
      'PL',
      'pl',
      'ja',
      'JA',
      'Yes',
      'x',
      'cash',
      'Cash',
      'kontant',
      'bank transfer',
      '1.234',
      '1,234',
      '12.5',
      '0,05',
      'CASH',
      'Bank',
      'CONSTRUCTION',
      'w 1',
      'TRUE',
      'Nei',
    ),
    fc.string({ maxLength: 70 }),
  );
  const context = fc.record({
    decimalSeparator: fc.constantFrom('.' as const, ',' as const),
    currency: fc.constantFrom(...CURRENCIES),
    blankBooleanIsFalse: fc.boolean(),
  });

  propTest.prop([fc.constantFrom(...columns), text, context], { numRuns: 5000 })(
    'read fast ⇒ readCell gives the same value, and the field accepts it',
    ({ spec }, cell, cellContext) => {
      if (cell.trim() === '') return; // blank cells never reach a reader
      const fast = fastCellReader(spec)(cell, cellContext);
      if (fast === UNSURE) return;
      const slow = readCell(cell, spec.meta.kind, cellContext, spec.enumValues, spec.meta.valueAliases);
      expect(slow.ok).toBe(true);
      expect(Object.is(slow.ok ? slow.value : undefined, fast)).toBe(true);
      expect(fieldAcceptor(spec)(fast)).toBe(true);
    },
  );

  it('reads the plain form of every kind itself', () => {
    const plainCells: Record<string, string> = {
      id: 'w-001',
      text: 'Ola Nordmann',
      date: '2025-03-31',
      time: '07:30',
      money: '38000.50',
      integer: '2',
      decimal: '7.5',
      boolean: 'true',
      country: 'PL',
      currency: 'NOK',
    };
    const cellContext = { decimalSeparator: '.' as const, currency: 'NOK' as const, blankBooleanIsFalse: false };
    for (const { table, spec } of columns) {
      const cell = spec.meta.kind === 'enum' ? spec.enumValues![0]! : plainCells[spec.meta.kind]!;
      expect(fastCellReader(spec)(cell, cellContext), `${table}.${spec.field}`).not.toBe(UNSURE);
    }
  });
});
