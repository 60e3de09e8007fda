import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  ILO_INDICATORS,
  INDICATOR_PROFILES,
  LEVELS,
  assessWorkerIlo,
  compareLevels,
  dimensionPositive,
  type DimensionContribution,
  type Finding,
  type IloIndicator,
  type Level,
  type Severity,
  type Tier,
} from '../../src/index.js';

let counter = 0;
/** A finding about worker w1 for an indicator, with the ILO table's dimensions unless given. */
function finding(
  indicator: IloIndicator,
  options: { severity?: Severity; tier?: Tier; dimensions?: DimensionContribution[] } = {},
): Finding {
  counter++;
  return {
    id: `f${counter}`,
    ruleId: `test/${indicator}`,
    tier: options.tier ?? 'forced-labour',
    severity: options.severity ?? 'high',
    indicator: `ilo:${indicator}`,
    dimensions: options.dimensions ?? [...INDICATOR_PROFILES[indicator].dimensions],
    subject: { kind: 'worker', id: 'w1' },
    period: null,
    message: '',
    evidence: [],
    legalRefs: [],
    nextSteps: [],
  };
}
const deceived = (aspect: string, strength: 'strong' | 'medium' = 'strong') =>
  finding('deception', { dimensions: [{ dimension: 'deceptive-recruitment', strength, aspect }] });

/** The level the ILO rules give, as the assessment sets it (findings alone reach work-crime at most). */
function level(findings: readonly Finding[], child = false): Level {
  const c = assessWorkerIlo(findings, child);
  return c.trafficking ? 'trafficking' : c.forcedLabour ? 'forced-labour' : findings.length > 0 ? 'work-crime' : 'none';
}

describe('the 2009 dimension rule', () => {
  it.each([
    [{ strong: 2, medium: 0, weak: 0 }, true],
    [{ strong: 1, medium: 1, weak: 0 }, true],
    [{ strong: 1, medium: 0, weak: 1 }, true],
    [{ strong: 0, medium: 3, weak: 0 }, true],
    [{ strong: 0, medium: 2, weak: 1 }, true],
    [{ strong: 1, medium: 0, weak: 0 }, false],
    [{ strong: 0, medium: 2, weak: 0 }, false],
    [{ strong: 0, medium: 1, weak: 5 }, false],
    [{ strong: 0, medium: 0, weak: 0 }, false],
  ])('%o is positive: %s', (counts, positive) => expect(dimensionPositive(counts)).toBe(positive));
});

describe('assessWorkerIlo', () => {
  it('one strong indicator alone is not enough: no dimension, no level, but it needs verification', () => {
    const c = assessWorkerIlo([finding('retention-of-identity-documents')], false);
    expect(c.ilo.dimensions['coercion-at-destination']).toMatchObject({
      positive: false,
      indicators: [{ indicator: 'retention-of-identity-documents', strength: 'strong' }],
    });
    expect(c).toMatchObject({ trafficking: false, forcedLabour: false, needsVerification: ['retention-of-identity-documents'] });
    expect(c.ilo.coercion).toEqual([{ indicator: 'retention-of-identity-documents', findings: [expect.any(String)] }]);
  });

  it('the same indicator twice counts once', () => {
    const c = assessWorkerIlo([finding('debt-bondage'), finding('debt-bondage')], false);
    expect(c.ilo.dimensions['coercion-at-destination']).toMatchObject({ positive: false });
    expect(c.ilo.dimensions['coercion-at-destination'].indicators[0]!.findings).toHaveLength(2);
  });

  it('coercion signals alone, even a positive coercion dimension, are not forced labour', () => {
    const c = assessWorkerIlo([finding('retention-of-identity-documents'), finding('debt-bondage')], false);
    expect(c.ilo.dimensions['coercion-at-destination'].positive).toBe(true);
    expect(c.forcedLabour).toBe(false);
  });

  it('involuntariness and coercion together are forced labour (20th ICLS)', () => {
    const c = assessWorkerIlo([finding('excessive-overtime'), finding('withholding-of-wages')], false);
    expect(c).toMatchObject({ forcedLabour: true, trafficking: false });
    expect(c.reasons[0]).toMatch(/^Involuntariness \(excessive overtime\) and coercion \(withholding of wages\)/);
  });

  it('coercion at destination with exploitative conditions is forced labour (2009 dimensions)', () => {
    const findings = [
      finding('physical-and-sexual-violence', { dimensions: [{ dimension: 'coercion-at-destination', strength: 'strong' }] }),
      finding('confinement-or-surveillance'),
      finding('low-or-no-salary'),
      finding('wage-manipulation'),
      finding('no-social-protection'),
    ];
    expect(level(findings)).toBe('forced-labour');
    expect(assessWorkerIlo(findings, false).reasons).toContain(
      'Coercion at destination and exploitative conditions of work both positive (ILO 2009 dimensions).',
    );
  });

  it('trafficking needs a recruitment dimension as well (2009 combination rule)', () => {
    const exploited = [
      finding('retention-of-identity-documents'),
      finding('debt-bondage'),
      finding('excessive-overtime'),
      finding('bad-living-conditions'),
    ];
    expect(level(exploited)).toBe('forced-labour');
    expect(level([...exploited, deceived('deceived-about-employer')])).toBe('forced-labour');
    expect(level([...exploited, deceived('deceived-about-employer'), deceived('deceived-about-wages', 'medium')])).toBe(
      'trafficking',
    );
  });

  it('abuse of vulnerability at destination can stand in for coercion in the combination', () => {
    const findings = [
      deceived('deceived-about-employer'),
      deceived('deceived-about-nature-of-job'),
      finding('excessive-overtime'),
      finding('low-or-no-salary'),
      finding('dependency-on-exploiters'),
      finding('irregular-status'),
      finding('language-barrier'),
    ];
    const c = assessWorkerIlo(findings, false);
    expect(c.ilo.dimensions['abuse-of-vulnerability-at-destination'].positive).toBe(true);
    expect(c.ilo.dimensions['coercion-at-destination'].positive).toBe(false);
    expect(c.trafficking).toBe(true);
  });

  it('findings at info do not count', () => {
    const c = assessWorkerIlo([finding('excessive-overtime', { severity: 'info' }), finding('withholding-of-wages')], false);
    expect(c.forcedLabour).toBe(false);
    expect(c.ilo.involuntariness).toEqual([]);
  });

  it('for a child, exploitation is trafficking without proof of means; not so for an adult', () => {
    const exploitative = [finding('excessive-overtime'), finding('low-or-no-salary')];
    expect(level(exploitative, true)).toBe('trafficking');
    expect(level(exploitative, false)).toBe('work-crime');
    expect(level([finding('forced-begging')], true)).toBe('trafficking');
    expect(level([finding('forced-begging')], false)).toBe('work-crime');
    expect(assessWorkerIlo([finding('forced-begging')], true).reasons[0]).toContain('Palermo Protocol art. 3 (c)');
  });

  const indicatorFindings = fc.array(
    fc.record({
      indicator: fc.constantFrom(...ILO_INDICATORS),
      severity: fc.constantFrom<Severity>('info', 'low', 'medium', 'high', 'critical'),
    }),
    { maxLength: 12 },
  );

  propTest.prop([indicatorFindings, fc.constantFrom(...ILO_INDICATORS), fc.boolean()])(
    'adding an indicator never lowers the level (monotonicity)',
    (rows, extra, child) => {
      const before = rows.map((r) => finding(r.indicator, { severity: r.severity }));
      const after = [...before, finding(extra)];
      expect(compareLevels(level(after, child), level(before, child))).toBeGreaterThanOrEqual(0);
    },
  );

  propTest.prop([indicatorFindings, fc.boolean()])('the order of the findings never changes the conclusion', (rows, child) => {
    const findings = rows.map((r) => finding(r.indicator, { severity: r.severity }));
    const a = assessWorkerIlo(findings, child);
    const b = assessWorkerIlo([...findings].reverse(), child);
    expect([b.trafficking, b.forcedLabour, b.needsVerification]).toEqual([a.trafficking, a.forcedLabour, a.needsVerification]);
    expect(Object.fromEntries(Object.entries(b.ilo.dimensions).map(([d, s]) => [d, s.positive]))).toEqual(
      Object.fromEntries(Object.entries(a.ilo.dimensions).map(([d, s]) => [d, s.positive])),
    );
  });

  propTest.prop([
    fc.array(fc.constantFrom<IloIndicator>('low-or-no-salary', 'wage-manipulation', 'no-social-protection'), { maxLength: 20 }),
  ])('the indicators social-dumping rules carry never reach forced labour for an adult', (indicators) => {
    const findings = indicators.map((i) => finding(i, { tier: 'social-dumping' }));
    expect(LEVELS.indexOf(level(findings))).toBeLessThanOrEqual(LEVELS.indexOf('work-crime'));
  });
});
