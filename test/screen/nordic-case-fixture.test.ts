import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

/** fixtures/nordic-case/README.md, asserted. */
describe('fixtures/nordic-case', async () => {
  const { dataset, issues } = await loadDataset(fixture('nordic-case'), { cwd: ROOT });
  const result = screen(dataset);
  const worker = (id: string) => result.workers.find((w) => w.id === id)!;
  const rulesAbout = (id: string) => [...new Set(result.findings.filter((f) => f.subject.id === id).map((f) => f.ruleId))].sort();

  it('reads cleanly and runs every rule', () => {
    expect(issues).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.referenceDate).toBe('2025-06-20');
  });

  it('puts each worker at the documented level', () => {
    expect(result.workers.map((w) => [w.id, w.level])).toEqual([
      ['w-101', 'none'],
      ['w-201', 'trafficking'],
      ['w-202', 'trafficking'],
      ['w-203', 'trafficking'],
      ['w-204', 'work-crime'],
      ['w-301', 'social-dumping'],
      ['w-302', 'social-dumping'],
      ['w-303', 'social-dumping'],
    ]);
  });

  it('shows the dimensions and the indicators behind a trafficking level', () => {
    const { ilo, reasons } = worker('w-201');
    const positive = Object.entries(ilo.dimensions)
      .filter(([, d]) => d.positive)
      .map(([name]) => name);
    expect(positive).toEqual(['deceptive-recruitment', 'exploitative-conditions-of-work', 'coercion-at-destination']);
    expect(ilo.dimensions['deceptive-recruitment'].indicators.map((i) => [i.indicator, i.strength])).toEqual([
      ['deceived-about-employer', 'strong'],
      ['deceived-about-nature-of-job', 'strong'],
      ['deceived-about-conditions-of-work', 'medium'],
      ['deceived-about-wages', 'medium'],
    ]);
    expect(ilo.dimensions['coercion-at-destination'].indicators.map((i) => i.indicator)).toEqual([
      'debt-bondage',
      'retention-of-identity-documents',
      'withholding-of-wages',
    ]);
    expect(ilo.coercion.map((s) => s.indicator)).toEqual([
      'debt-bondage',
      'retention-of-identity-documents',
      'withholding-of-wages',
    ]);
    expect(reasons[0]).toBe(
      'ILO 2009 combination rule for trafficking holds: positive dimensions deceptive recruitment, exploitative conditions of work, coercion at destination.',
    );
    // Every finding id behind an indicator is one of the worker's findings.
    const ids = new Set(worker('w-201').findings);
    for (const dimension of Object.values(ilo.dimensions))
      for (const hit of dimension.indicators) for (const id of hit.findings) expect(ids.has(id)).toBe(true);
  });

  it('finds the indicators the case is made of', () => {
    expect(rulesAbout('w-201')).toEqual([
      'abusive-living-conditions',
      'debt-bondage',
      'deceptive-recruitment',
      'excessive-deductions',
      'excessive-hours',
      'no/lodging-travel-charged',
      'no/minimum-wage',
      'no/missing-hms-card',
      'no/overtime-premium',
      'no/paid-less-than-worked',
      'no/working-time',
      'overcrowded-housing',
      'retained-documents',
      'unregistered-work',
      'withheld-wages',
    ]);
    expect(rulesAbout('w-202')).toContain('observed-indicator');
    expect(rulesAbout('w-204')).toEqual([
      'abusive-living-conditions',
      'assessment/needs-verification',
      'deceptive-recruitment',
      'excessive-hours',
      'no/lodging-travel-charged',
      'no/minimum-wage',
      'no/overtime-premium',
      'no/working-time',
      'overcrowded-housing',
    ]);
    expect(rulesAbout('org-staff')).toEqual(['assessment/systematic-pattern', 'shell-company', 'unregistered-work']);
    expect(rulesAbout('w-301')).toEqual(['no/minimum-wage']);
    expect(rulesAbout('w-101')).toEqual([]);
    // The main contractor owes the wages of both underpaying suppliers; whether it checked is not
    // recorded, so the findings are info and set no level of its own.
    expect(
      result.findings.filter((f) => f.ruleId === 'no/buyer-duty').map((f) => [f.subject.id, f.severity, f.message.slice(0, 28)]),
    ).toEqual([
      ['org-main', 'info', 'Buys from org-staff, which p'],
      ['org-main', 'info', 'Buys from org-clean, which p'],
    ]);
    expect(result.summary).toMatchObject({
      findings: 79,
      byTier: { 'social-dumping': 40, 'work-crime': 12, 'forced-labour': 27 },
    });
  });

  it('makes w-203 trafficking under Norwegian law, not by the ILO combination, and says which definition', () => {
    const w203 = worker('w-203');
    expect(w203).toMatchObject({ level: 'trafficking', definition: 'no/straffeloven-257' });
    expect(w203.ilo.definitions).toEqual(['no/straffeloven-257', 'icls-2018', 'ilo-2009-dimensions']);
    expect(w203.ilo.definitionsApplied).toContain('no/straffeloven-257');
    expect(w203.reasons[0]).toMatch(
      /^Straffeloven § 257 \(1\) b holds: exploitative conditions of work with coercion at destination positive/,
    );
    const danish = screen(dataset, { jurisdiction: 'DK' }).workers.find((w) => w.id === 'w-203')!;
    expect(danish.definition).not.toBe('no/straffeloven-257');
  });

  it('keeps the merely underpaying employer at social dumping, with its pattern noted', () => {
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([
      ['org-clean', 'social-dumping'],
      ['org-client', 'none'],
      ['org-main', 'none'],
      ['org-recruit', 'none'],
      ['org-staff', 'trafficking'],
    ]);
    expect(result.employers.find((e) => e.id === 'org-staff')!.workersAffected).toEqual({
      none: 0,
      'social-dumping': 0,
      'work-crime': 1,
      'forced-labour': 0,
      trafficking: 3,
    });
    const patterns = result.findings.filter((f) => f.ruleId === 'assessment/systematic-pattern');
    expect(patterns.map((f) => [f.subject.id, f.severity, f.tier])).toEqual([
      ['org-staff', 'critical', 'forced-labour'],
      ['org-clean', 'high', 'social-dumping'],
    ]);
    expect(patterns[1]!.message).toBe(
      'The same breach across the workforce, a pattern rather than an accident: no/minimum-wage (3 of 3).',
    );
  });

  it('shows buyers the worst level in their chain, with the path', () => {
    expect(result.chains).toEqual([
      { root: 'org-client', path: ['org-client', 'org-main', 'org-clean'], level: 'social-dumping', via: 'org-clean' },
      { root: 'org-client', path: ['org-client', 'org-main', 'org-staff'], level: 'trafficking', via: 'org-staff' },
    ]);
  });
});
