/**
 * Builds the playground into one self-contained file, `playground/dist/index.html`: the page, its
 * script, the screening worker (as a string, started from a Blob URL) and a few bundled cases.
 * One file works from file:// and from any static host, and cannot fetch anything.
 * `npm run playground:build`; `npm run playground` also serves it.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const CASES = [
  'nordic-case',
  'work-crime-construction-chain',
  'trafficking-hospitality',
  'social-dumping-cleaning',
  'danish-restaurant',
  'example',
];

const bundle = async (entry: string, banner = '') => {
  const result = await build({
    entryPoints: [join(root, 'playground', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // The package's `imports` then resolve to the csv libraries' browser builds.
    conditions: ['browser'],
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    banner: { js: banner },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
};

const cases: Record<string, { name: string; text: string }[]> = {};
for (const name of CASES) {
  const dir = join(root, 'fixtures', name);
  cases[name] = readdirSync(dir)
    .filter((file) => file.endsWith('.csv') || file === 'labour-screen.config.json')
    .sort()
    .map((file) => ({ name: file, text: readFileSync(join(dir, file), 'utf8') }));
}

const worker = await bundle('worker.ts');
const app = await bundle('app.ts', `var WORKER_SOURCE=${JSON.stringify(worker)};var BUNDLED_CASES=${JSON.stringify(cases)};`);
// An inline script ends at the first "</script", wherever it is: escape it (valid in JS strings).
const inline = app.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
const page = readFileSync(join(root, 'playground', 'index.html'), 'utf8').replace('/*APP*/', () => inline);
mkdirSync(join(root, 'playground', 'dist'), { recursive: true });
writeFileSync(join(root, 'playground', 'dist', 'index.html'), page);
console.log(
  `wrote playground/dist/index.html (${Math.round(page.length / 1024)} KB; worker ${Math.round(worker.length / 1024)} KB)`,
);
