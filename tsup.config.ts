import { defineConfig } from 'tsup';

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
  },
  {
    // The executable: ESM only, shebang kept.
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: false,
  },
]);
