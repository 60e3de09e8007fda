import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { rowMaker } from '../../src/ingest/row-maker.js';

const FIELDS = ['workerId', 'employerId', 'date', 'start', 'end', 'hours', 'breakMinutes', 'site', 'source'];

/** What a row must be: the present fields in order, then provenance. */
function expected(fields: readonly string[], values: readonly unknown[], provenance: unknown): [string, unknown][] {
  const entries: [string, unknown][] = [];
  fields.forEach((field, slot) => {
    if (values[slot] !== undefined) entries.push([field, values[slot]]);
  });
  entries.push(['provenance', provenance]);
  return entries;
}

const value = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null));
const rowValues = fc.array(value, { minLength: FIELDS.length, maxLength: FIELDS.length });

describe('rowMaker', () => {
  propTest.prop([fc.array(rowValues, { minLength: 1, maxLength: 100 }), fc.boolean()])(
    'makes plain objects with the present fields in order, then provenance, with or without generated code',
    (rows, generateCode) => {
      const make = rowMaker(FIELDS, generateCode);
      rows.forEach((values, line) => {
        const provenance = { source: 't.csv', line };
        const row = make(values, provenance);
        expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
        expect(Object.entries(row)).toEqual(expected(FIELDS, values, provenance));
        expect(row['provenance']).toBe(provenance);
      });
    },
  );

  it('gives each row its own object, also past the 64 shapes given their own literal', () => {
    const make = rowMaker(FIELDS, true);
    const rows = Array.from({ length: 2 ** FIELDS.length }, (_, mask) => {
      const values = FIELDS.map((field, slot) => (mask & (1 << slot) ? `${field}${mask}` : undefined));
      return { values, row: make(values, mask) };
    });
    for (const { values, row } of rows) expect(Object.entries(row)).toEqual(expected(FIELDS, values, row['provenance']));
    expect(new Set(rows.map(({ row }) => row)).size).toBe(rows.length);
  });

  it('keeps field names as data, never code', () => {
    const fields = ['a"b', "c'd", 'e\\nf', '};throw 1;//', 'constructor', '\u2028'];
    const make = rowMaker(fields, true);
    const row = make(['1', '2', '3', '4', '5', '6'], 0);
    expect(Object.keys(row)).toEqual([...fields, 'provenance']);
  });

  it('makes own __proto__ keys with the loop rather than setting the prototype', () => {
    const row = rowMaker(['__proto__', 'a'], true)([{ polluted: true }, 1], 0);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(['__proto__', 'a', 'provenance']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
