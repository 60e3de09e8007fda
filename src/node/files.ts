import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { tableForFileName, type TableName } from '../model/tables.js';

/** Name of the optional configuration file in a data directory (read by `check`, not a table). */
export const CONFIG_FILE_NAME = 'labour-screen.config.json';

/** A file the loader will read, and as what. */
export type DatasetFile =
  | { readonly path: string; readonly format: 'csv' | 'json'; readonly table: TableName }
  | { readonly path: string; readonly format: 'json'; readonly table: undefined };

/** What the loader found but will not read, with the reason. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

/**
 * @summary Find the table files among directories and files: `<table>.csv`, `<table>.json`,
 * and JSON documents of several tables (`dataset.json`). Directory listings are sorted so the
 * result never depends on the file system's order.
 */
export async function listDatasetFiles(paths: readonly string[]): Promise<{ files: DatasetFile[]; skipped: SkippedFile[] }> {
  const files: DatasetFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const info = await stat(path);
    const candidates = info.isDirectory() ? (await readdir(path)).sort().map((name) => join(path, name)) : [path];
    for (const candidate of candidates) {
      const name = basename(candidate);
      const extension = extname(name).toLowerCase();
      if (name === CONFIG_FILE_NAME) continue;
      if (info.isDirectory() && !(await stat(candidate)).isFile()) continue;
      const table = tableForFileName(name.slice(0, name.length - extension.length));
      if (extension === '.csv' || extension === '.tsv' || extension === '.txt') {
        if (table) files.push({ path: candidate, format: 'csv', table });
        else skipped.push({ path: candidate, reason: 'the file name names no table of the data contract' });
      } else if (extension === '.json') {
        files.push({ path: candidate, format: 'json', table });
      } else if (!info.isDirectory()) {
        skipped.push({ path: candidate, reason: 'only .csv and .json files are read' });
      } else if (!name.startsWith('.') && name.toLowerCase() !== 'readme.md') {
        skipped.push({ path: candidate, reason: 'only .csv and .json files are read' });
      }
    }
  }
  return { files, skipped };
}
