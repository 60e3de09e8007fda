import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, validateNorwegianNationalId } from '../src/index.js';
import { ROOT } from './helpers/paths.js';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('library example does what the README says', () => {
    const { dataset, issues } = parseDataset({
      arbeidstakere: 'Ansattnr;Arbeidsgiver;Navn\nw-1;org-1;Kari Sørli\n',
      payments: [{ payment_id: 'p-1', worker_id: 'w-1', period_start: '01.03.2025', period_end: '31.03.2025', gross: 44000.5 }],
    });
    expect(issues).toEqual([]);
    expect(dataset.payments?.[0]?.grossMinor).toBe(4_400_050);
    expect(validateNorwegianNationalId('55076500559')).toMatchObject({
      valid: true,
      kind: 'no-dnr',
      birthDate: '1965-07-15',
      synthetic: false,
    });
    expect(readme).toContain('gross: 44000.5 }],');
    expect(readme).toContain('// 4400050 (øre; money is never a float)');
  });

  it('the library check example runs as the README says, and agrees with the CLI', async () => {
    const { checkDirectory } = await import('../src/node/index.js');
    const result = await checkDirectory(join(ROOT, 'fixtures', 'mistakes', 'thousands-dot'), { strict: true });
    expect(result.exitCode).toBe(2);
    expect(result.exitReasons[0]).toBe('strict: 1 data warning(s)');
    expect(readme).toContain("await checkDirectory('data/', { strict: true })");
    expect(readme).toContain('--strict --fail-on high --format sarif');
  });

  it('links nothing outside the repository', () => {
    expect(readme).not.toMatch(/\]\(\.\.\//);
    expect(readme).not.toContain('../shared');
  });

  it('quick start names exactly the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start']).toContain('fixtures/example');
    expect(scripts['prepare']).toBeDefined();
  });
});
