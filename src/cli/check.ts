import { open, stat } from 'node:fs/promises';
import { formatIngestIssue } from '../ingest/issue.js';
import type { Language } from '../i18n/messages.js';
import { SEVERITIES, type Jurisdiction, type Severity } from '../model/enums.js';
import { listDatasetFiles } from '../node/files.js';
import { loadDataset } from '../node/load-dataset.js';
import { pseudonymise } from '../report/pseudonymise.js';
import { jsonReportPieces, renderReport, type ReportFormat } from '../report/index.js';
import { fails } from '../report/shared.js';
import { screen, type Screening } from '../screen/screen.js';
import { VERSION } from '../version.js';
import { readConfigFile } from './config-file.js';

/** Flags of `labour-screen check` as commander hands them over. */
export interface CheckFlags {
  readonly jurisdiction?: Jurisdiction;
  readonly on?: string;
  readonly format: readonly ReportFormat[];
  readonly out: readonly string[];
  readonly lang?: Language;
  readonly failOn?: Severity;
  readonly config?: string;
  readonly pseudonymiseKeyEnv?: string;
  readonly encoding: 'auto' | 'utf-8' | 'windows-1252';
  /** Time budget for reading and screening together, in milliseconds. */
  readonly timeoutMs?: number;
  /** Most data rows per file. */
  readonly maxRows?: number;
  /** Read CSV in chunks and hold time entries, payments, deductions and contracts as columns (same report). */
  readonly stream?: boolean;
}

/** What `check` needs from its surroundings, so tests can run it in process. */
export interface CheckIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress lines go to stderr only when it is a terminal. */
  readonly stderrIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Inputs above this size get progress lines on a terminal. */
const LARGE_INPUT_BYTES = 20 * 1024 * 1024;

/** A usage problem: message on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Pair each --format with the --out at the same position; at most one format may go to stdout. */
export function pairOutputs(formats: readonly ReportFormat[], outs: readonly string[]): { format: ReportFormat; out?: string }[] {
  if (outs.length > formats.length)
    throw new UsageError(`${outs.length} --out but ${formats.length} --format: give a --format for each --out`);
  const pairs = formats.map((format, i) => (outs[i] === undefined ? { format } : { format, out: outs[i]! }));
  if (pairs.filter((pair) => pair.out === undefined).length > 1)
    throw new UsageError('only one --format can go to standard output: give an --out for the others');
  return pairs;
}

/**
 * @summary Run `labour-screen check`: read, screen, write the reports, and return the exit code
 * (0 nothing at or above the threshold, 1 findings at or above it, 2 input errors).
 */
export async function check(paths: readonly string[], flags: CheckFlags, io: CheckIo): Promise<number> {
  const outputs = pairOutputs(flags.format, flags.out);
  const { config, path: configPath } = await readConfigFile(flags.config, paths);
  const jurisdiction = flags.jurisdiction ?? config.jurisdiction ?? 'NO';
  const failOn = flags.failOn ?? config.failOn ?? 'high';
  const lang = flags.lang ?? config.lang ?? 'en';
  const on = flags.on ?? config.on;

  let key: string | undefined;
  if (flags.pseudonymiseKeyEnv !== undefined) {
    key = io.env[flags.pseudonymiseKeyEnv];
    if (!key || key.length < 16)
      throw new UsageError(`environment variable ${flags.pseudonymiseKeyEnv} must hold a key of at least 16 characters`);
  }

  if (io.stderrIsTty) {
    const { files } = await listDatasetFiles(paths);
    const bytes = (await Promise.all(files.map((file) => stat(file.path)))).reduce((sum, info) => sum + info.size, 0);
    if (bytes > LARGE_INPUT_BYTES)
      io.stderr(`labour-screen: reading ${files.length} files (${Math.round(bytes / 1048576)} MB)…\n`);
  }
  const started = globalThis.performance.now();
  const loaded = await loadDataset(paths, {
    jurisdiction,
    encoding: flags.encoding,
    ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
    ...(flags.maxRows !== undefined ? { maxRows: flags.maxRows } : {}),
    stream: flags.stream === true,
  });
  for (const issue of loaded.issues) io.stderr(`${formatIngestIssue(issue)}\n`);
  const inputErrors = loaded.issues.filter((issue) => issue.severity === 'error').length;

  let screening: Screening;
  try {
    screening = screen(loaded.dataset, {
      jurisdiction,
      ...(on !== undefined ? { on } : {}),
      ...(config.rules !== undefined ? { rules: config.rules } : {}),
      ...(config.arrangements !== undefined ? { arrangements: config.arrangements } : {}),
      ingestIssues: loaded.issues,
      // What reading left of the budget (at least 1 ms, so the first check stops the run).
      ...(flags.timeoutMs !== undefined
        ? { timeoutMs: Math.max(1, flags.timeoutMs - (globalThis.performance.now() - started)) }
        : {}),
    });
  } catch (error) {
    // An unknown rule id or bad rule options in the configuration, or data without any date.
    if (error instanceof TypeError) throw new UsageError(`${configPath ? `${configPath}: ` : ''}${error.message}`);
    throw error;
  }
  if (key !== undefined) screening = await pseudonymise(screening, key);

  let stdoutUsed = false;
  for (const { format, out } of outputs) {
    // JSON in pieces: a national dataset's report is hundreds of megabytes.
    const pieces = format === 'json' ? jsonReportPieces(screening) : [renderReport(screening, format, { lang, failOn })];
    if (out === undefined) {
      for (const piece of pieces) io.stdout(piece);
      stdoutUsed = true;
    } else {
      await writePieces(out, pieces);
    }
  }
  const failing = screening.findings.filter((finding) => fails(finding, failOn));
  const summary = formatCheckSummary(screening, failOn, outputs);
  if (stdoutUsed) io.stderr(summary);
  else io.stdout(summary);
  if (inputErrors > 0) {
    io.stderr(`labour-screen: ${inputErrors} input error(s); rows were rejected (see above). Exit 2.\n`);
    return 2;
  }
  return failing.length > 0 ? 1 : 0;
}

/** Writes `pieces` to the file `path` one after another (each waits for the last). */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const piece of pieces) await file.write(piece, null, 'utf8');
  } finally {
    await file.close();
  }
}

/** The summary `check` prints: counts, levels per employer, and the findings at or above the threshold. */
export function formatCheckSummary(
  screening: Screening,
  failOn: Severity,
  outputs: readonly { format: ReportFormat; out?: string }[] = [],
): string {
  const { summary } = screening;
  const counts = [...SEVERITIES]
    .reverse()
    .filter((s) => summary.bySeverity[s] > 0)
    .map((s) => `${summary.bySeverity[s]} ${s}`);
  const lines = [
    `labour-screen ${VERSION} · ${screening.jurisdiction} · reference date ${screening.referenceDate}`,
    `${summary.workers} workers, ${summary.employers} employers, ${summary.findings} findings${counts.length ? `: ${counts.join(', ')}` : ''}.`,
  ];
  for (const employer of screening.employers) {
    const staff = Object.values(employer.workersAffected).reduce((a, b) => a + b, 0);
    if (employer.level !== 'none')
      lines.push(`  ${employer.id}: ${employer.level} (${staff - employer.workersAffected.none} of ${staff} workers affected)`);
  }
  const failing = screening.findings.filter((f) => fails(f, failOn));
  if (failing.length > 0) {
    lines.push(`Findings at or above ${failOn}:`);
    for (const f of failing) {
      const where = f.evidence[0] ? ` ${f.evidence[0].source}:${f.evidence[0].line}` : '';
      lines.push(`  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(27)} ${f.subject.kind} ${f.subject.id}${where}`);
    }
  }
  if (screening.skipped.length > 0) lines.push(`${screening.skipped.length} rule(s) not run (see the report's "skipped").`);
  for (const { format, out } of outputs) if (out !== undefined) lines.push(`Wrote ${format} to ${out}.`);
  lines.push(
    failing.length > 0
      ? `${failing.length} finding(s) at or above ${failOn}. An indicative screening, not a legal determination.`
      : `Nothing at or above ${failOn}. An indicative screening, not a legal determination.`,
  );
  return `${lines.join('\n')}\n`;
}
