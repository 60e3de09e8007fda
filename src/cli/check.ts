import { open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatIngestIssue } from '../ingest/issue.js';
import type { Language } from '../i18n/messages.js';
import type { Jurisdiction, Severity } from '../model/enums.js';
import { listDatasetFiles } from '../node/files.js';
import { loadProject } from '../node/project.js';
import { pseudonymise } from '../report/pseudonymise.js';
import { jsonReportPieces, renderReport, type ReportFormat } from '../report/index.js';
import { checkProject, type CheckResult } from '../screen/project.js';
import { formatCheckSummary } from './summary.js';

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
  /** Directory SARIF artifact URIs are relative to (default: the working directory). */
  readonly sarifBase?: string;
  readonly encoding: 'auto' | 'utf-8' | 'windows-1252';
  /** Time budget for reading and screening together, in milliseconds. */
  readonly timeoutMs?: number;
  /** Most data rows per file. */
  readonly maxRows?: number;
  /** Read CSV in chunks and hold time entries, payments, deductions and contracts as columns (same report). */
  readonly stream?: boolean;
  /** Exit 2 on any data warning or any input a rule could not judge. */
  readonly strict?: boolean;
  /** Exit 2 on more data warnings than this. */
  readonly maxWarnings?: number;
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
 * (0 nothing at or above the threshold, 1 findings at or above it, 2 input errors, or `--strict`
 * / `--max-warnings` not met). The same reading and verdict as `checkDirectory` in the library.
 */
export async function check(paths: readonly string[], flags: CheckFlags, io: CheckIo): Promise<number> {
  const outputs = pairOutputs(flags.format, flags.out);
  for (const { out } of outputs) if (out !== undefined) await ensureDirectory(dirname(resolve(out)), out);
  if (
    flags.sarifBase !== undefined &&
    !(await stat(flags.sarifBase).then(
      (info) => info.isDirectory(),
      () => false,
    ))
  )
    throw new UsageError(`no such directory for --sarif-base: ${flags.sarifBase}`);
  for (const path of paths)
    if (
      !(await stat(path).then(
        () => true,
        () => false,
      ))
    )
      throw new UsageError(`no such file or directory: ${path}`);

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
  const project = await loadProject(paths, {
    ...(flags.config !== undefined ? { config: flags.config } : {}),
    ...(flags.jurisdiction !== undefined ? { jurisdiction: flags.jurisdiction } : {}),
    encoding: flags.encoding,
    ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
    ...(flags.maxRows !== undefined ? { maxRows: flags.maxRows } : {}),
    stream: flags.stream === true,
  });
  for (const issue of project.read.issues) io.stderr(`${formatIngestIssue(issue)}\n`);

  let result: CheckResult;
  try {
    result = checkProject(project.read, project.config, {
      ...(flags.jurisdiction !== undefined ? { jurisdiction: flags.jurisdiction } : {}),
      ...(flags.on !== undefined ? { on: flags.on } : {}),
      ...(flags.failOn !== undefined ? { failOn: flags.failOn } : {}),
      ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
      ...(flags.strict !== undefined ? { strict: flags.strict } : {}),
      ...(flags.maxWarnings !== undefined ? { maxWarnings: flags.maxWarnings } : {}),
      // What reading left of the budget (at least 1 ms, so the first check stops the run).
      ...(flags.timeoutMs !== undefined
        ? { timeoutMs: Math.max(1, flags.timeoutMs - (globalThis.performance.now() - started)) }
        : {}),
    });
  } catch (error) {
    // An unknown rule id or bad rule options in the configuration, a bad date, or data without any date.
    if (error instanceof TypeError)
      throw new UsageError(`${project.configPath ? `${project.configPath}: ` : ''}${error.message}`);
    throw error;
  }
  const { lang, failOn } = result.settings;
  let screening = result.screening;
  if (key !== undefined) screening = await pseudonymise(screening, key);

  // Sources are cited relative to the working directory; SARIF relates them to the base.
  const sarifBase = { dir: resolve(flags.sarifBase ?? '.'), cwd: process.cwd() };
  let stdoutUsed = false;
  const written: { format: ReportFormat; out: string }[] = [];
  for (const { format, out } of outputs) {
    // JSON in pieces: a national dataset's report is hundreds of megabytes.
    const pieces =
      format === 'json' ? jsonReportPieces(screening) : [renderReport(screening, format, { lang, failOn, sarifBase })];
    if (out === undefined) {
      for (const piece of pieces) io.stdout(piece);
      stdoutUsed = true;
    } else {
      await writePieces(out, pieces);
      written.push({ format, out });
    }
  }
  const summary = formatCheckSummary({ ...result, screening }, written);
  if (stdoutUsed) io.stderr(summary);
  else io.stdout(summary);
  return result.exitCode;
}

/** @throws UsageError when the directory an output goes into does not exist. */
async function ensureDirectory(dir: string, out: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`no such directory for --out ${out}: ${dir}`);
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
