import { describe, expect, it } from 'vitest';
import { parseDataset, parseTable, IngestError, type IngestIssue } from '../../src/ingest/index.js';

const codes = (issues: readonly IngestIssue[]) => issues.map((issue) => issue.code);
const WORKERS = 'worker_id,employer_id\n';

describe('hostile and broken CSV', () => {
  it('keeps __proto__, constructor and prototype headers and values as inert data', () => {
    const csv =
      'worker_id,employer_id,__proto__,constructor,prototype\nw1,org1,"{""polluted"":true}",x,y\n__proto__,constructor,a,b,c\n';
    const { rows, issues, stats } = parseTable('workers', csv);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
    expect(rows[0]!.extra).toEqual([
      { column: '__proto__', value: '{"polluted":true}' },
      { column: 'constructor', value: 'x' },
      { column: 'prototype', value: 'y' },
    ]);
    expect(rows[1]).toMatchObject({ workerId: '__proto__', employerId: 'constructor' });
    expect(codes(issues)).toEqual(['unknown-column']);
    expect(stats).toMatchObject({ records: 2, accepted: 2 });
  });

  it('reports unknown columns once per file, not once per row', () => {
    const csv = `worker_id,employer_id,shoe_size\n${Array.from({ length: 50 }, (_, i) => `w${i},o,42`).join('\n')}\n`;
    expect(codes(parseTable('workers', csv).issues)).toEqual(['unknown-column']);
  });

  it('rejects a file without a required column in one error naming the columns found', () => {
    const { issues, rows, stats } = parseTable(
      'payments',
      'payment_id;worker;from;to\np1;w1;2025-01-01;2025-01-31\np2;w1;2025-02-01;2025-02-28\n',
    );
    expect(rows).toEqual([]);
    expect(stats).toMatchObject({ records: 2, rejected: 2 });
    const missing = issues.find((issue) => issue.code === 'missing-column')!;
    expect(missing.message).toContain('worker_id, period_start, period_end');
    expect(missing.message).toContain('"payment_id", "worker", "from", "to"');
    expect(missing.line).toBe(1);
  });

  it('rejects two columns naming the same field (canonical and Norwegian)', () => {
    const { issues, stats } = parseTable('workers', 'worker_id,employer_id,name,navn\nw1,o,A,B\n');
    expect(issues.find((issue) => issue.code === 'duplicate-column')).toMatchObject({ column: 'navn', columnNumber: 4 });
    expect(stats.rejected).toBe(1);
  });

  it('reports NUL and other control characters in a value instead of storing them', () => {
    const { rows, issues } = parseTable('workers', 'worker_id,employer_id,name\nw1,o,Ola\u0000Nordmann\nw\u00012,o,Kari\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBeUndefined();
    expect(issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [2, 'control-character', 'warning'],
      [3, 'control-character', 'error'],
    ]);
  });

  it('never quotes personal values back: names and ids are redacted in issues', () => {
    const { issues } = parseTable('workers', 'worker_id,employer_id,name,national_id\nw1,o,Ola\u0000Nordmann,12345678901\n');
    expect(JSON.stringify(issues)).not.toContain('Nordmann');
    expect(issues[0]!.value).toMatch(/^\[redacted: \d+ characters\]$/);
  });

  it('splits records right whatever the line ends (LF, CRLF, lone CR, mixed)', () => {
    const csv = 'worker_id,employer_id,name\r\nw1,o\nw2,o\rw3,o\r\nw4,o,"Ola\nNordmann"\nw5,o\n';
    const { rows } = parseTable('workers', csv);
    expect(rows.map((r) => [r.workerId, r.provenance.line])).toEqual([
      ['w1', 2],
      ['w2', 3],
      ['w3', 4],
      ['w4', 5],
      ['w5', 7],
    ]);
    expect(rows[3]!.name).toBe('Ola\nNordmann');
  });

  it('reports an empty file and a file with only a header differently', () => {
    expect(codes(parseTable('workers', '').issues)).toEqual(['empty-file']);
    expect(codes(parseTable('workers', '\n\n  \n').issues)).toEqual(['empty-file']);
    expect(parseTable('workers', WORKERS)).toMatchObject({ issues: [], rows: [], stats: { records: 0 } });
  });

  it('reports a file that is not CSV at all (binary, JSON) as a missing-column error', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0]);
    const binary = parseTable('workers', png);
    expect(codes(binary.issues)).toContain('missing-column');
    const json = parseTable('workers', '{"workers": [{"worker_id": "w1"}]}');
    expect(json.rows).toEqual([]);
    expect(json.issues.some((issue) => issue.severity === 'error')).toBe(true);
  });

  it('rejects a field over the size limit and goes on with the next record', () => {
    const huge = 'x'.repeat(2_000_000);
    const { rows, issues, stats } = parseTable('workers', `${WORKERS}w1,"${huge}"\nw2,o\n`);
    expect(rows.map((r) => r.workerId)).toEqual(['w2']);
    expect(codes(issues)).toEqual(['csv-max-record-size']);
    expect(stats.records).toBe(stats.accepted + stats.rejected);
  });

  it('refuses more columns than the limit', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const { issues, rows } = parseTable('workers', `${wide}\nw1,o\n`);
    expect(rows).toEqual([]);
    expect(issues[0]).toMatchObject({ line: 1, code: 'too-many-columns' });
  });

  it('bounds the work on a file full of stray quotes', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `w${i},"o`).join('\n');
    const started = performance.now();
    const { issues, stats } = parseTable('workers', `${WORKERS}${lines}\n`, { maxStructuralErrors: 20 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(issues.at(-1)).toMatchObject({ code: 'too-many-csv-errors' });
    expect(stats.records).toBe(5000);
    expect(stats.rejected).toBe(5000);
  });

  it('decodes UTF-16 with a BOM (Excel "Unicode text") and without one', () => {
    const text = 'worker_id\temployer_id\tname\nw1\to\tSørli\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + i * 2] = text.charCodeAt(i);
    expect(parseTable('workers', le).rows[0]).toMatchObject({ name: 'Sørli' });
    expect(parseTable('workers', le.subarray(2)).rows[0]).toMatchObject({ name: 'Sørli' });
  });

  it('removes a byte-order mark in the middle of a value with a warning (files joined together)', () => {
    const { rows, issues } = parseTable('workers', `${WORKERS}w1,o\n\uFEFFw2,o\n`);
    expect(rows.map((r) => r.workerId)).toEqual(['w1', 'w2']);
    expect(issues).toMatchObject([{ line: 3, code: 'stray-bom', severity: 'warning' }]);
  });

  it('fails loudly, naming byte and line, when bytes said to be UTF-8 are not', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('worker_id,employer_id\nw1,o\nw2,'), 0xf8, 0x0a]);
    expect(() => parseTable('workers', bytes, { encoding: 'utf-8' })).toThrow(IngestError);
    expect(() => parseTable('workers', bytes, { encoding: 'utf-8' })).toThrow(/workers\.csv:3: not valid UTF-8 at byte 30/);
    expect(parseTable('workers', bytes).dialect?.encoding).toBe('windows-1252');
  });

  it('honours maxRows with a clear error and counts the rest as rejected', () => {
    const csv = `${WORKERS}${Array.from({ length: 10 }, (_, i) => `w${i},o`).join('\n')}\n`;
    const { rows, issues, stats } = parseTable('workers', csv, { maxRows: 3 });
    expect(rows).toHaveLength(3);
    expect(stats).toMatchObject({ records: 10, accepted: 3, rejected: 7 });
    expect(issues.at(-1)).toMatchObject({ code: 'too-many-rows', severity: 'error' });
  });

  it('validates options once, naming the bad option', () => {
    expect(() => parseTable('workers', WORKERS, { delimiter: '|' as ',' })).toThrow(/delimiter/);
    expect(() => parseTable('workers', WORKERS, { maxFieldBytes: -1 })).toThrow(/maxFieldBytes/);
    expect(() => parseTable('workers', WORKERS, { colour: 'red' } as object)).toThrow(/colour|Unrecognized/);
  });

  it('rejects a later row that repeats a primary key and cites the first one', () => {
    const { dataset, issues, tables } = parseDataset({ workers: `${WORKERS}w1,o\nw1,p\n` });
    expect(dataset.workers).toHaveLength(1);
    expect(issues).toMatchObject([
      { line: 3, code: 'duplicate-key', severity: 'error', message: expect.stringContaining('workers.csv:2') },
    ]);
    expect(tables[0]!.stats).toMatchObject({ records: 2, accepted: 1, rejected: 1 });
  });

  it('rejects 100 000 copies of one key in linear time (a removal per copy was quadratic: 12 s for 80 000)', () => {
    const copies = 100_000;
    const payments = ['payment_id,worker_id,period_start,period_end,gross'];
    for (let i = 0; i < copies; i++) payments.push('p1,w1,2025-01-01,2025-01-31,100');
    const started = performance.now();
    const { dataset, issues, tables } = parseDataset({
      workers: 'worker_id,employer_id\nw1,o1\n',
      payments: payments.join('\n'),
    });
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(dataset.payments).toHaveLength(1);
    const stats = tables.find((table) => table.table === 'payments')!.stats;
    expect(stats).toMatchObject({ records: copies, accepted: 1, rejected: copies - 1 });
    expect(tables.find((table) => table.table === 'payments')!.rows).toHaveLength(1);
    expect(issues.filter((issue) => issue.code === 'duplicate-key')).toHaveLength(101);
  });

  it('requires the workers table and refuses unknown table names', () => {
    const { issues } = parseDataset({ payslips: 'a,b\n1,2\n' });
    expect(codes(issues)).toEqual(['unknown-table', 'missing-table']);
  });
});
