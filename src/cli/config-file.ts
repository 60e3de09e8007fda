import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { LANGUAGES } from '../i18n/messages.js';
import { JURISDICTIONS, SEVERITIES } from '../model/enums.js';
import { isIsoDate } from '../dates/iso-date.js';
import { RulesConfigSchema } from '../rules/config.js';
import { CONFIG_FILE_NAME } from '../node/files.js';

/** `labour-screen.config.json`: what a data directory says about its own screening. Flags override it. */
export const ConfigFileSchema = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS).optional(),
    on: z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD').optional(),
    failOn: z.enum(SEVERITIES).optional(),
    lang: z.enum(LANGUAGES).optional(),
    rules: RulesConfigSchema.optional(),
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
 * @summary Read the configuration: the file given, else `labour-screen.config.json` in the first
 * data directory, else none.
 * @throws ConfigFileError naming file:line:column for bad JSON, and the key path for bad values
 */
export async function readConfigFile(
  explicit: string | undefined,
  paths: readonly string[],
): Promise<{ path?: string; config: ConfigFile }> {
  let path = explicit;
  if (path === undefined) {
    for (const candidate of paths) {
      const info = await stat(candidate).catch(() => undefined);
      if (!info?.isDirectory()) continue;
      const file = join(candidate, CONFIG_FILE_NAME);
      if (
        await stat(file)
          .then((s) => s.isFile())
          .catch(() => false)
      )
        path = file;
      break;
    }
  }
  if (path === undefined) return { config: {} };
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = offset === undefined ? '' : (({ line, column }) => `:${line}:${column}`)(lineColumn(text, Number(offset)));
    throw new ConfigFileError(`${path}${where}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ConfigFileError(`${path}: ${problems.join('; ')}`);
  }
  return { path, config: parsed.data };
}
