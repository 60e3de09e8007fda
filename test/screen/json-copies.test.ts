import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, screen, type Screening } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { JSON_COPIES, datasetJsonText } from '../../scripts/fixtures/json-copy.js';
import { fixture, ROOT } from '../helpers/paths.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(datasetJsonSchema());

/** Screen a folder as `check` would, with the jurisdiction of its config file. */
async function screenFolder(dir: string): Promise<Screening> {
  const { dataset, issues } = await loadDataset(dir, { cwd: ROOT });
  expect(issues).toEqual([]);
  const config = join(dir, 'labour-screen.config.json');
  const jurisdiction = existsSync(config)
    ? (JSON.parse(readFileSync(config, 'utf8')) as { jurisdiction?: 'NO' | 'DK' }).jurisdiction
    : undefined;
  return screen(dataset, jurisdiction ? { jurisdiction } : {});
}

/** What a screening says, without where it read it (file names and lines differ between copies). */
const gist = (result: Screening) => ({
  findings: result.findings.map((f) => [f.ruleId, f.severity, f.subject.kind, f.subject.id, f.period, f.message]).sort(),
  workers: result.workers.map((w) => [w.id, w.level]),
  employers: result.employers.map((e) => [e.id, e.level]),
  skipped: result.skipped,
  referenceDate: result.referenceDate,
});

describe.each(JSON_COPIES)('fixtures/%s/json', (name) => {
  const dir = join(fixture(name), 'json');
  const text = readFileSync(join(dir, 'dataset.json'), 'utf8');

  it('is the CSV dataset, row for row (npm run fixtures:generate)', async () => {
    const { dataset } = await loadDataset(fixture(name), { cwd: ROOT });
    expect(text).toBe(datasetJsonText(dataset));
  });

  it('conforms to the published dataset JSON Schema', () => {
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('screens exactly as the CSV does, citing the JSON lines', async () => {
    const [csv, json] = await Promise.all([screenFolder(fixture(name)), screenFolder(dir)]);
    expect(gist(json)).toEqual(gist(csv));
    const lines = text.split('\n');
    for (const evidence of json.findings.flatMap((f) => f.evidence)) {
      expect(evidence.source).toBe(`fixtures/${name}/json/dataset.json`);
      expect(lines[evidence.line - 1]).toMatch(/^ {4}\{/);
    }
  });
});
