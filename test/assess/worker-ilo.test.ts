import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  ILO_INDICATORS,
  INDICATOR_PROFILES,
  LEVELS,
  assessWorkerIlo,
  compareLevels,
  findingLevel,
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
  options: {
    severity?: Severity;
    tier?: Tier;
    dimensions?: DimensionContribution[];
    observed?: 'low' | 'medium' | 'high';
  } = {},
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
    basis: options.observed ? 'observation' : 'records',
    confidence: options.observed ?? null,
    message: '',
    messageId: 'test',
    data: {},
    evidence: [],
    legalRefs: [],
    nextSteps: [],
  };
}
const deceived = (aspect: string, strength: 'strong' | 'medium' = 'strong') =>
  finding('deception', { dimensions: [{ dimension: 'deceptive-recruitment', strength, aspect }] });

/** The level the ILO rules give, as the assessment sets it (findings alone reach work-crime at most). */
function level(findings: readonly Finding[], child = false, jurisdiction: 'NO' | 'DK' | 'ILO' = 'ILO'): Level {
  const c = assessWorkerIlo(findings, child, jurisdiction);
  return c.trafficking
    ? 'trafficking'
    : c.forcedLabour
      ? 'forced-labour'
      : findings.some((f) => findingLevel(f) !== 'none')
        ? 'work-crime'
        : 'none';
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
    expect(c.whyNotForcedLabour[0]).toBe(
      'Not forced labour: the 20th ICLS definition needs signs of both involuntariness and coercion; nothing counted in the data speaks to involuntariness (deception, excessive hours, abusive conditions, no freedom to resign).',
    );
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
      finding('abuse-of-vulnerability'),
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

  it('a low-confidence observation or a weak indicator never sets forced labour, even with others; it needs verification', () => {
    const data = [finding('excessive-overtime')];
    const tip = finding('retention-of-identity-documents', { observed: 'low', severity: 'low' });
    const c = assessWorkerIlo([...data, tip], false);
    expect(c.forcedLabour).toBe(false);
    expect(c.ilo.coercion).toEqual([]);
    expect(c.ilo.notCounted).toEqual([
      { indicator: 'retention-of-identity-documents', reason: 'low-confidence', findings: [tip.id] },
    ]);
    expect(c.needsVerification).toContain('retention-of-identity-documents');
    expect(findingLevel(tip)).toBe('none');
    const weak = finding('withholding-of-wages', { dimensions: [{ dimension: 'coercion-at-destination', strength: 'weak' }] });
    expect(assessWorkerIlo([...data, weak], false).forcedLabour).toBe(false);
    expect(findingLevel(weak)).toBe('none');
  });

  it('one observation row alone does not move a worker to forced labour unless strong and of high confidence', () => {
    const hours = finding('excessive-overtime');
    const threat = finding('intimidation-and-threats', { observed: 'high' });
    const alone = assessWorkerIlo([hours, threat], false);
    expect(alone.forcedLabour).toBe(false);
    expect(alone.ilo.notCounted).toEqual([
      { indicator: 'intimidation-and-threats', reason: 'single-observation', findings: [threat.id] },
    ]);
    expect(alone.whyNotForcedLabour).toContain(
      'Not counted, to be verified: intimidation and threats (a single observation that is not strong and of high confidence).',
    );
    // A strong indicator observed with high confidence is decisive on its own.
    expect(assessWorkerIlo([hours, finding('retention-of-identity-documents', { observed: 'high' })], false).forcedLabour).toBe(
      true,
    );
    // A second observation corroborates the first.
    const second = finding('threat-of-denunciation', { observed: 'medium' });
    expect(assessWorkerIlo([hours, threat, second], false).forcedLabour).toBe(true);
    // The same threat in the records (not an observation) counts as it is.
    expect(assessWorkerIlo([hours, finding('intimidation-and-threats')], false).forcedLabour).toBe(true);
  });

  it('isolation, restriction of movement and confinement are one Delphi indicator', () => {
    const c = assessWorkerIlo(
      [finding('isolation'), finding('restriction-of-movement'), finding('confinement-or-surveillance')],
      false,
    );
    expect(c.ilo.dimensions['coercion-at-destination']).toMatchObject({
      positive: false,
      indicators: [{ indicator: 'isolation-confinement-or-surveillance', strength: 'strong' }],
    });
  });

  it('threats are strong for a child (the 2009 lists for children)', () => {
    const threats = [finding('intimidation-and-threats'), finding('withholding-of-wages')];
    expect(assessWorkerIlo(threats, false).ilo.dimensions['coercion-at-destination'].positive).toBe(false);
    expect(assessWorkerIlo(threats, true).ilo.dimensions['coercion-at-destination']).toMatchObject({
      positive: true,
      indicators: [
        { indicator: 'intimidation-and-threats', strength: 'strong' },
        { indicator: 'withholding-of-wages', strength: 'medium' },
      ],
    });
  });

  it('Norwegian law: exploitation for work by coercion is trafficking without a recruitment dimension (straffeloven § 257)', () => {
    const exploited = [
      finding('retention-of-identity-documents'),
      finding('debt-bondage'),
      finding('excessive-overtime'),
      finding('bad-living-conditions'),
    ];
    expect(level(exploited, false, 'ILO')).toBe('forced-labour');
    expect(level(exploited, false, 'DK')).toBe('forced-labour');
    expect(level(exploited, false, 'NO')).toBe('trafficking');
    const no = assessWorkerIlo(exploited, false, 'NO');
    expect(no.definition).toBe('no/straffeloven-257');
    expect(no.ilo.definitions).toEqual(['no/straffeloven-257', 'icls-2018', 'ilo-2009-dimensions']);
    // Abuse of a vulnerable situation stands for coercion under § 257.
    const vulnerable = [
      finding('excessive-overtime'),
      finding('low-or-no-salary'),
      finding('dependency-on-exploiters'),
      finding('irregular-status'),
      finding('language-barrier'),
    ];
    expect(assessWorkerIlo(vulnerable, false, 'NO')).toMatchObject({ trafficking: true, definition: 'no/straffeloven-257' });
    expect(assessWorkerIlo(vulnerable, false, 'ILO')).toMatchObject({ trafficking: false, forcedLabour: false });
  });

  const observedAs = fc.constantFrom<'low' | 'medium' | 'high' | undefined>(undefined, undefined, 'low', 'medium', 'high');
  const indicatorFindings = fc.array(
    fc.record({
      indicator: fc.constantFrom(...ILO_INDICATORS),
      severity: fc.constantFrom<Severity>('info', 'low', 'medium', 'high', 'critical'),
      observed: observedAs,
    }),
    { maxLength: 12 },
  );
  const jurisdictions = fc.constantFrom<'NO' | 'DK' | 'ILO'>('NO', 'DK', 'ILO');
  const made = (
    rows: readonly { indicator: IloIndicator; severity: Severity; observed?: 'low' | 'medium' | 'high' | undefined }[],
  ) => rows.map((r) => finding(r.indicator, { severity: r.severity, ...(r.observed ? { observed: r.observed } : {}) }));

  propTest.prop([indicatorFindings, fc.constantFrom(...ILO_INDICATORS), observedAs, fc.boolean(), jurisdictions])(
    'adding an indicator, from records or observed, never lowers the level (monotonicity)',
    (rows, extra, observed, child, jurisdiction) => {
      const before = made(rows);
      const after = [...before, finding(extra, observed ? { observed } : {})];
      expect(compareLevels(level(after, child, jurisdiction), level(before, child, jurisdiction))).toBeGreaterThanOrEqual(0);
    },
  );

  propTest.prop([indicatorFindings, fc.constantFrom(...ILO_INDICATORS), fc.boolean(), jurisdictions])(
    'a low-confidence observation never changes the level; removing one never lowers it by more than one step',
    (rows, extra, child, jurisdiction) => {
      const before = made(rows);
      const tip = finding(extra, { observed: 'low', severity: 'low' });
      expect(level([...before, tip], child, jurisdiction)).toBe(level(before, child, jurisdiction));
    },
  );

  propTest.prop([indicatorFindings, fc.boolean()])('the order of the findings never changes the conclusion', (rows, child) => {
    const findings = made(rows);
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
