import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** The built CLI. Tests of the published shape build once when dist/ is missing (CI builds first). */
export const BIN = join(ROOT, 'dist', 'cli', 'bin.js');

export function ensureBuilt(): void {
  if (!existsSync(BIN) || !existsSync(join(ROOT, 'dist', 'index.cjs'))) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
}
