import * as z from 'zod';
import { ChainLevelSchema, EmployerLevelSchema, WorkerLevelSchema } from '../assess/levels.js';
import { IngestIssueSchema } from '../ingest/issue.js';
import { JURISDICTIONS, SEVERITIES, TIERS } from '../model/enums.js';
import { FindingSchema } from '../rules/finding.js';
import { RuleCoverageSchema } from '../screen/coverage.js';
import { LANGUAGES } from '../i18n/messages.js';

/** Version of the JSON report layout; a breaking change raises it. */
export const REPORT_SCHEMA_VERSION = '1';

const countsBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int().nonnegative()])) as Record<T[number], z.ZodNumber>);

/** The JSON report: a {@link Screening} serialised (the `--format json` contract). */
export const ReportSchema = z.object({
  tool: z.object({ name: z.literal('labour-screen'), version: z.string() }),
  /** The language of the report's texts (finding messages, reasons, notes). */
  lang: z.enum(LANGUAGES),
  jurisdiction: z.enum(JURISDICTIONS),
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  summary: z.object({
    workers: z.number().int().nonnegative(),
    employers: z.number().int().nonnegative(),
    findings: z.number().int().nonnegative(),
    byTier: countsBy(TIERS),
    bySeverity: countsBy(SEVERITIES),
  }),
  findings: z.array(FindingSchema),
  workers: z.array(WorkerLevelSchema),
  employers: z.array(EmployerLevelSchema),
  chains: z.array(ChainLevelSchema),
  skipped: z.array(z.object({ ruleId: z.string(), reason: z.string() })),
  coverage: z.array(RuleCoverageSchema),
  screened: z.object({
    sources: z.array(z.object({ source: z.string(), table: z.string(), rows: z.number().int().nonnegative() })),
    tables: z.record(z.string(), z.number().int().nonnegative()),
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
    rulesRun: z.number().int().nonnegative(),
    rulesSkipped: z.number().int().nonnegative(),
    littleJudged: z.array(z.string()),
  }),
  warnings: z.array(z.object({ code: z.enum(['reference-date-before-data', 'data-after-reference-date']), message: z.string() })),
  ingestIssues: z.array(IngestIssueSchema),
});
export type Report = z.infer<typeof ReportSchema>;

/** @summary JSON Schema (draft 2020-12) of the JSON report, generated from {@link ReportSchema}. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ReportSchema, { io: 'output' }),
    title: 'labour-screen JSON report',
    'x-report-version': REPORT_SCHEMA_VERSION,
  } as Record<string, unknown>;
}
