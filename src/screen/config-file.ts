import * as z from 'zod';
import { LANGUAGES } from '../i18n/messages.js';
import { JURISDICTIONS, SEVERITIES } from '../model/enums.js';
import { readDate } from '../ingest/values.js';
import { RulesConfigSchema } from '../rules/config.js';
import { ArrangementConfigSchema } from '../rules/arrangements.js';

/** `labour-screen.config.json`: what a data directory says about its own screening. Flags override it. */
export const ConfigFileSchema = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS).optional(),
    on: z
      .string()
      .refine((text) => readDate(text) !== undefined, 'expected an existing date such as 2025-06-30 or 30.06.2025')
      .transform((text) => readDate(text)!)
      .optional(),
    strict: z.boolean().optional(),
    maxWarnings: z.number().int().min(0).optional(),
    failOn: z.enum(SEVERITIES).optional(),
    lang: z.enum(LANGUAGES).optional(),
    rules: RulesConfigSchema.optional(),
    /** Working-time arrangements for workers whose contracts state none (see `ArrangementConfigSchema`). */
    arrangements: z.array(ArrangementConfigSchema).optional(),
  })
  .strict();
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** A configuration file that cannot be used, with where and why. */
export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * @summary Read the text of a configuration file (no file system: the CLI and the browser
 * playground both use it, so a folder screens the same in both).
 * @throws ConfigFileError naming source:line:column for bad JSON, and the key path for bad values
 */
export function parseConfigText(text: string, source: string): ConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = offset === undefined ? '' : (({ line, column }) => `:${line}:${column}`)(lineColumn(text, Number(offset)));
    throw new ConfigFileError(`${source}${where}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ConfigFileError(`${source}: ${problems.join('; ')}`);
  }
  return parsed.data;
}
