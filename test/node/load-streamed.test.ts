import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latestDate, renderReport, screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { RowStore } from '../../src/store/row-store.js';
import { generate } from '../../bench/generate.js';

const FIXTURES = readdirSync('fixtures', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join('fixtures', entry.name));

const scratch = mkdtempSync(join(tmpdir(), 'labour-screen-streamed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An empty directory under the scratch directory. */
function freshDir(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  return dir;
}

/** Every format the CLI writes, from one screening. */
function reports(...args: Parameters<typeof screen>) {
  const screening = screen(...args);
  return (['json', 'sarif', 'junit', 'md', 'csv', 'html'] as const).map((format) => renderReport(screening, format));
}

describe('loadDataset(paths, { stream: true })', () => {
  it.each(FIXTURES)('%s: columns screen to the same reports as objects, byte for byte', async (dir) => {
    const whole = await loadDataset(dir);
    const streamed = await loadDataset(dir, { stream: true });
    expect(streamed.issues).toEqual(whole.issues);
    expect(streamed.tables.map((t) => [t.source, t.stats, t.dialect])).toEqual(
      whole.tables.map((t) => [t.source, t.stats, t.dialect]),
    );
    for (const table of ['timeEntries', 'payments', 'deductions'] as const) {
      const rows = streamed.dataset[table];
      if (rows === undefined) expect(whole.dataset[table]).toBeUndefined();
      else {
        expect(rows).toBeInstanceOf(RowStore);
        expect([...rows]).toEqual(whole.dataset[table]);
      }
    }
    expect(latestDate(streamed.dataset)).toBe(latestDate(whole.dataset));
    const on = latestDate(whole.dataset) ?? '2025-12-31'; // the registry fixture has no dates
    expect(reports(streamed.dataset, { ingestIssues: streamed.issues, on })).toEqual(
      reports(whole.dataset, { ingestIssues: whole.issues, on }),
    );
  });

  it('at scale (columns turned raw, groups built again after eviction) screens to the same report', async () => {
    // 600 workers: 7 200 payment ids turn their column raw, and more workers than the groups kept.
    const dir = freshDir('bench');
    await generate({ workers: 600, out: dir, weeks: 4, breaches: 0.2 });
    const whole = await loadDataset(dir, { cwd: dir });
    const streamed = await loadDataset(dir, { cwd: dir, stream: true });
    expect(streamed.dataset.payments!.length).toBe(7200);
    expect(streamed.issues).toEqual(whole.issues);
    const [json, sarif] = reports(streamed.dataset, { ingestIssues: streamed.issues });
    const [wholeJson, wholeSarif] = reports(whole.dataset, { ingestIssues: whole.issues });
    expect(JSON.parse(json!).findings.length).toBeGreaterThan(100);
    expect(json).toBe(wholeJson);
    expect(sarif).toBe(wholeSarif);
  });

  it('rejects a repeated payment id from the columns as from objects, citing both lines', async () => {
    const dir = freshDir('duplicates');
    writeFileSync(join(dir, 'workers.csv'), 'worker_id,employer_id\nw1,org1\nw2,org1\n');
    writeFileSync(
      join(dir, 'payments.csv'),
      'payment_id,worker_id,period_start,period_end,gross\np1,w1,2025-03-01,2025-03-31,100.00\np1,w2,2025-03-01,2025-03-31,200.00\np2,w9,2025-04-01,2025-04-30,300.00\n',
    );
    writeFileSync(join(dir, 'deductions.csv'), 'payment_id,worker_id,kind,amount\np1,w1,tax,10.00\np7,w2,tax,5.00\n');
    const whole = await loadDataset(dir, { cwd: dir });
    const streamed = await loadDataset(dir, { cwd: dir, stream: true });
    expect(streamed.issues.map((i) => i.code)).toEqual(['duplicate-key', 'unknown-reference', 'unknown-reference']);
    expect(streamed.issues).toEqual(whole.issues);
    expect([...streamed.dataset.payments!].map((p) => p.paymentId)).toEqual(['p1', 'p2']);
    expect(streamed.tables.find((t) => t.table === 'payments')?.stats).toEqual({
      records: 3,
      accepted: 2,
      rejected: 1,
      blank: 0,
    });
  });

  it('takes JSON documents too, their large tables into the same columns', async () => {
    const dir = freshDir('json');
    copyFileSync('fixtures/example/workers.csv', join(dir, 'workers.csv'));
    writeFileSync(
      join(dir, 'payments.json'),
      JSON.stringify([
        { payment_id: 'p1', worker_id: 'w-001', period_start: '2025-03-01', period_end: '2025-03-31', gross: 44000 },
      ]),
    );
    const whole = await loadDataset(dir);
    const streamed = await loadDataset(dir, { stream: true });
    expect(streamed.dataset.payments).toBeInstanceOf(RowStore);
    expect([...streamed.dataset.payments!]).toEqual(whole.dataset.payments);
    expect(streamed.issues).toEqual(whole.issues);
  });
});
