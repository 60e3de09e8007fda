import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { TableName } from '../model/tables.js';
import { fileKind } from '../ingest/parse-files.js';

export { CONFIG_FILE_NAME } from '../ingest/parse-files.js';

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
      if (info.isDirectory() && !(await stat(candidate)).isFile()) continue;
      const kind = fileKind(name);
      if (kind.kind === 'csv' || kind.kind === 'json')
        files.push({ path: candidate, format: kind.kind, table: kind.table } as DatasetFile);
      // In a folder, hidden files and the README are not data: passed over without a word.
      else if (kind.kind === 'skip' && !(info.isDirectory() && (name.startsWith('.') || name.toLowerCase() === 'readme.md')))
        skipped.push({ path: candidate, reason: kind.reason });
    }
  }
  return { files, skipped };
}
