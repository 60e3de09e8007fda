import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('core code is platform-neutral', () => {
  it('imports node: modules only under src/cli and src/node', () => {
    const offenders = filesUnder(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !path.startsWith('src/cli/') && !path.startsWith('src/node/'))
      .filter((path) => /from ['"]node:|require\(['"]node:|\bprocess\.|\bBuffer\./.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('imports the csv libraries through the package imports that pick their browser builds', () => {
    // csv-parse/sync and csv-stringify/sync read Node's global Buffer: a real browser found it.
    const direct = filesUnder(join(ROOT, 'src'))
      .filter((path) => /from ['"]csv-(parse|stringify)/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path));
    expect(direct).toEqual([]);
    const { imports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      imports: Record<string, { browser: string }>;
    };
    expect(imports['#csv-parse-sync']!.browser).toBe('csv-parse/browser/esm/sync');
    expect(imports['#csv-stringify-sync']!.browser).toBe('csv-stringify/browser/esm/sync');
  });
});
