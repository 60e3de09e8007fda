import { createReadStream } from 'node:fs';
import type { TableName } from '../model/tables.js';
import { decodeByteStream } from '../ingest/decode-stream.js';
import { resolveIngestOptions, type IngestOptions } from '../ingest/options.js';
import { CsvTableReader, type RowEvent } from '../ingest/parse-table.js';
import type { Dialect, TableStats } from '../ingest/table-result.js';

/** Options of {@link streamTableFile}. */
export interface StreamTableOptions extends IngestOptions {
  /** Name cited in provenance (default: the path). */
  readonly source?: string;
  /** Bytes read per step (default 4 MiB). */
  readonly chunkBytes?: number;
}

/**
 * @summary Stream one CSV table file as rows and issues, in bounded memory (node only).
 *
 * @description
 * Reads the file in chunks, decodes them incrementally with the same detection as a whole-file
 * read (`decodeByteStream`) and cuts the text at line ends outside quotes (an even number of `"` so far), so each piece
 * holds whole records and goes through the same reader as `parseTable`. A quote that never
 * closes cannot hold memory hostage: a pending piece larger than four times the field limit is
 * read as it is, and the reader reports the broken record and resumes on the next line.
 * `stats` and `dialect` are complete when the iteration ends.
 *
 * @example
 * const stream = streamTableFile('timeEntries', 'data/time_entries.csv')
 * for await (const event of stream) if ('row' in event) total += event.row.hours ?? 0
 * stream.stats //=> { records, accepted, rejected, blank }
 */
export function streamTableFile<T extends TableName>(
  table: T,
  path: string,
  options: StreamTableOptions = {},
): AsyncIterable<RowEvent<T>> & { readonly stats: TableStats; readonly dialect: Dialect | undefined } {
  const { source = path, chunkBytes = 4 * 1024 * 1024, ...ingestOptions } = options;
  const resolved = resolveIngestOptions(ingestOptions);
  let reader: CsvTableReader<T> | undefined;
  let label = 'ascii';
  const iterable = {
    get stats(): TableStats {
      return reader?.stats ?? { records: 0, accepted: 0, rejected: 0, blank: 0 };
    },
    /** The delimiter, decimal separator and encoding found, once the header has been read. */
    get dialect(): Dialect | undefined {
      // Text that stayed ASCII is UTF-8, as a whole-file read calls it; a later byte may have
      // decided the encoding after the header was read.
      return reader?.dialect && { ...reader.dialect, encoding: label === 'ascii' ? 'utf-8' : label };
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<RowEvent<T>> {
      label = 'ascii';
      reader = new CsvTableReader(table, source, resolved, label);
      const maxPending = Math.max(resolved.maxFieldBytes * 4, chunkBytes * 2);
      let pending = '';
      let nextLine = 1;
      const flush = function* (text: string): Generator<RowEvent<T>> {
        if (!reader || text === '') return;
        reader.encoding = label;
        yield* reader.read(text, nextLine);
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) nextLine++;
      };
      const bytes = (async function* () {
        for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) yield new Uint8Array(chunk as Buffer);
      })();
      for await (const text of decodeByteStream(bytes, resolved.encoding, source, (decided) => (label = decided))) {
        pending += text;
        // Cut after the last LF outside quotes: a CR of a CRLF split across chunks stays pending
        // with its line, and pending always starts outside quotes. A stray quote makes every
        // later line look quoted; past the limit, cut at any line end so memory stays bounded
        // and the reader reports the broken record.
        const cut = lastLineEndOutsideQuotes(pending);
        const at = cut > 0 ? cut : pending.length > maxPending ? pending.lastIndexOf('\n') + 1 || pending.length : 0;
        if (at > 0) {
          const ready = pending.slice(0, at);
          pending = pending.slice(at);
          yield* flush(ready);
        }
      }
      yield* flush(pending);
      yield* reader.finish();
    },
  };
  return iterable;
}

/**
 * The end of the last line that ends outside quotes, or 0. RFC 4180 writes a quote inside a field
 * as `""`, so the count of quotes before a line end is even exactly when it is outside a field.
 */
function lastLineEndOutsideQuotes(text: string): number {
  let quotes = 0;
  let lastSafe = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 34) quotes++;
    else if (quotes % 2 === 0 && (char === 10 || (char === 13 && i + 1 < text.length && text.charCodeAt(i + 1) !== 10))) {
      lastSafe = i + 1; // LF, or a lone CR (old Mac line ends)
    }
  }
  return lastSafe;
}
