import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { BIN, ensureBuilt } from '../helpers/build.js';
import { fixture, ROOT } from '../helpers/paths.js';

function capture(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => (out += t), stderr: (t) => (err += t), out: () => out, err: () => err };
}

describe('labour-screen (in process)', () => {
  it('validate: a clean dataset exits 0 and summarises without personal data', async () => {
    const io = capture();
    expect(await run(['validate', fixture('example')], io)).toBe(0);
    expect(io.out()).toContain('Read 427 rows: 427 accepted, 0 rejected.');
    expect(io.out()).toContain('Workers: 12 across 3 employer(s).');
    expect(io.out()).not.toMatch(/Nowak|Kowalski|\d{11}/);
    expect(io.err()).toBe('');
  });

  it('validate: input errors exit 2 with file:line:column on stderr, and no personal values', async () => {
    const io = capture();
    expect(await run(['validate', fixture('norwegian-excel-export-broken')], io)).toBe(2);
    expect(io.err()).toMatch(/arbeidstakere\.csv:6:1: error: worker_id: a value is required/);
    expect(io.err()).toMatch(/lønnsutbetalinger\.csv:11:5: error: period_end/);
    expect(io.err()).not.toMatch(/Nowak|Kowalski|Sørli/);
  });

  it('validate --format json prints the summary and issues as JSON', async () => {
    const io = capture();
    await run(['validate', '--format', 'json', fixture('norwegian-excel-export-broken')], io);
    const report = JSON.parse(io.out()) as { summary: { rejected: number }; ingestIssues: unknown[] };
    expect(report.summary.rejected).toBe(3);
    expect(report.ingestIssues).toHaveLength(8);
  });

  it('a missing path or a bad option is a usage error (exit 2)', async () => {
    const io = capture();
    expect(await run(['validate', fixture('does-not-exist')], io)).toBe(2);
    expect(io.err()).toContain('no such file or directory');
    expect(await run(['validate', '--encoding', 'latin-9', fixture('example')], capture())).toBe(2);
    expect(await run(['no-such-command'], capture())).toBe(2);
  });

  it('schema prints JSON Schema for the dataset or one table, and refuses an unknown table', async () => {
    const io = capture();
    expect(await run(['schema', 'timelister'], io)).toBe(0);
    const schema = JSON.parse(io.out()) as {
      title: string;
      required: string[];
      properties: Record<string, { 'x-csv-header': string }>;
    };
    expect(schema.title).toBe('timeEntries');
    expect(schema.required).toEqual(['workerId', 'date']);
    expect(schema.properties['breakMinutes']!['x-csv-header']).toBe('break_minutes');
    const all = capture();
    await run(['schema'], all);
    expect(Object.keys((JSON.parse(all.out()) as { properties: object }).properties)).toHaveLength(11);
    expect(await run(['schema', 'payslips'], capture())).toBe(2);
  });
});

describe('labour-screen (built binary, subprocess)', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on the example and 2 on broken input, with file:line on stderr', () => {
    const ok = cli('validate', 'fixtures/example');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('427 accepted');
    const broken = cli('validate', 'fixtures/norwegian-excel-export-broken');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('fixtures/norwegian-excel-export-broken/lønnsutbetalinger.csv:30: error:');
  });

  it('prints its version and help', () => {
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(cli('--help').stdout).toContain('validate');
  });
});
