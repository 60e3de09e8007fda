/**
 * Artifact locations for SARIF, from the sources findings cite, without `node:path`: the reports
 * run in browsers too. SARIF consumers (GitHub code scanning, the SARIF multitool) want a URI
 * relative to a named base (`uriBaseId`), never a bare file-system path.
 * @module
 */

/** The base that relative artifact URIs are resolved against (the checkout, in CI). */
export const SRCROOT = 'SRCROOT';

/** Where sources are resolved from and cited against. */
export interface SarifBase {
  /** Absolute directory the artifact URIs are made relative to (CLI: `--sarif-base`, else the working directory). */
  readonly dir: string;
  /** Absolute directory that relative sources were cited from (default `dir`). */
  readonly cwd?: string;
}

/** An artifact location as SARIF has it. */
export interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

/** `C:\x` or `/x`: a path that does not depend on a working directory. */
export function isAbsolutePath(path: string): boolean {
  return /^(?:[a-zA-Z]:)?[\\/]/.test(path);
}

/** Segments of a path with `.` and `..` resolved; the root (`/` or `C:`) kept apart. */
function segmentsOf(path: string): { root: string; parts: string[] } {
  const unified = path.replace(/\\/g, '/');
  const match = /^([a-zA-Z]:)?\//.exec(unified);
  const root = match ? (match[1] ?? '').toUpperCase() : '';
  const parts: string[] = [];
  for (const part of unified.slice(match ? match[0].length : 0).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return { root, parts };
}

/**
 * @summary `to` relative to the directory `from`, both absolute; `undefined` across drives.
 * @example
 * relativePath('/work/repo', '/work/repo/data/payments.csv') //=> 'data/payments.csv'
 * relativePath('/work/repo', '/work/other/w.csv') //=> '../other/w.csv'
 */
export function relativePath(from: string, to: string): string | undefined {
  const a = segmentsOf(from);
  const b = segmentsOf(to);
  if (a.root !== b.root) return undefined;
  let common = 0;
  while (common < a.parts.length && common < b.parts.length && a.parts[common] === b.parts[common]) common++;
  return [...a.parts.slice(common).map(() => '..'), ...b.parts.slice(common)].join('/');
}

/** Each segment percent-encoded: a URI reference, whatever the file is called. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** @summary An absolute directory as a `file:` URI ending in `/`, as `originalUriBaseIds` needs. */
export function directoryUri(dir: string): string {
  const { root, parts } = segmentsOf(dir);
  const path = encodePath(parts.join('/'));
  return `file:///${root ? `${root}/` : ''}${path}${path ? '/' : ''}`;
}

/**
 * @summary Where a cited source is, for SARIF: relative to {@link SRCROOT} when it can be (a
 * relative source, or an absolute one with a base to relate it to), else an absolute `file:` URI.
 */
export function artifactLocation(source: string, base: SarifBase | undefined): ArtifactLocation {
  const unified = source.replace(/\\/g, '/');
  if (!isAbsolutePath(unified)) {
    if (base === undefined || base.cwd === undefined)
      return { uri: encodePath(segmentsOf(unified).parts.join('/')), uriBaseId: SRCROOT };
    const relative = relativePath(base.dir, `${base.cwd.replace(/\\/g, '/')}/${unified}`);
    if (relative !== undefined) return { uri: encodePath(relative), uriBaseId: SRCROOT };
    return { uri: `${directoryUri(base.cwd)}${encodePath(segmentsOf(unified).parts.join('/'))}` };
  }
  const relative = base === undefined ? undefined : relativePath(base.dir, unified);
  if (relative !== undefined) return { uri: encodePath(relative), uriBaseId: SRCROOT };
  const { root, parts } = segmentsOf(unified);
  return { uri: `file:///${root ? `${root}/` : ''}${encodePath(parts.join('/'))}` };
}
