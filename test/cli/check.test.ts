import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../src/cli/main.js';
import { ReportSchema } from '../../src/index.js';
import { BIN, ensureBuilt } from '../helpers/build.js';
import { fixture, ROOT } from '../helpers/paths.js';

function capture(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => (out += t), stderr: (t) => (err += t), env, out: () => out, err: () => err };
}
const temp = () => mkdtempSync(join(tmpdir(), 'labour-screen-'));

describe('labour-screen check (in process)', () => {
  it('exits by --fail-on: 1 at or above the threshold, 0 below it', async () => {
    const high = capture();
    expect(await run(['check', fixture('breaches')], high)).toBe(1);
    expect(high.out()).toContain('5 finding(s) at or above high.');
    expect(high.out()).toContain('no/minimum-wage');
    expect(await run(['check', fixture('breaches'), '--fail-on', 'critical'], capture())).toBe(0);
    expect(await run(['check', fixture('example'), '--fail-on', 'low'], capture())).toBe(0);
  });

  it('--stream writes the same reports as a whole-file read', async () => {
    const dir = temp();
    const args = (name: string) => [
      'check',
      fixture('nordic-case'),
      '--format',
      'sarif',
      '--out',
      join(dir, `${name}.sarif`),
      '--format',
      'json',
      '--out',
      join(dir, `${name}.json`),
    ];
    const whole = capture();
    const streamed = capture();
    const code = await run(args('whole'), whole);
    expect(await run([...args('streamed'), '--stream'], streamed)).toBe(code);
    expect(streamed.out().replaceAll('streamed.', 'whole.')).toBe(whole.out());
    for (const ext of ['sarif', 'json'])
      expect(readFileSync(join(dir, `streamed.${ext}`), 'utf8')).toBe(readFileSync(join(dir, `whole.${ext}`), 'utf8'));
  });

  it('writes several formats in one run; the one without --out goes to stdout and the summary to stderr', async () => {
    const dir = temp();
    const io = capture();
    const code = await run(
      [
        'check',
        fixture('breaches'),
        '--format',
        'sarif',
        '--out',
        join(dir, 'r.sarif'),
        '--format',
        'html',
        '--out',
        join(dir, 'r.html'),
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(ReportSchema.parse(JSON.parse(io.out())).findings).toHaveLength(10);
    expect(io.err()).toContain('Wrote sarif to');
  });

  it('reads labour-screen.config.json from the data directory; flags override it', async () => {
    const dir = temp();
    cpSync(fixture('breaches'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'labour-screen.config.json'),
      JSON.stringify({ failOn: 'critical', rules: { 'no/minimum-wage': 'off' } }),
    );
    const io = capture();
    expect(await run(['check', dir, '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).not.toContain(
      'no/minimum-wage',
    );
    expect(await run(['check', dir, '--fail-on', 'high'], capture())).toBe(1);
  });

  it('a bad configuration is exit 2 naming the file, line and column or the near match', async () => {
    const dir = temp();
    cpSync(fixture('example'), dir, { recursive: true });
    writeFileSync(join(dir, 'labour-screen.config.json'), '{\n  "failOn": "high",\n  "rules": {,}\n}\n');
    const badJson = capture();
    expect(await run(['check', dir], badJson)).toBe(2);
    expect(badJson.err()).toMatch(/labour-screen\.config\.json:3:\d+: not valid JSON/);
    writeFileSync(join(dir, 'labour-screen.config.json'), JSON.stringify({ rules: { 'no/minimum-wages': 'off' } }));
    const unknown = capture();
    expect(await run(['check', dir], unknown)).toBe(2);
    expect(unknown.err()).toContain('no/minimum-wage');
    writeFileSync(join(dir, 'labour-screen.config.json'), JSON.stringify({ failOn: 'severe' }));
    const badValue = capture();
    expect(await run(['check', dir], badValue)).toBe(2);
    expect(badValue.err()).toContain('failOn');
  });

  it('pseudonymises with a key from the environment, and refuses a missing or short key', async () => {
    const io = capture({ LS_KEY: 'a-key-that-is-long-enough-1234' });
    expect(await run(['check', fixture('breaches'), '--format', 'json', '--pseudonymise-key-env', 'LS_KEY'], io)).toBe(1);
    expect(io.out()).not.toContain('"w-101"');
    expect(io.out()).toMatch(/"id": "p-[0-9a-f]{16}"/);
    const missing = capture({});
    expect(await run(['check', fixture('breaches'), '--pseudonymise-key-env', 'LS_KEY'], missing)).toBe(2);
    expect(missing.err()).toContain('LS_KEY');
  });

  it('usage errors are exit 2: an --out without a --format, two formats to stdout, an unknown format', async () => {
    expect(await run(['check', fixture('example'), '--out', 'x.json'], capture())).toBe(2);
    expect(await run(['check', fixture('example'), '--format', 'json', '--format', 'md'], capture())).toBe(2);
    expect(await run(['check', fixture('example'), '--format', 'pdf'], capture())).toBe(2);
  });

  it('--strict and --max-warnings: a warning or an input the rules could not judge is exit 2, with the reason', async () => {
    const dir = fixture('mistakes/thousands-dot');
    expect(await run(['check', dir], capture())).toBe(0);
    const strict = capture();
    expect(await run(['check', dir, '--strict'], strict)).toBe(2);
    expect(strict.out()).toContain('Exit 2: strict: 1 data warning(s).');
    expect(strict.out()).toMatch(
      /Exit 2: strict: 2 input\(s\) the rules could not judge \(no\/minimum-wage, no\/overtime-premium\)/,
    );
    const most = capture();
    expect(await run(['check', dir, '--max-warnings', '0'], most)).toBe(2);
    expect(most.out()).toContain('1 data warning(s), more than --max-warnings 0');
    expect(await run(['check', dir, '--max-warnings', '1'], capture())).toBe(0);
    expect(await run(['check', dir, '--max-warnings', '-1'], capture())).toBe(2);
  });

  it('the summary in Norwegian says what was screened and what could not be judged', async () => {
    const io = capture();
    await run(['check', fixture('mistakes/thousands-dot'), '--lang', 'nb'], io);
    expect(io.out()).toContain('Hva som ble screenet:');
    expect(io.out()).toContain('no/minimum-wage: 0 av 1 lønnsutbetalinger vurdert (1 ingen bruttolønn registrert)');
    expect(io.out()).toContain('Data: 0 feil, 1 advarsel(er).');
    const strict = capture();
    await run(['check', fixture('mistakes/thousands-dot'), '--lang', 'nb', '--strict'], strict);
    expect(strict.out()).toContain('Avslutter med kode 2: strict: 1 advarsel(er) i dataene.');
  });

  it('a missing data path or --out directory is one line and exit 2, before anything is read', async () => {
    const missing = capture();
    expect(await run(['check', fixture('does-not-exist')], missing)).toBe(2);
    expect(missing.err()).toMatch(/^labour-screen: no such file or directory: .*does-not-exist\n$/);
    const out = capture();
    expect(await run(['check', fixture('example'), '--format', 'json', '--out', join(temp(), 'no', 'r.json')], out)).toBe(2);
    expect(out.err()).toMatch(/^labour-screen: no such directory for --out .*r\.json: .*no\n$/);
  });

  it('rules, explain and init', async () => {
    const rules = capture();
    expect(await run(['rules', '--format', 'json'], rules)).toBe(0);
    expect((JSON.parse(rules.out()) as { id: string }[]).map((r) => r.id)).toContain('no/holiday-pay');
    const explain = capture();
    expect(await run(['explain', 'no/holiday-pay', '--lang', 'nb'], explain)).toBe(0);
    expect(explain.out()).toContain('Feriepenger under lovens sats');
    expect(explain.out()).toContain('`fiveWeeks` (boolean, default `false`)');
    const unknown = capture();
    expect(await run(['explain', 'no/holiday'], unknown)).toBe(2);
    expect(unknown.err()).toContain('did you mean no/holiday-pay');
    const dir = join(temp(), 'data');
    expect(await run(['init', dir], capture())).toBe(0);
    // The template rows raise no finding and no level, on the data's own date and years later.
    for (const on of [undefined, '2025-12-31', '2026-06-30', '2027-06-30']) {
      const screened = capture();
      const args = ['check', dir, '--fail-on', 'info', '--format', 'json', ...(on ? ['--on', on] : [])];
      expect(await run(args, screened)).toBe(0);
      // No issue line (`file:line: error:` or `warning:`), and no data error or warning counted.
      expect(screened.err()).not.toMatch(/: (error|warning): /);
      expect(screened.err()).toContain('Data: 0 error(s), 0 warning(s).');
      const report = JSON.parse(screened.out()) as {
        findings: unknown[];
        workers: { level: string }[];
        employers: { level: string }[];
      };
      expect(report.findings).toEqual([]);
      expect(new Set([...report.workers, ...report.employers].map((s) => s.level))).toEqual(new Set(['none']));
    }
    expect(await run(['init', dir], capture())).toBe(2);
  });
});

describe('labour-screen check (built binary, subprocess)', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0, 1 and 2 as the contract says', () => {
    expect(cli('check', 'fixtures/example').status).toBe(0);
    const breaches = cli('check', 'fixtures/breaches', '--fail-on', 'medium');
    expect(breaches.status).toBe(1);
    expect(breaches.stdout).toContain('9 finding(s) at or above medium.');
    const broken = cli('check', 'fixtures/norwegian-excel-export-broken', '--format', 'sarif');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('fixtures/norwegian-excel-export-broken/lønnsutbetalinger.csv:30: error:');
    expect(JSON.parse(broken.stdout).runs[0].invocations[0].executionSuccessful).toBe(false);
  });
});
