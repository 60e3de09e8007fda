import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfigText, type ConfigFile } from '../screen/config-file.js';
import { CONFIG_FILE_NAME } from '../node/files.js';

export { ConfigFileError, ConfigFileSchema, type ConfigFile } from '../screen/config-file.js';

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
