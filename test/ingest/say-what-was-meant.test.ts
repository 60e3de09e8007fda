import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parseDataset, parseTable } from '../../src/index.js';
import { suggestColumn } from '../../src/ingest/headers.js';
import { decimalCommaSplit } from '../../src/ingest/row-builder.js';
import { nearMatches } from '../../src/collections/near-matches.js';

/** Issue 24.3: a mistake close to the contract is named with what was most likely meant. */
const WORKERS = 'worker_id,employer_id\nw1,e1\n';
const payments = (delimiter: string, gross: string) =>
  `payment_id${delimiter}worker_id${delimiter}period_start${delimiter}period_end${delimiter}gross\n` +
  `p1${delimiter}w1${delimiter}2025-07-01${delimiter}2025-07-31${delimiter}${gross}\n`;

describe('an unknown header close to a contract column', () => {
  it.each([
    ['payments', 'gross_pay', 'gross'],
    ['payments', 'hours_payed', 'hours_paid'],
    ['payments', 'Brutto lønn', 'gross'],
    ['workers', 'employer', 'employer_id'],
    ['timeEntries', 'datum', 'date'],
    ['timeEntries', 'break_minute', 'break_minutes'],
  ] as const)('%s: "%s" → did you mean `%s`?', (table, header, meant) => {
    expect(suggestColumn(table, header, new Set())).toBe(meant);
  });

  it('suggests only columns the file does not already have, and nothing for a header far from all', () => {
    expect(suggestColumn('payments', 'gross_pay', new Set(['grossMinor']))).not.toBe('gross');
    expect(suggestColumn('payments', 'favourite_colour', new Set())).toBeUndefined();
  });

  it('is a warning naming file, line, column and the fix, and the values stay in extra', () => {
    const { rows, issues } = parseTable(
      'payments',
      'payment_id,worker_id,period_start,period_end,gross_pay\np1,w1,2025-07-01,2025-07-31,28800\n',
      {
        source: 'payments.csv',
      },
    );
    expect(issues).toEqual([
      expect.objectContaining({
        source: 'payments.csv',
        line: 1,
        columnNumber: 5,
        severity: 'warning',
        code: 'unknown-column',
        expected: 'gross',
        message: expect.stringContaining('did you mean `gross`?'),
      }),
    ]);
    expect(rows[0]!.grossMinor).toBeUndefined();
    expect(rows[0]!.extra).toEqual([{ column: 'gross_pay', value: '28800' }]);
  });

  propTest.prop([fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 })])(
    'nearMatches returns at most three of the known names, each at most once',
    (name, known) => {
      const matches = nearMatches(name, known);
      expect(matches.length).toBeLessThanOrEqual(3);
      for (const match of matches) expect(known).toContain(match);
    },
  );
});

describe('decimal commas in a comma-separated file', () => {
  it('detects the split when merging each whole number with the 1–2 digits after it gives the header count', () => {
    expect(decimalCommaSplit(['p1', 'w1', '28800', '50', '160'], 4)).toBe(true);
    expect(decimalCommaSplit(['p1', '28800', '50', '160', '5'], 3)).toBe(true);
    expect(decimalCommaSplit(['p1', 'w1', 'x', 'y', '160'], 4)).toBe(false);
    expect(decimalCommaSplit(['p1', 'w1', '28800', '160'], 4)).toBe(false);
  });

  it('rejects the row with an error that names the split and the fix', () => {
    const { issues } = parseTable(
      'payments',
      'payment_id,worker_id,period_start,period_end,gross,hours_paid\np1,w1,2025-07-01,2025-07-31,28800,50,160\n',
      { source: 'payments.csv' },
    );
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'decimal-comma-split', line: 2 })]);
    expect(issues[0]!.message).toMatch(/decimal comma/);
  });
});

describe('thousands separators', () => {
  it.each([
    [';', '39.690,00', 3_969_000],
    [';', '39 690', 3_969_000],
    [';', '39 690,50', 3_969_050],
    [';', '1.234.567,00', 123_456_700],
    [',', '"39,690.00"', 3_969_000],
    [',', '"39.690,00"', 3_969_000],
  ] as const)('read when unambiguous: %s file, %s', (delimiter, gross, minor) => {
    const { dataset, issues } = parseDataset({ workers: WORKERS, payments: payments(delimiter, gross) });
    expect(issues).toEqual([]);
    expect(dataset.payments?.[0]?.grossMinor).toBe(minor);
  });

  it('named when ambiguous: 39.690 in a file that writes decimals with a point', () => {
    const { dataset, issues } = parseDataset({ workers: WORKERS, payments: payments(',', '39.690') });
    expect(dataset.payments?.[0]?.grossMinor).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        expected: 'an amount with at most 2 decimals; if the dot groups thousands, write 39690 or 39 690',
      }),
    ]);
  });
});
