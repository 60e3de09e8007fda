import { parseDataset } from '../../src/ingest/index.js';
import { checkProject, screen, type Screening } from '../../src/index.js';
import { loadProject } from '../../src/node/index.js';
import { fixture, ROOT } from './paths.js';

/** The fixture folders, each screened as `check` would (sources cited relative to the repository). */
export const FIXTURES = [
  'example',
  'norwegian-excel-export',
  'norwegian-excel-export-broken',
  'breaches',
  'nordic-case',
  'work-crime-construction-chain',
  'danish-restaurant',
  'domestic-work',
  'begging-or-crime',
  'forced-labour-agriculture',
  'trafficking-hospitality',
  'social-dumping-cleaning',
  'compliant-construction',
  'lawful-aquaculture',
] as const;

/** A fixture screened exactly as `labour-screen check` screens it (its configuration file included). */
export async function screenFixture(name: (typeof FIXTURES)[number], cwd = ROOT): Promise<Screening> {
  const project = await loadProject(fixture(name), { cwd });
  return checkProject(project.read, project.config).screening;
}

/** A screening whose identifiers and values are hostile: markup, formulas, quotes, control characters. */
export function hostileScreening(workerId = '<script>alert(1)</script>'): Screening {
  const quoted = `"${workerId.replace(/"/g, '""')}"`;
  const { dataset } = parseDataset({
    workers: `worker_id,employer_id,name,posted,posting_country,a1_certificate\n${quoted},"=HYPERLINK(""http://x"")|&<b>",<img src=x onerror=alert(1)>,yes,PL,no\n`,
    contracts: `contract_id,worker_id,employer_id,written,start_date,currency\n"c-1 ]]> & </failure>",${quoted},org,no,2025-01-01,NOK\n`,
  });
  return screen(dataset, { on: '2025-06-30' });
}
