import { describe, expect, it } from 'vitest';
import { formatIngestIssue } from '../../src/ingest/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

const withoutProvenance = <T extends { provenance: unknown }>(rows: readonly T[]) =>
  rows.map(({ provenance: _p, ...rest }) => rest);

describe('fixtures/example', () => {
  it('reads with no issues, and every row is accounted for', async () => {
    const result = await loadDataset(fixture('example'), { cwd: ROOT });
    expect(result.issues).toEqual([]);
    expect(result.dataset.workers).toHaveLength(12);
    expect(result.dataset.payments).toHaveLength(36);
    expect(result.dataset.timeEntries).toHaveLength(252);
    for (const table of result.tables) {
      expect(table.stats.records).toBe(table.stats.accepted + table.stats.rejected);
      expect(table.stats.rejected).toBe(0);
    }
    expect(result.dataset.payments![0]!.provenance).toEqual({ source: 'fixtures/example/payments.csv', line: 2 });
  });
});

describe('fixtures/norwegian-excel-export (Windows-1252, ;, decimal comma, dd.mm.yyyy, Norwegian headers)', () => {
  it('reads with no issues and the same typed rows as the UTF-8 example', async () => {
    const excel = await loadDataset(fixture('norwegian-excel-export'), { cwd: ROOT });
    const example = await loadDataset(fixture('example'), { cwd: ROOT });
    expect(excel.issues).toEqual([]);
    expect(excel.tables.map((t) => t.dialect)).toEqual([
      { delimiter: ';', decimalSeparator: ',', encoding: 'windows-1252' },
      { delimiter: ';', decimalSeparator: ',', encoding: 'windows-1252' },
    ]);
    // Accounts are written dotted in the export; normalising them is the rules' job, so compare digits.
    const digits = (rows: readonly Record<string, unknown>[]) =>
      rows.map((row) => ({
        ...row,
        ...(typeof row['bankAccount'] === 'string' ? { bankAccount: row['bankAccount'].replace(/\./g, '') } : {}),
        ...(typeof row['toAccount'] === 'string' ? { toAccount: row['toAccount'].replace(/\./g, '') } : {}),
      }));
    expect(digits(withoutProvenance(excel.dataset.workers))).toEqual(digits(withoutProvenance(example.dataset.workers)));
    expect(digits(withoutProvenance(excel.dataset.payments!))).toEqual(digits(withoutProvenance(example.dataset.payments!)));
  });

  it('keeps ø from Windows-1252 and kroner to the øre', async () => {
    const { dataset } = await loadDataset(fixture('norwegian-excel-export'), { cwd: ROOT });
    expect(dataset.workers.find((w) => w.workerId === 'w-007')?.name).toBe('Kari Sørli');
    expect(dataset.payments![0]).toMatchObject({
      grossMinor: 4_275_000,
      netMinor: 2_907_000,
      hoursPaid: 150,
      method: 'bank',
      periodEnd: '2025-01-31',
    });
  });
});

describe('fixtures/norwegian-excel-export-broken', () => {
  it('reports file:line:column for each defect and keeps the count of rows true', async () => {
    const result = await loadDataset(fixture('norwegian-excel-export-broken'), { cwd: ROOT });
    const lines = result.issues.map(formatIngestIssue).map((line) => line.replace('fixtures/norwegian-excel-export-broken/', ''));
    expect(lines).toEqual([
      'arbeidstakere.csv:4:6: warning: birth_date: expected a date such as 2025-03-31 or 31.03.2025, found "31.02.1977"; value left out',
      'arbeidstakere.csv:6:1: error: worker_id: a value is required; row rejected',
      'lønnsutbetalinger.csv:2:7: warning: gross: expected an amount such as 1 234,50, found "kr 42 750,00,50"; value left out',
      'lønnsutbetalinger.csv:11:5: error: period_end: expected a date such as 2025-03-31 or 31.03.2025, found "31.13.2025"; row rejected',
      'lønnsutbetalinger.csv:22:13: warning: method: expected one of bank, cash, card, other, found "sjekk"; value left out',
      'lønnsutbetalinger.csv:30: error: unreadable CSV: a quoted field is never closed (a stray " character?); row rejected',
      'lønnsutbetalinger.csv:6: warning: worker_id "w-005" is not in workers; the row is kept, but rules cannot link it',
      'lønnsutbetalinger.csv:18: warning: worker_id "w-005" is not in workers; the row is kept, but rules cannot link it',
    ]);
    const records = result.tables.reduce((n, t) => n + t.stats.records, 0);
    const accepted = result.tables.reduce((n, t) => n + t.stats.accepted, 0);
    const rejected = result.tables.reduce((n, t) => n + t.stats.rejected, 0);
    expect({ records, accepted, rejected }).toEqual({ records: 48, accepted: 45, rejected: 3 });
    expect(result.dataset.payments!.map((p) => p.provenance.line)).toContain(31);
  });
});
