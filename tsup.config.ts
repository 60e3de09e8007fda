import { defineConfig } from 'tsup';

/**
 * csv-parse and csv-stringify read Node's global Buffer in their default builds; package.json
 * `imports` maps these names to their browser builds under the `browser` condition. Kept
 * external so the consumer's resolver (Node or a browser bundler) picks the right one.
 */
const external = ['#csv-parse-sync', '#csv-stringify-sync'];

export default defineConfig([
  {
    // The library: dual ESM + CJS with types for each.
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'cli/main': 'src/cli/main.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
    external,
  },
  {
    // The executable: ESM only, shebang kept.
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: false,
    external,
  },
]);
