import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { tokenizeCsv } from '../../src/ingest/csv-tokenizer.js';

type Options = { delimiter: string; recordDelimiter: '\n' | '\r\n'; maxRecordBytes: number };

/** The reference: csv-parse with the reader's options, blank records left out, lines counted as the reader does. */
function reference(text: string, options: Options): { cells: string[]; line: number }[] | 'error' {
  let parsed: string[][];
  try {
    parsed = parse(text, {
      delimiter: options.delimiter,
      record_delimiter: options.recordDelimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: options.maxRecordBytes,
    }) as string[][];
  } catch {
    return 'error';
  }
  const records: { cells: string[]; line: number }[] = [];
  let line = 1;
  for (const cells of parsed) {
    if (!(cells.length === 1 && cells[0] === '')) records.push({ cells, line });
    line++;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
  }
  return records;
}

const plain = (records: readonly { cells: readonly string[]; line: number }[] | undefined) =>
  records?.map(({ cells, line }) => ({ cells: [...cells], line }));

/** Text made of the pieces CSV is tricky about. */
const csvText = (delimiter: string, lineEnd: string) =>
  fc
    .array(
      fc.constantFrom('a', 'bc', 'é', ' ', '"', '""', delimiter, ';', ',', '\t', lineEnd, '\n', '\r', '\r\n', '"x"', 'ø ""y""'),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(''));

/** Well-formed CSV: fields quoted when they must be (and sometimes when not). */
const wellFormed = (delimiter: string, lineEnd: string) =>
  fc
    .array(
      fc.array(
        fc.tuple(fc.string({ unit: fc.constantFrom('a', '1', ' ', 'ø', '"', delimiter, '\n', '-'), maxLength: 6 }), fc.boolean()),
        { minLength: 1, maxLength: 5 },
      ),
      { maxLength: 8 },
    )
    .map((rows) =>
      rows
        .map((row) =>
          row
            .map(([value, quote]) =>
              quote || /["\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value,
            )
            .join(delimiter),
        )
        .join(lineEnd),
    )
    .chain((text) => fc.constantFrom(text, text + lineEnd));

describe('tokenizeCsv agrees with csv-parse', () => {
  for (const delimiter of [',', ';', '\t']) {
    for (const recordDelimiter of ['\n', '\r\n'] as const) {
      const options = { delimiter, recordDelimiter, maxRecordBytes: 1_000_000 };
      const name = `${JSON.stringify(delimiter)} / ${JSON.stringify(recordDelimiter)}`;

      propTest.prop([csvText(delimiter, recordDelimiter)], { numRuns: 400 })(
        `${name}: on any text it reads, the same records and lines`,
        (text) => {
          const fast = tokenizeCsv(text, options);
          if (fast === undefined) return; // left to csv-parse
          expect(plain(fast)).toEqual(reference(text, options));
        },
      );

      propTest.prop([wellFormed(delimiter, recordDelimiter)], { numRuns: 200 })(
        `${name}: reads well-formed CSV itself (no fallback), exactly as csv-parse`,
        (text) => {
          const fast = tokenizeCsv(text, options);
          if (recordDelimiter === '\r\n' && /(?<!\r)\n/.test(text.replace(/"(?:[^"]|"")*"/g, ''))) return;
          expect(fast).toBeDefined();
          expect(plain(fast)).toEqual(reference(text, options));
        },
      );
    }
  }

  it('gives up on what csv-parse rejects or might (stray quotes, text after a closing quote, long records)', () => {
    const options = { delimiter: ',', recordDelimiter: '\n' as const, maxRecordBytes: 30 };
    expect(tokenizeCsv('a,b"c\n', options)).toBeUndefined();
    expect(tokenizeCsv('"a"b,c\n', options)).toBeUndefined();
    expect(tokenizeCsv('"never closed\n1,2\n', options)).toBeUndefined();
    expect(tokenizeCsv(`${'x'.repeat(11)},1\n`, options)).toBeUndefined();
    expect(tokenizeCsv('a,b\n', { ...options, delimiter: '"' })).toBeUndefined();
    expect(tokenizeCsv('a,b\n', { ...options, delimiter: '::' })).toBeUndefined();
  });

  it('reads quoted line breaks, doubled quotes and blank lines with their line numbers', () => {
    const text = 'id,note\n\n1,"two\nlines"\n2,"say ""hi"""\n""\n3,\n';
    const options = { delimiter: ',', recordDelimiter: '\n' as const, maxRecordBytes: 1_000_000 };
    expect(plain(tokenizeCsv(text, options))).toEqual([
      { cells: ['id', 'note'], line: 1 },
      { cells: ['1', 'two\nlines'], line: 3 },
      { cells: ['2', 'say "hi"'], line: 5 },
      { cells: ['3', ''], line: 7 },
    ]);
    expect(plain(tokenizeCsv(text, options))).toEqual(reference(text, options));
  });
});
