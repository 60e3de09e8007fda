/**
 * The benchmark: on the same files, in one process, (a) parse-only, csv-parse of every file with
 * the reader's options and the records thrown away, the floor any tool pays, and (b) the full
 * screening: ingest, validation, every rule, the assessment and the JSON report. Median of
 * `--reps` runs each; the last line printed is one JSON object.
 *
 *   npm run bench -- [--workers 20000] [--dir bench/data/20000] [--reps 3] [--stream]
 *
 * Data is generated (bench/generate.ts) into the directory when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parse as parseStream } from 'csv-parse';
import { countRows, jsonReportPieces, screen } from '../src/index.js';
import { loadDataset } from '../src/node/index.js';
import { flags, generate } from './generate.js';

const args = flags(process.argv.slice(2));
const workers = Number(args.get('workers') ?? 20_000);
const dir = args.get('dir') ?? join('bench', 'data', String(workers));
const reps = Number(args.get('reps') ?? 3);
const streaming = args.has('stream');

if (!existsSync(join(dir, 'workers.csv'))) {
  console.log(`generating ${workers} workers into ${dir} …`);
  await generate({ workers, out: dir, weeks: Number(args.get('weeks') ?? 10) });
}
/**
 * Old-generation heap for `--stream` runs (MB). V8 sizes its heap from the machine's memory
 * (4 GB here) and lets garbage grow toward it; bounded memory means telling it the bound.
 */
const STREAM_HEAP_MB = 512;
if (streaming && getHeapStatistics().heap_size_limit > 1024 ** 3) {
  console.log(`--stream: running again with node --max-old-space-size=${STREAM_HEAP_MB}`);
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${STREAM_HEAP_MB}`, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(run.status ?? 1);
}

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.csv'))
  .sort();

const seconds = (since: number) => (performance.now() - since) / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const CSV_PARSE_OPTIONS = { delimiter: ',', relax_column_count: true, skip_empty_lines: false, max_record_size: 1_000_000 };

/** (a) The floor: read and csv-parse every file as the reader does, keep nothing. */
async function parseOnly(): Promise<number> {
  let records = 0;
  for (const name of files) {
    if (streaming) {
      // Streamed as the screening streams: the floor must not hold the files either.
      for await (const record of createReadStream(join(dir, name)).pipe(parseStream(CSV_PARSE_OPTIONS))) {
        void record;
        records++;
      }
      records--;
      continue;
    }
    const text = new TextDecoder('utf-8').decode(readFileSync(join(dir, name)));
    const rows = parse(text, CSV_PARSE_OPTIONS) as unknown[];
    records += rows.length - 1;
  }
  return records;
}

/** (b) The full screening, as `check --format json` does it. */
async function fullScreening(): Promise<{ rows: number; findings: number; reportBytes: number }> {
  const { dataset, issues } = await loadDataset(dir, { stream: streaming });
  const screening = screen(dataset, { ingestIssues: issues });
  // In pieces, as check writes it: at 200 000 workers the report is 469 MB.
  let reportBytes = 0;
  for (const piece of jsonReportPieces(screening)) reportBytes += piece.length;
  const rows = Object.values(countRows(dataset)).reduce((sum, count) => sum + count, 0);
  return { rows, findings: screening.findings.length, reportBytes };
}

const parseTimes: number[] = [];
const screenTimes: number[] = [];
let rows = 0;
let findings = 0;
let reportBytes = 0;
/**
 * A full collection before each timed phase (when node runs with --expose-gc, as `npm run bench`
 * does), so that neither phase pays for the other's garbage: csv-parse leaves a million arrays.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

for (let rep = 0; rep < reps; rep++) {
  collect();
  let started = performance.now();
  rows = await parseOnly();
  parseTimes.push(seconds(started));
  collect();
  started = performance.now();
  const result = await fullScreening();
  screenTimes.push(seconds(started));
  findings = result.findings;
  reportBytes = result.reportBytes;
  if (result.rows !== rows) console.log(`note: ${rows - result.rows} records not in the dataset (rejected rows are issues)`);
  console.log(
    `run ${rep + 1}/${reps}: parse-only ${parseTimes.at(-1)!.toFixed(2)} s, full screening ${screenTimes.at(-1)!.toFixed(2)} s`,
  );
}

const parseSeconds = median(parseTimes);
const screenSeconds = median(screenTimes);
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const summary = {
  rows,
  parseSeconds: Number(parseSeconds.toFixed(3)),
  screenSeconds: Number(screenSeconds.toFixed(3)),
  ratio: Number((screenSeconds / parseSeconds).toFixed(2)),
  rowsPerSecond: Math.round(rows / screenSeconds),
  peakRssMb,
};
console.log(
  `${dir}: ${rows} rows in ${files.length} files, ${findings} findings, JSON report ${Math.round(reportBytes / 1024)} KB${streaming ? ' (streamed: time entries, payments, deductions and contracts held as columns)' : ''}`,
);
console.log(
  `parse-only ${summary.parseSeconds} s · full screening ${summary.screenSeconds} s · ratio ${summary.ratio} · ${summary.rowsPerSecond} rows/s · peak RSS ${peakRssMb} MB (median of ${reps})`,
);
console.log(JSON.stringify(summary));
