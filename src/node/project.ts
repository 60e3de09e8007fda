import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfigText, type ConfigFile } from '../screen/config-file.js';
import { checkProject, checkSettings, type CheckOptions, type CheckResult } from '../screen/project.js';
import type { DatasetParseResult } from '../ingest/parse-dataset.js';
import type { DatasetView } from '../model/dataset.js';
import { CONFIG_FILE_NAME } from './files.js';
import { loadDataset, type LoadDatasetOptions } from './load-dataset.js';

/**
 * A data folder (or files) with its configuration, as `labour-screen check` reads it, for
 * programs that embed the screening (ESLint's `loadESLint`/`lintFiles` in spirit).
 * @module
 */

/** Options of {@link loadProject}. */
export interface LoadProjectOptions extends Omit<LoadDatasetOptions, 'jurisdiction'>, Pick<CheckOptions, 'jurisdiction'> {
  /** The configuration file; default `labour-screen.config.json` in the first directory given. */
  readonly config?: string;
}

/** A dataset read with its configuration. */
export interface Project {
  readonly paths: readonly string[];
  readonly config: ConfigFile;
  /** The configuration file read, if any. */
  readonly configPath: string | undefined;
  readonly read: DatasetParseResult<DatasetView>;
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
  return { path, config: parseConfigText(await readFile(path, 'utf8'), path) };
}

/**
 * @summary Find and read a folder's configuration, then its data with the jurisdiction the
 * configuration (or `options`) gives.
 * @example
 * const project = await loadProject('data/')
 * project.read.errorCount // 0
 */
export async function loadProject(paths: string | readonly string[], options: LoadProjectOptions = {}): Promise<Project> {
  const list = typeof paths === 'string' ? [paths] : paths;
  const { config: explicit, jurisdiction, ...load } = options;
  const { config, path } = await readConfigFile(explicit, list);
  const read = await loadDataset(list, {
    ...load,
    jurisdiction: checkSettings(config, jurisdiction !== undefined ? { jurisdiction } : {}).jurisdiction,
  });
  return { paths: list, config, configPath: path, read };
}

/**
 * @summary Do what `labour-screen check` does to a folder: read its configuration and data,
 * screen it, and decide the exit code (`strict`, `maxWarnings` and `failOn` included).
 * @throws TypeError for an invalid rule configuration or reference date
 * @example
 * const { screening, exitCode } = await checkDirectory('data/', { strict: true })
 */
export async function checkDirectory(
  paths: string | readonly string[],
  options: CheckOptions & LoadProjectOptions = {},
): Promise<CheckResult & { readonly project: Project }> {
  const started = globalThis.performance.now();
  const { on, failOn, lang, strict, maxWarnings, rules, arrangements, assessment, ...load } = options;
  void [on, failOn, lang, strict, maxWarnings, rules, arrangements, assessment];
  const project = await loadProject(paths, load);
  // What reading left of the time budget (at least 1 ms, so the first check stops the run).
  const timeoutMs =
    options.timeoutMs === undefined ? undefined : Math.max(1, options.timeoutMs - (globalThis.performance.now() - started));
  return {
    ...checkProject(project.read, project.config, { ...options, ...(timeoutMs !== undefined ? { timeoutMs } : {}) }),
    project,
  };
}
