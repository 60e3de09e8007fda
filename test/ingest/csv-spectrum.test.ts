import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRaw } from '../../src/ingest/index.js';
import { HAS_SHARED_TESTDATA, SHARED_TESTDATA } from '../helpers/paths.js';

const dir = join(SHARED_TESTDATA, 'csv-spectrum');
const cases = HAS_SHARED_TESTDATA
  ? readdirSync(join(dir, 'csvs'))
      .map((name) => name.replace(/\.csv$/, ''))
      .sort()
  : [];

describe.skipIf(!HAS_SHARED_TESTDATA)('csv-spectrum conformance (third-party, ../shared/testdata)', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s parses as the reference says', (name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'csvs', `${name}.csv`)));
    const expected = JSON.parse(readFileSync(join(dir, 'json', `${name}.json`), 'utf8')) as Record<string, string>[];
    const raw = parseCsvRaw(bytes, { delimiter: ',' });
    expect(raw.issues).toEqual([]);
    const objects = raw.records.map((record) => Object.fromEntries(raw.header.map((key, i) => [key, record.values[i] ?? ''])));
    expect(objects).toEqual(expected);
  });
});
