import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Column } from '../../src/store/column.js';
import { RowStore, fieldReader } from '../../src/store/row-store.js';

type Row = { provenance: { source: string; line: number }; extra?: { column: string; value: string }[] } & Record<
  string,
  unknown
>;

/** Object.is per value: a store must give back -0, NaN and every type as pushed. */
function expectSameValues(column: Column, values: readonly unknown[]) {
  const wrong = values.findIndex((value, index) => !Object.is(column.get(index), value));
  if (wrong !== -1) expect.fail(`value ${wrong}: pushed ${String(values[wrong])}, got ${String(column.get(wrong))}`);
}

function filled(values: readonly unknown[]): Column {
  const column = new Column();
  values.forEach((value, index) => column.push(index, value));
  return column;
}

describe('Column', () => {
  it('keeps repeating values as codes, widening a chunk past 255 and 65 535 distinct values', () => {
    // Each value three times, so the column stays a dictionary: 70 000 distinct values need 4-byte codes.
    const values = Array.from({ length: 210_000 }, (_, i) => `w${Math.floor(i / 3)}`);
    const column = filled(values);
    expectSameValues(column, values);
    // 1 byte a code in the first chunk, 2 bytes up to 65 536 distinct, then 4 (a plain array would be 8).
    expect(column.chunkBytes).toBeLessThan(210_000 * 3);
  });

  it('turns raw when most values are distinct, and chunks widen: int32 → float64 → plain', () => {
    const values: unknown[] = Array.from({ length: 20_000 }, (_, i) => i * 7);
    values[17_000] = undefined;
    values[17_001] = -2147483648; // the int chunk's own marker for undefined: widens to float64
    values[17_002] = 0.5;
    values[17_003] = -0;
    values[18_000] = NaN; // float64's marker for undefined: the chunk goes plain
    values[19_000] = 'text';
    const column = filled(values);
    expectSameValues(column, values);
  });

  it('packs distinct Latin-1 strings as bytes, missing values too; a chunk goes plain at a wider character', () => {
    const values: unknown[] = Array.from({ length: 40_000 }, (_, i) => `p-${i}-æøå`);
    values[20_000] = 'Łódź'; // beyond Latin-1
    values[37_000] = undefined;
    values[37_001] = '';
    values[37_002] = 'x'.repeat(20_000); // longer than one piece of String.fromCharCode
    const column = filled(values);
    expectSameValues(column, values);
    expect(column.chunkKinds).toEqual(['latin1', 'values', 'latin1']);
  });

  it('turns a packed chunk plain when a number arrives, keeping what it held', () => {
    const values: unknown[] = Array.from({ length: 6_000 }, (_, i) => `id-${i}`);
    values[5_000] = 42;
    values[5_001] = undefined;
    const column = filled(values);
    expectSameValues(column, values);
    expect(column.chunkKinds).toEqual(['values']);
  });

  propTest.prop([
    fc.array(
      fc.oneof(
        fc.constantFrom(undefined, -0, 0, NaN, -2147483648, 2147483647, '', 'a'),
        fc.integer(),
        fc.double(),
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.boolean(),
      ),
      { maxLength: 300 },
    ),
    fc.integer({ min: 1, max: 40 }),
  ])('gives back every value as pushed, whatever the mix of types and repeats', (values, k) => {
    const repeated = values.flatMap((value) => Array.from({ length: k }, () => value));
    expectSameValues(filled(repeated), repeated);
  });
});

describe('RowStore', () => {
  const fields = ['workerId', 'date', 'hours', 'note'];

  it('builds rows as the reader does: fields present in field order, then provenance and extra', () => {
    const store = new RowStore<Row>(fields);
    store.push({ hours: 7.5, workerId: 'w1', date: '2025-03-03', provenance: { source: 't.csv', line: 2 } });
    store.push({
      workerId: 'w2',
      date: '2025-03-04',
      note: 'late',
      provenance: { source: 't.csv', line: 3 },
      extra: [{ column: 'x', value: '1' }],
    });
    expect(JSON.stringify(store.at(0))).toBe(
      '{"workerId":"w1","date":"2025-03-03","hours":7.5,"provenance":{"source":"t.csv","line":2}}',
    );
    expect(store.at(1)).toEqual({
      workerId: 'w2',
      date: '2025-03-04',
      note: 'late',
      provenance: { source: 't.csv', line: 3 },
      extra: [{ column: 'x', value: '1' }],
    });
    expect(store.at(-1)).toEqual(store.at(1));
    expect([store.at(2), store.at(-3), store.at(0.5)]).toEqual([undefined, undefined, undefined]);
    expect([...store].length).toBe(2);
    expect(fieldReader(store, 'workerId')(1)).toBe('w2');
    expect(store.filter((index) => index === 1).at(0)).toEqual(store.at(1));
  });

  it('refuses a field it does not hold rather than drop it', () => {
    const store = new RowStore<Row>(fields);
    expect(() => store.push({ workerId: 'w1', site: 'A', provenance: { source: 't.csv', line: 2 } })).toThrow(/"site"/);
    expect(store.length).toBe(0);
    expect(() => store.valueAt(0, 'site')).toThrow(/no "site"/);
  });

  propTest.prop([
    fc.array(
      fc.record(
        {
          workerId: fc.constantFrom('w1', 'w2', 'w3'),
          date: fc.constantFrom('2025-03-03', '2025-03-04'),
          hours: fc.oneof(fc.double({ noNaN: true }), fc.integer()),
          note: fc.string(),
        },
        { requiredKeys: ['workerId'] },
      ),
      { maxLength: 200 },
    ),
    // Lines are stored as offsets from the row's position: any number must come back as it was.
    fc.array(fc.oneof(fc.nat({ max: 1_000_000 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, -0), fc.double()), {
      minLength: 1,
    }),
  ])('round trip: rows out equal rows in, key for key and in key order', (records, lines) => {
    const store = new RowStore<Row>(fields);
    const rows = records.map((record, i) => {
      // The reader writes keys in field order whatever the file's order.
      const line = i % 3 === 0 ? lines[i % lines.length]! : i + 2;
      const row: Row = { provenance: { source: i % 5 === 0 ? 'b.csv' : 'a.csv', line } } as Row;
      const ordered: Record<string, unknown> = {};
      for (const field of fields) if (field in record) ordered[field] = (record as Record<string, unknown>)[field];
      return Object.assign(ordered, row) as Row;
    });
    rows.forEach((row) => store.push(row));
    expect(store.length).toBe(rows.length);
    rows.forEach((row, i) => {
      expect(JSON.stringify(store.at(i))).toBe(JSON.stringify(row));
      expect(store.at(i)).toStrictEqual(row);
    });
  });
});
