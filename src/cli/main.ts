/**
 * The `labour-screen` command (node only). `run()` takes the arguments and streams and returns
 * the exit code, so tests can call it in-process and the bin stays one line.
 * @module
 */
import { stat } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatIngestIssue, IngestError } from '../ingest/issue.js';
import { TimeoutError } from '../screen/deadline.js';
import { datasetJsonSchema, tableJsonSchema } from '../model/json-schema.js';
import { JURISDICTIONS, type Jurisdiction } from '../model/enums.js';
import { TABLE_NAMES, tableForFileName, TABLES } from '../model/tables.js';
import { loadDataset } from '../node/load-dataset.js';
import { summariseDataset, type DatasetSummary } from '../summary/summarise-dataset.js';
import { VERSION } from '../version.js';
import { LANGUAGES, type Language } from '../i18n/messages.js';
import { SEVERITIES } from '../model/enums.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { ruleMarkdown, ruleMetaJson, rulesMarkdownTable } from '../report/rule-docs.js';
import { nearMatches } from '../rules/config.js';
import { DOCUMENTED_RULES } from '../report/shared.js';
import { check, UsageError, type CheckFlags } from './check.js';
import { ConfigFileError } from './config-file.js';
import { writeTemplates } from './init.js';

/** Where the command writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress lines); default false. */
  readonly stderrIsTty?: boolean;
  /** Environment for `--pseudonymise-key-env`; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Exit codes of the interface contract: 0 fine, 1 findings at or above --fail-on, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  env: process.env,
};

const collect = (value: string, previous: string[] = []) => [...previous, value];
const nonNegativeInteger = (value: string) => {
  if (!/^\d{1,10}$/.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
};
/** @throws UsageError in one line for a path that does not exist. */
async function mustExist(path: string): Promise<void> {
  if (
    !(await stat(path).then(
      () => true,
      () => false,
    ))
  )
    throw new UsageError(`no such file or directory: ${path}`);
}
const positiveInteger = (value: string) => {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new InvalidArgumentError('Expected a positive whole number.');
  return Number(value);
};

/**
 * @summary Run the CLI with `argv` (without `node` and the script) and return the exit code.
 * @example
 * await run(['validate', 'fixtures/example']) //=> 0
 */
export async function run(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('labour-screen')
    .description(
      'Screen payroll, timesheet, contract and inspection data for signs of social dumping, work crime and forced labour.',
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('validate')
    .description('read a dataset, check it against the data contract, and summarise what was read (no screening)')
    .argument('<dir-or-files...>', 'data directories or <table>.csv / .json files')
    .addOption(new Option('--jurisdiction <code>', 'default currency and rules').choices(JURISDICTIONS).default('NO'))
    .addOption(
      new Option('--encoding <name>', 'text encoding of CSV files').choices(['auto', 'utf-8', 'windows-1252']).default('auto'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--strict', 'exit 2 when any data warning occurs (the recommended CI setting)')
    .option('--max-warnings <n>', 'exit 2 when there are more data warnings than this', nonNegativeInteger)
    .action(
      async (
        paths: string[],
        options: {
          jurisdiction: Jurisdiction;
          encoding: 'auto' | 'utf-8' | 'windows-1252';
          format: 'text' | 'json';
          strict?: boolean;
          maxWarnings?: number;
        },
      ) => {
        for (const path of paths) await mustExist(path);
        const result = await loadDataset(paths, { jurisdiction: options.jurisdiction, encoding: options.encoding });
        const summary = summariseDataset(result);
        if (options.format === 'json') {
          io.stdout(
            `${JSON.stringify({ tool: { name: 'labour-screen', version: VERSION }, summary, ingestIssues: result.issues }, null, 2)}\n`,
          );
        } else {
          for (const issue of result.issues) io.stderr(`${formatIngestIssue(issue)}\n`);
          io.stdout(formatSummary(summary));
        }
        const tooManyWarnings =
          (options.strict === true && result.warningCount > 0) ||
          (options.maxWarnings !== undefined && result.warningCount > options.maxWarnings);
        if (tooManyWarnings && options.format === 'text')
          io.stderr(`labour-screen validate: ${result.warningCount} data warning(s); exit 2 (--strict or --max-warnings)\n`);
        exitCode = result.errorCount > 0 || tooManyWarnings ? EXIT.usage : EXIT.ok;
      },
    );

  program
    .command('check')
    .description('screen a dataset and write reports; exit 1 when a finding reaches --fail-on')
    .argument('<dir-or-files...>', 'data directories or <table>.csv / .json files')
    .addOption(
      new Option('--jurisdiction <code>', 'rules and parameters (default NO, or the config file)').choices(JURISDICTIONS),
    )
    .option('--on <date>', 'reference date, as 2025-06-30 or 30.06.2025 (default: the latest activity in the data)')
    .addOption(
      new Option('--format <format>', 'report format; repeat for several, paired with --out in order')
        .choices(REPORT_FORMATS)
        .argParser((value: string, previous: string[] | undefined) => {
          if (!(REPORT_FORMATS as readonly string[]).includes(value))
            throw new InvalidArgumentError(`Allowed choices are ${REPORT_FORMATS.join(', ')}.`);
          return collect(value, previous);
        }),
    )
    .option('--out <file>', 'file for the --format at the same position (default: standard output)', collect)
    .addOption(new Option('--lang <lang>', 'language of the reports').choices(LANGUAGES))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this (default high)').choices(SEVERITIES))
    .option('--config <file>', 'configuration file (default: labour-screen.config.json in the data directory)')
    .option('--pseudonymise-key-env <var>', 'replace personal data with HMAC tokens keyed by this environment variable')
    .option(
      '--sarif-base <dir>',
      'directory SARIF artifact URIs are relative to, e.g. the repository root (default: the working directory)',
    )
    .addOption(
      new Option('--encoding <name>', 'text encoding of CSV files').choices(['auto', 'utf-8', 'windows-1252']).default('auto'),
    )
    .option('--timeout-ms <ms>', 'stop with exit code 2 when reading and screening take longer than this', positiveInteger)
    .option('--max-rows <n>', 'most data rows read from one file; more is an error', positiveInteger)
    .option(
      '--strict',
      'exit 2 when any data warning occurs or any rule left input it could not judge (the recommended CI setting)',
    )
    .option('--max-warnings <n>', 'exit 2 when there are more data warnings than this', nonNegativeInteger)
    .option(
      '--stream',
      'for data too large to hold: read CSV in chunks, keep time entries, payments, deductions and contracts as columns (bound the heap too: NODE_OPTIONS=--max-old-space-size=512)',
    )
    .action(
      async (paths: string[], options: Omit<CheckFlags, 'format' | 'out'> & { format?: ReportFormat[]; out?: string[] }) => {
        exitCode = await check(
          paths,
          { ...options, format: options.format ?? [], out: options.out ?? [] },
          {
            stdout: io.stdout,
            stderr: io.stderr,
            stderrIsTty: io.stderrIsTty ?? false,
            env: io.env ?? {},
          },
        );
      },
    );

  program
    .command('rules')
    .description('list the rules with their meta')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .addOption(new Option('--lang <lang>', 'language').choices(LANGUAGES).default('en'))
    .action((options: { format: 'md' | 'json'; lang: Language }) => {
      io.stdout(
        options.format === 'json'
          ? `${JSON.stringify(DOCUMENTED_RULES.map(ruleMetaJson), null, 2)}\n`
          : rulesMarkdownTable(DOCUMENTED_RULES, options.lang),
      );
    });

  program
    .command('explain')
    .description('what a rule checks, why, its legal and ILO basis, options and next steps')
    .argument('<rule-id>', 'e.g. no/minimum-wage')
    .addOption(new Option('--lang <lang>', 'language').choices(LANGUAGES).default('en'))
    .action((ruleId: string, options: { lang: Language }) => {
      const rule = DOCUMENTED_RULES.find((r) => r.meta.id === ruleId);
      if (!rule) {
        const near = nearMatches(
          ruleId,
          DOCUMENTED_RULES.map((r) => r.meta.id),
        );
        io.stderr(`labour-screen explain: unknown rule "${ruleId}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}\n`);
        exitCode = EXIT.usage;
        return;
      }
      io.stdout(ruleMarkdown(rule, options.lang));
    });

  program
    .command('init')
    .description('write template CSV files (headers and one example row per table)')
    .argument('[dir]', 'directory to write into', '.')
    .action(async (dir: string) => {
      const { written, existing } = await writeTemplates(dir);
      if (existing.length > 0) {
        io.stderr(`labour-screen init: not overwriting ${existing.join(', ')}\n`);
        exitCode = EXIT.usage;
        return;
      }
      io.stdout(`Wrote ${written.length} template files to ${dir}: ${written.map((p) => p.split(/[\\/]/).pop()).join(', ')}\n`);
    });

  program
    .command('schema')
    .description('print the data contract as JSON Schema (from the zod models)')
    .argument('[table]', `one table: ${TABLE_NAMES.map((name) => TABLES[name].fileName).join(', ')}`)
    .action((tableName: string | undefined) => {
      if (tableName === undefined) {
        io.stdout(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
        return;
      }
      const table = tableForFileName(tableName);
      if (!table) {
        io.stderr(
          `labour-screen schema: unknown table "${tableName}"; tables are ${TABLE_NAMES.map((name) => TABLES[name].fileName).join(', ')}\n`,
        );
        exitCode = EXIT.usage;
        return;
      }
      io.stdout(`${JSON.stringify(tableJsonSchema(table), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof ConfigFileError) {
      io.stderr(`labour-screen: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof TimeoutError) {
      io.stderr(`labour-screen: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof IngestError) {
      io.stderr(`${formatIngestIssue(error.issue)}\n`);
      return EXIT.usage;
    }
    const failure = error as NodeJS.ErrnoException;
    if (failure.code === 'ENOENT' || failure.code === 'EACCES' || failure.code === 'EISDIR' || failure.code === 'ENOTDIR') {
      // One line, without the system call's jargon: "no such file or directory: data/x.csv".
      const what = {
        ENOENT: 'no such file or directory',
        EACCES: 'permission denied',
        EISDIR: 'is a directory',
        ENOTDIR: 'not a directory',
      }[failure.code];
      io.stderr(`labour-screen: ${what}: ${failure.path ?? failure.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}

/** The text summary: counts only, never names or identifiers. */
export function formatSummary(summary: DatasetSummary): string {
  const lines = [
    `Read ${summary.records} rows: ${summary.accepted} accepted, ${summary.rejected} rejected.`,
    `Workers: ${summary.workers} across ${summary.employers} employer(s).`,
    summary.period
      ? `Period covered: ${summary.period.from} to ${summary.period.to}.`
      : 'Period covered: no payments or time entries.',
    'Rows per table:',
    ...Object.entries(summary.rows).map(([table, count]) => `  ${table.padEnd(14)} ${count}`),
    `Issues: ${summary.issues.error} error(s), ${summary.issues.warning} warning(s), ${summary.issues.info} note(s).`,
    'This checks the data against the data contract only; it is not a screening.',
  ];
  return `${lines.join('\n')}\n`;
}
