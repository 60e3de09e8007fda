import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parseDataset, parseTable, screen, TimeoutError, type Screening } from '../../src/index.js';
import { run } from '../../src/cli/main.js';
import { fixture } from '../helpers/paths.js';

/**
 * Hostile input: whatever the bytes, reading and screening end, quickly, without touching
 * Object.prototype, and every record is a row or an issue. Each case is bounded in time.
 */
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
function assertUnpolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
}

/** Read and screen as `check` does; the screening may legitimately need a date, so it is given. */
function readAndScreen(tables: Record<string, string | Uint8Array>): { issues: number; screening: Screening } {
  const started = performance.now();
  const { dataset, issues, tables: results } = parseDataset(tables);
  for (const result of results) expect(result.stats.accepted + result.stats.rejected).toBe(result.stats.records);
  for (const result of results)
    if (result.stats.rejected > 0) expect(issues.some((i) => i.source === result.source && i.severity === 'error')).toBe(true);
  const screening = screen(dataset, { on: '2025-12-31', ingestIssues: issues });
  expect(performance.now() - started).toBeLessThan(5_000);
  assertUnpolluted();
  return { issues: issues.length, screening };
}

const FIXTURE_FILES = ['workers.csv', 'payments.csv', 'time_entries.csv', 'observations.csv'].map((name) => ({
  name: name.replace(/\.csv$/, ''),
  bytes: new Uint8Array(readFileSync(join(fixture('nordic-case'), name))),
}));

/** Damage a real file the ways files get damaged: cut, stray quotes, NUL, lone CR, a BOM in the middle, bytes flipped. */
const damage = fc.array(
  fc.tuple(fc.constantFrom('truncate', 'quote', 'nul', 'cr', 'bom', 'flip', 'delete', 'proto'), fc.nat(), fc.nat({ max: 255 })),
  { minLength: 1, maxLength: 8 },
);
function applyDamage(bytes: Uint8Array, steps: readonly (readonly [string, number, number])[]): Uint8Array {
  let out = [...bytes];
  for (const [kind, at, byte] of steps) {
    const i = out.length === 0 ? 0 : at % out.length;
    const insert = (add: number[]) => out.splice(i, 0, ...add);
    if (kind === 'truncate') out = out.slice(0, i);
    if (kind === 'quote') insert([34]);
    if (kind === 'nul') insert([0]);
    if (kind === 'cr') insert([13]);
    if (kind === 'bom') insert([0xef, 0xbb, 0xbf]);
    if (kind === 'flip' && out.length > 0) out[i] = byte;
    if (kind === 'delete') out.splice(i, 1 + (byte % 40));
    if (kind === 'proto') insert([...new TextEncoder().encode(',__proto__,{"polluted":1},constructor.prototype.polluted')]);
  }
  return Uint8Array.from(out);
}

describe('hostile CSV', () => {
  propTest.prop([fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('workers', 'payments', 'time_entries')], { numRuns: 150 })(
    'random bytes: no crash, no hang, no pollution; a clear issue unless the bytes happen to be a table',
    (bytes, table) => {
      const tables: Record<string, Uint8Array> = { workers: new TextEncoder().encode('worker_id,employer_id\nw1,e1\n') };
      tables[table] = bytes;
      try {
        readAndScreen(tables);
      } catch (error) {
        // The one error reading may throw: bytes said to be UTF-8 that are not, naming byte and line.
        expect((error as Error).name).toBe('IngestError');
      }
    },
  );

  propTest.prop([fc.constantFrom(...FIXTURE_FILES), damage], { numRuns: 150 })(
    'a damaged real file: every record a row or an issue, the rest of the dataset still screened',
    (file, steps) => {
      const tables: Record<string, Uint8Array> = {};
      for (const other of FIXTURE_FILES) tables[other.name] = other.bytes;
      tables[file.name] = applyDamage(file.bytes, steps);
      try {
        const { screening } = readAndScreen(tables);
        expect(screening.summary.workers).toBeGreaterThanOrEqual(file.name === 'workers' ? 0 : 1);
      } catch (error) {
        expect((error as Error).name).toBe('IngestError');
      }
    },
  );

  it('a 10 MB field is refused with an issue naming the limit, and reading goes on', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    const { dataset, issues } = parseDataset({ workers: `worker_id,employer_id,name\nw1,e1,${big}\nw2,e1,Ana\n` });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(dataset.workers.map((w) => w.workerId)).toEqual(['w2']);
    expect(issues.some((i) => i.severity === 'error' && /limit/.test(i.message))).toBe(true);
    assertUnpolluted();
  });

  it('10 000 columns are refused with one error, not read cell by cell', () => {
    const header = ['worker_id', 'employer_id', ...Array.from({ length: 9_998 }, (_, i) => `c${i}`)].join(',');
    const started = performance.now();
    const { dataset, issues } = parseDataset({ workers: `${header}\nw1,e1\n` });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(dataset.workers).toEqual([]);
    expect(
      issues
        .filter((i) => i.severity === 'error')
        .map((i) => i.message)
        .join(' '),
    ).toMatch(/more than the limit of 1000/);
  });

  it('__proto__, constructor and prototype as headers and values stay data everywhere, reports included', () => {
    const { screening } = readAndScreen({
      workers:
        'worker_id,employer_id,__proto__,constructor,prototype\n__proto__,constructor,"{""polluted"":1}",x,y\nprototype,__proto__,a,b,c\n',
      payments:
        'payment_id,worker_id,period_start,period_end,gross,method\n__proto__,__proto__,2025-01-01,2025-01-31,100.00,cash\n',
    });
    expect(screening.workers.map((w) => w.id).sort()).toEqual(['__proto__', 'prototype']);
    expect(screening.findings.some((f) => f.subject.id === '__proto__')).toBe(true);
  });

  it('UTF-16 files (with and without BOM) read as text, not as garbage rows', () => {
    const text = 'worker_id,employer_id,name\nw1,e1,Åse Øvrebø\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const { dataset } = parseDataset({ workers: le });
    expect(dataset.workers.map((w) => w.name)).toEqual(['Åse Øvrebø']);
  });
});

describe('resource limits', () => {
  const rows = (n: number) => `worker_id,employer_id\n${Array.from({ length: n }, (_, i) => `w${i},e1`).join('\n')}\n`;

  it('maxRows: the rows over the limit are rejected with one error naming it', () => {
    const { dataset, issues, tables } = parseDataset({ workers: rows(50) }, { maxRows: 10 });
    expect(dataset.workers).toHaveLength(10);
    expect(tables[0]!.stats).toMatchObject({ records: 50, accepted: 10, rejected: 40 });
    expect(issues.find((i) => i.severity === 'error')!.message).toContain('more than the limit of 10; 40 rows rejected');
  });

  it('maxFieldBytes: a field over the limit rejects its record, naming the limit', () => {
    const { dataset, issues } = parseDataset(
      { workers: `worker_id,employer_id,name\nw1,e1,${'n'.repeat(2_000)}\nw2,e1,Ana\n` },
      { maxFieldBytes: 1_000 },
    );
    expect(dataset.workers.map((w) => w.workerId)).toEqual(['w2']);
    expect(issues.some((i) => i.severity === 'error' && i.line === 2)).toBe(true);
  });

  it('timeoutMs: reading and screening stop with a TimeoutError naming the step, never a partial result', () => {
    // A clock that moves 10 ms at every look: the budget runs out at a known step.
    const ticking = () => {
      let t = 0;
      return () => (t += 10);
    };
    expect(() =>
      parseDataset(
        { workers: rows(5), payments: 'payment_id,worker_id,period_start,period_end\n' },
        { timeoutMs: 35, now: ticking() },
      ),
    ).toThrow(new TimeoutError('reading payments.csv', 35));
    expect(() => parseTable('workers', rows(5_000), { timeoutMs: 25, now: ticking() })).toThrow(/while reading workers\.csv/);
    const { dataset } = parseDataset({ workers: rows(5) });
    let error: unknown;
    try {
      screen(dataset, { on: '2025-12-31', timeoutMs: 35, now: ticking() });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).stage).toMatch(/^running rule /);
    expect((error as Error).message).toContain('nothing partial is returned');
    // A generous budget changes nothing.
    expect(JSON.stringify(screen(dataset, { on: '2025-12-31', timeoutMs: 60_000 }))).toBe(
      JSON.stringify(screen(dataset, { on: '2025-12-31' })),
    );
    expect(() => screen(dataset, { on: '2025-12-31', timeoutMs: 0 })).toThrow(TypeError);
  });

  it('the CLI honours --timeout-ms and --max-rows with exit code 2 and a clear message', async () => {
    let err = '';
    const io = { stdout: () => undefined, stderr: (s: string) => void (err += s), env: {} };
    expect(await run(['check', fixture('forced-labour-agriculture'), '--timeout-ms', '1'], io)).toBe(2);
    expect(err).toMatch(/labour-screen: stopped after the time limit of 1 ms, while (reading|running|assessing)/);
    err = '';
    expect(await run(['check', fixture('forced-labour-agriculture'), '--max-rows', '100', '--format', 'json'], io)).toBe(2);
    expect(err).toMatch(/time_entries\.csv.*more than the limit of 100/);
    expect(await run(['check', fixture('example'), '--timeout-ms', 'soon'], io)).toBe(2);
  });
});
