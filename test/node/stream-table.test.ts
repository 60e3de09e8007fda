import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { IngestError, parseTable, type RowEvent } from '../../src/ingest/index.js';
import { streamTableFile } from '../../src/node/index.js';
import type { TableName } from '../../src/model/index.js';
import { dialectArb, paymentArb, uniqueBy, writeTable } from '../helpers/dataset-arbitraries.js';
import { fixture } from '../helpers/paths.js';

async function collect<T extends TableName>(stream: AsyncIterable<RowEvent<T>>) {
  const rows: unknown[] = [];
  const issues: unknown[] = [];
  for await (const event of stream) {
    if ('row' in event) rows.push(event.row);
    else issues.push(event.issue);
  }
  return { rows, issues };
}

const dir = mkdtempSync(join(tmpdir(), 'labour-screen-stream-'));

describe('streamTableFile', () => {
  it('gives the same rows, issues and counts as parseTable, in chunks as small as 7 bytes', async () => {
    for (const folder of ['example', 'norwegian-excel-export', 'norwegian-excel-export-broken']) {
      for (const name of readdirSync(fixture(folder)).filter((f) => f.endsWith('.csv'))) {
        const path = fixture(folder, name);
        const table = (
          name.startsWith('l')
            ? 'payments'
            : name.startsWith('arbeid')
              ? 'workers'
              : name.replace('.csv', '').replace('time_entries', 'timeEntries')
        ) as TableName;
        const whole = parseTable(table, new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(path))), {
          source: name,
        });
        for (const chunkBytes of [7, 64, 4096]) {
          const stream = streamTableFile(table, path, { source: name, chunkBytes });
          const streamed = await collect(stream);
          expect(streamed.rows, `${folder}/${name} @${chunkBytes}`).toEqual(whole.rows);
          expect(streamed.issues, `${folder}/${name} @${chunkBytes}`).toEqual(whole.issues);
          expect(stream.stats).toEqual(whole.stats);
        }
      }
    }
  });

  propTest.prop([fc.array(paymentArb, { minLength: 1, maxLength: 20 }), dialectArb, fc.integer({ min: 3, max: 200 })], {
    numRuns: 40,
  })('any dialect, any chunk size: the stream equals the whole-file read', async (paymentsIn, dialect, chunkBytes) => {
    const payments = uniqueBy(paymentsIn, (p) => p.paymentId);
    const path = join(dir, `payments-${chunkBytes}.csv`);
    const bytes = writeTable('payments', payments, dialect);
    writeFileSync(path, bytes);
    const options = { decimalSeparator: dialect.decimal, source: 'payments.csv' } as const;
    const whole = parseTable('payments', bytes, options);
    const streamed = await collect(streamTableFile('payments', path, { ...options, chunkBytes }));
    expect(streamed.rows).toEqual(whole.rows);
    expect(streamed.issues).toEqual(whole.issues);
  });

  it('fails with a clear error when declared UTF-8 turns out not to be', async () => {
    const path = join(dir, 'bad-utf8.csv');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from('worker_id,employer_id\n'),
        Buffer.from('w1,o\n'.repeat(2000)),
        Buffer.from([0x77, 0xf8, 0x2c, 0x6f, 0x0a]),
      ]),
    );
    await expect(collect(streamTableFile('workers', path, { chunkBytes: 1024, encoding: 'utf-8' }))).rejects.toThrow(IngestError);
    await expect(collect(streamTableFile('workers', path, { chunkBytes: 1024, encoding: 'utf-8' }))).rejects.toThrow(
      /near byte 1002[0-9].*windows-1252/,
    );
  });

  it('decides the encoding where the first non-ASCII byte is, as a whole-file read does', async () => {
    const path = join(dir, 'late-1252.csv');
    const bytes = Buffer.concat([
      Buffer.from('worker_id,employer_id,name\n'),
      Buffer.from('w1,o,Ola\n'.repeat(20_000)),
      Buffer.from([0x77, 0x32, 0x2c, 0x6f, 0x2c, 0x53, 0xf8, 0x72, 0x6c, 0x69, 0x0a]),
    ]);
    writeFileSync(path, bytes);
    const streamed = await collect(streamTableFile('workers', path, { chunkBytes: 4096, source: 'w.csv' }));
    const whole = parseTable('workers', new Uint8Array(bytes), { source: 'w.csv' });
    expect(streamed.rows).toEqual(whole.rows);
    expect((streamed.rows.at(-1) as { name: string }).name).toBe('Sørli');
  });

  it('reports an empty file', async () => {
    const path = join(dir, 'empty.csv');
    writeFileSync(path, '');
    expect((await collect(streamTableFile('workers', path))).issues).toMatchObject([{ code: 'empty-file' }]);
  });
});
