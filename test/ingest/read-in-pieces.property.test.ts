import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { CsvTableReader, parseTable, resolveIngestOptions, type IngestIssue, type TableName } from '../../src/index.js';

/** Everything a reader gives for `text`: rows (keys in order), issues, stats and dialect. */
function readWith<T extends TableName>(table: T, read: (reader: CsvTableReader<T>, sink: Sink) => void) {
  const reader = new CsvTableReader(table, `${table}.csv`, resolveIngestOptions({ maxStructuralErrors: 3 }), 'text');
  const rows: string[] = [];
  const issues: IngestIssue[] = [];
  read(reader, { row: (row) => rows.push(JSON.stringify(row)), issue: (issue) => issues.push(issue) });
  return { rows, issues, stats: { ...reader.stats }, dialect: reader.dialect };
}
type Sink = { row(row: unknown): void; issue(issue: IngestIssue): void };

const PAYMENT_HEADER = 'payment_id,worker_id,period_start,period_end,paid_on,gross,net,currency';
const paymentCell = [
  fc.constantFrom('p1', 'p2', '"p,3"', '', 'p"4', '"p5'),
  fc.constantFrom('w1', 'w2', '', '"w\n3"'),
  fc.constantFrom('2025-01-01', '2025-02-01', '01.03.2025', 'x'),
  fc.constantFrom('2025-01-31', '2025-02-28', ''),
  fc.constantFrom('2025-02-05', ''),
  fc.constantFrom('39000.00', '39000,00', '"39 000,50"', '1.234,56', '-5', ''),
  fc.constantFrom('27300.00', '27300,00', '', 'abc'),
  fc.constantFrom('NOK', 'EUR', '', 'XYZ'),
];
const paymentLine = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(...paymentCell).map((cells) => cells.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '"', 'a,b,c,d,e,f,g,h,i,j', '\u0000,x', '\uFEFFp9,w1,2025-01-01') },
);

const TIME_HEADER = 'worker_id,date,start,end,break_minutes';
const timeLine = fc
  .tuple(
    fc.constantFrom('w1', 'w2', '"w 3"', ''),
    fc.constantFrom('2025-01-06', '2025-01-07', 'bad'),
    fc.constantFrom('07:00', '7.30', ''),
    fc.constantFrom('15:00', '03:00', ''),
    fc.constantFrom('30', '', '600', '"4""5"'),
  )
  .map((cells) => cells.join(','));

const file = (header: string, line: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', 'mixed'), fc.boolean())
    .map(([lines, lineEnd, trailing]) => {
      const ends = (index: number) => (lineEnd === 'mixed' ? ['\n', '\r\n', '\r'][index % 3]! : lineEnd);
      const all = [header, ...lines];
      return all.map((text, index) => text + (index < all.length - 1 || trailing ? ends(index) : '')).join('');
    });

describe('a whole file read a piece at a time reads as one chunk', () => {
  for (const [table, header, line] of [
    ['payments', PAYMENT_HEADER, paymentLine],
    ['timeEntries', TIME_HEADER, timeLine],
  ] as const) {
    propTest.prop([file(header, line), fc.integer({ min: 1, max: 200 })], { numRuns: 300 })(
      `${table}: the same rows, issues, stats and dialect for any piece size`,
      (text, pieceChars) => {
        const whole = readWith(table, (reader, sink) => reader.readInto(text, 1, sink));
        const pieces = readWith(table, (reader, sink) => reader.readText(text, sink, pieceChars));
        expect(pieces).toEqual(whole);
      },
    );
  }

  it('decides the decimal separator from the first 500 amounts even when they lie beyond the first piece', () => {
    // 600 rows without amounts, then decimal commas: a first piece alone would see no amount.
    const blank = Array.from({ length: 600 }, (_, i) => `p${i},w1,2025-01-01,2025-01-31,,,,NOK`);
    const comma = Array.from({ length: 600 }, (_, i) => `q${i},w1,2025-01-01,2025-01-31,,"1000,50",,NOK`);
    const text = [PAYMENT_HEADER, ...blank, ...comma].join('\n');
    const pieces = readWith('payments', (reader, sink) => reader.readText(text, sink, 64));
    expect(pieces.dialect?.decimalSeparator).toBe(',');
    expect(pieces).toEqual(readWith('payments', (reader, sink) => reader.readInto(text, 1, sink)));
  });

  it('reads a file of megabytes in pieces as parseTable always has (every line and value)', () => {
    const workerOf = (i: number) => `w${i % 97}`;
    const dateOf = (i: number) => `2025-01-${String((i % 28) + 1).padStart(2, '0')}`;
    const rows = Array.from({ length: 60_000 }, (_, i) => `${workerOf(i)},${dateOf(i)},07:00,15:00,30`);
    const text = [TIME_HEADER, ...rows].join('\n') + '\n';
    expect(text.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const result = parseTable('timeEntries', text);
    expect(result.stats).toEqual({ records: 60_000, accepted: 60_000, rejected: 0, blank: 0 });
    const wrong = result.rows.findIndex(
      (row, i) => row.workerId !== workerOf(i) || row.date !== dateOf(i) || row.provenance.line !== i + 2,
    );
    expect(wrong).toBe(-1);
  });
});
