import { describe, expect } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parseDataset } from '../../src/ingest/index.js';
import { dialectArb, paymentArb, timeEntryArb, uniqueBy, workerArb, writeTable } from '../helpers/dataset-arbitraries.js';

const strip = (rows: readonly { provenance: unknown }[] | undefined) => (rows ?? []).map(({ provenance: _p, ...rest }) => rest);

describe('round trip: typed rows → CSV in any dialect → typed rows', () => {
  propTest.prop(
    [
      fc.array(workerArb, { minLength: 1, maxLength: 15 }),
      fc.array(paymentArb, { maxLength: 15 }),
      fc.array(timeEntryArb, { maxLength: 15 }),
      dialectArb,
    ],
    { numRuns: 150 },
  )('parseDataset reads back exactly what was written', (workersIn, paymentsIn, timeEntriesIn, dialect) => {
    const workers = uniqueBy(workersIn, (w) => w.workerId);
    const payments = uniqueBy(paymentsIn, (p) => p.paymentId).map((p) => ({ ...p, workerId: workers[0]!.workerId }));
    const timeEntries = timeEntriesIn.map((t) => ({ ...t, workerId: workers[0]!.workerId }));
    const jurisdictionCurrency = { currency: 'NOK' as const };
    const { dataset, issues, tables } = parseDataset(
      {
        workers: writeTable('workers', workers, dialect),
        payments: writeTable('payments', payments, dialect),
        time_entries: writeTable('timeEntries', timeEntries, dialect),
      },
      { decimalSeparator: dialect.decimal, ...jurisdictionCurrency },
    );
    expect(issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(strip(dataset.workers)).toEqual(workers);
    expect(strip(dataset.payments)).toEqual(payments);
    expect(strip(dataset.timeEntries)).toEqual(timeEntries);
    for (const table of tables) expect(table.stats).toMatchObject({ rejected: 0, accepted: table.stats.records });
  });
});

describe('conservation: rows in = rows accepted + rows rejected, whatever is corrupted', () => {
  const garbage = fc.constantFrom('', 'x', '31.02.2025', '"', '1,2,3', '\u0000', 'kr abc', '-', '9'.repeat(40), '__proto__');
  propTest.prop(
    [
      fc.array(paymentArb, { minLength: 1, maxLength: 30 }),
      dialectArb,
      fc.array(fc.tuple(fc.nat(), fc.nat(), garbage), { maxLength: 20 }),
    ],
    { numRuns: 150 },
  )('every data line becomes a row or an error issue on that line', (paymentsIn, dialect, corruptions) => {
    const payments = uniqueBy(paymentsIn, (p) => p.paymentId);
    const csv = new TextDecoder('windows-1252').decode(
      writeTable('payments', payments, { ...dialect, encoding: 'windows-1252' }),
    );
    const lines = csv.split(dialect.lineEnd);
    // Corrupt whole cells of single-line records only, so the count of records stays known.
    for (const [lineIndex, cellIndex, value] of corruptions) {
      const target = 1 + (lineIndex % payments.length);
      if (lines[target]!.includes('"')) continue;
      const cells = lines[target]!.split(dialect.delimiter);
      cells[cellIndex % cells.length] = value;
      lines[target] = cells.join(dialect.delimiter);
    }
    const singleLine = lines.slice(1, payments.length + 1).every((line) => (line.match(/"/g)?.length ?? 0) % 2 === 0);
    fc.pre(singleLine && lines.length === payments.length + 2);
    const result = parseDataset(
      { workers: 'worker_id,employer_id\n', payments: lines.join(dialect.lineEnd) },
      { delimiter: dialect.delimiter, decimalSeparator: dialect.decimal },
    );
    const stats = result.tables.find((t) => t.table === 'payments')!.stats;
    expect(stats.accepted + stats.rejected).toBe(stats.records);
    expect(stats.records + stats.blank).toBe(payments.length);
    expect(result.dataset.payments!.length).toBe(stats.accepted);
    const rowLines = new Set(result.dataset.payments!.map((row) => row.provenance.line));
    const errorLines = new Set(
      result.issues.filter((i) => i.severity === 'error' && i.source === 'payments.csv').map((i) => i.line),
    );
    for (let line = 2; line <= payments.length + 1; line++) {
      const blank = lines[line - 1]!.split(dialect.delimiter).every((cell) => cell.trim() === '');
      if (!blank) expect(rowLines.has(line) || errorLines.has(line), `line ${line}`).toBe(true);
    }
  });
});
