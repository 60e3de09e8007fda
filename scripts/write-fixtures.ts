/**
 * Regenerates the generated fixtures (`npm run fixtures:generate`): `compliant-construction`
 * and `lawful-aquaculture` from their seeds, and the JSON copies of the scenario fixtures from their CSV. A test fails when
 * the committed files differ from what this writes.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../src/node/index.js';
import { FIXTURE_DIR, generateCompliantConstruction } from './fixtures/compliant-construction.js';
import { JSON_COPIES, datasetJsonText } from './fixtures/json-copy.js';
import { AQUACULTURE_DIR, generateLawfulAquaculture } from './fixtures/lawful-aquaculture.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, FIXTURE_DIR);
mkdirSync(dir, { recursive: true });
const files = generateCompliantConstruction();
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${FIXTURE_DIR}`);
const aquaculture = generateLawfulAquaculture();
mkdirSync(join(root, AQUACULTURE_DIR), { recursive: true });
for (const [name, text] of Object.entries(aquaculture)) writeFileSync(join(root, AQUACULTURE_DIR, name), text);
console.log(`wrote ${Object.keys(aquaculture).length} files to ${AQUACULTURE_DIR}`);

for (const name of JSON_COPIES) {
  const source = join(root, 'fixtures', name);
  const { dataset, issues } = await loadDataset(source);
  if (issues.some((issue) => issue.severity !== 'info')) throw new Error(`fixtures/${name} reads with issues`);
  const target = join(source, 'json');
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'dataset.json'), datasetJsonText(dataset));
  const config = join(source, 'labour-screen.config.json');
  if (existsSync(config)) copyFileSync(config, join(target, 'labour-screen.config.json'));
  console.log(`wrote fixtures/${name}/json/dataset.json`);
}
