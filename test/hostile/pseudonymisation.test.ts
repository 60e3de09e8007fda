import { describe, expect, it } from 'vitest';
import { fieldMeta } from '../../src/model/fields.js';
import { TABLES, TABLE_NAMES, type TableName } from '../../src/model/tables.js';
import type { Dataset } from '../../src/model/dataset.js';
import { pseudonymise } from '../../src/index.js';
import { renderReport, REPORT_FORMATS } from '../../src/report/index.js';
import { loadDataset } from '../../src/node/index.js';
import { run } from '../../src/cli/main.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { screenFixture } from '../helpers/screenings.js';

const KEY = 'a test key of thirty-two bytes!!';
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` quotes `value` as a value of its own, not as part of a longer word (`d-1` in `household-1`). */
const quotes = (text: string, value: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, 'u').test(text);
/** Fixtures rich in personal data: names, national ids, accounts, phones, addresses, notes. */
const CASES = [
  'nordic-case',
  'work-crime-construction-chain',
  'trafficking-hospitality',
  'forced-labour-agriculture',
  'domestic-work',
] as const;

/** Every personal value of the input (the columns the model marks personal), with the forms it may take in text. */
function personalValues(dataset: Dataset): Set<string> {
  const values = new Set<string>();
  for (const name of TABLE_NAMES) {
    const shape = TABLES[name as TableName].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>;
    const personal = Object.keys(shape).filter((field) => fieldMeta(shape[field]!)?.personal);
    for (const row of dataset[name] ?? []) {
      for (const field of personal) {
        const value = (row as Record<string, unknown>)[field];
        if (typeof value !== 'string' || value.trim().length < 4) continue;
        values.add(value);
        const digits = value.replace(/\D/g, '');
        if (digits.length >= 8) values.add(digits);
      }
    }
  }
  for (const worker of dataset.workers) values.add(worker.workerId);
  return values;
}

describe.each(CASES)('pseudonymised reports of fixtures/%s', async (name) => {
  const { dataset } = await loadDataset(fixture(name), { cwd: ROOT });
  const screening = await screenFixture(name);
  const hidden = await pseudonymise(screening, KEY);
  const secrets = [...personalValues(dataset)];

  it.each(REPORT_FORMATS)('%s quotes no name, national id, account, phone, address, note or worker id', (format) => {
    const text = renderReport(hidden, format);
    const leaked = secrets.filter((value) => quotes(text, value));
    expect(leaked).toEqual([]);
    // The reports were not emptied to pass: the plain report does quote them.
    if (format === 'json') expect(secrets.some((value) => quotes(renderReport(screening, format), value))).toBe(true);
  });

  it('gives the same tokens under the same key, other tokens under another, and keeps the links', async () => {
    expect(JSON.stringify(await pseudonymise(screening, KEY))).toBe(JSON.stringify(hidden));
    const other = await pseudonymise(screening, 'another key, also long enough');
    expect(other.workers.map((w) => w.id)).not.toEqual(hidden.workers.map((w) => w.id));
    const workerTokens = new Set(hidden.workers.map((w) => w.id));
    for (const finding of hidden.findings.filter((f) => f.subject.kind === 'worker')) {
      expect(workerTokens).toContain(finding.subject.id);
    }
    // Findings about one worker still point at one token: as many workers with findings as before.
    const subjects = (s: typeof screening) =>
      new Set(s.findings.filter((f) => f.subject.kind === 'worker').map((f) => f.subject.id)).size;
    expect(subjects(hidden)).toBe(subjects(screening));
    expect(hidden.findings.map((f) => f.id)).toEqual(screening.findings.map((f) => f.id));
  });
});

describe('the CLI key', () => {
  const capture = () => {
    let out = '';
    let err = '';
    return { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s), out: () => out, err: () => err };
  };

  it('refuses --pseudonymise-key-env naming an empty, missing or short variable', async () => {
    for (const env of [{ KEY: '' }, {}, { KEY: 'short' }]) {
      const io = capture();
      const code = await run(['check', fixture('nordic-case'), '--pseudonymise-key-env', 'KEY', '--format', 'json'], {
        ...io,
        env,
      });
      expect(code).toBe(2);
      expect(io.err()).toContain('environment variable KEY must hold a key of at least 16 characters');
      expect(io.out()).toBe('');
    }
  });

  it('with a key, nothing personal reaches stdout or stderr', async () => {
    const { dataset } = await loadDataset(fixture('nordic-case'), { cwd: ROOT });
    const io = capture();
    const code = await run(['check', fixture('nordic-case'), '--pseudonymise-key-env', 'KEY', '--format', 'json'], {
      ...io,
      env: { KEY },
    });
    expect(code).toBe(1);
    const secrets = [...personalValues(dataset)];
    expect(secrets.filter((value) => quotes(io.out(), value) || quotes(io.err(), value))).toEqual([]);
  });
});
