import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Third-party test material beside the repository (CI has it there too). */
export const SHARED_TESTDATA = join(ROOT, '..', 'shared', 'testdata');
export const HAS_SHARED_TESTDATA = existsSync(SHARED_TESTDATA);
export const fixture = (...parts: string[]) => join(ROOT, 'fixtures', ...parts);
