import * as z from 'zod';
import {
  ILO_DIMENSIONS,
  ILO_INDICATORS,
  INDICATOR_STRENGTHS,
  compareSeverities,
  type IloDimension,
  type IloIndicator,
  type IndicatorStrength,
  type Jurisdiction,
} from '../model/enums.js';
import { indicatorCode, type Finding } from '../rules/finding.js';
import {
  DEFINITIONS,
  INDICATOR_PROFILES,
  NATIONAL_TRAFFICKING,
  STRONGER_FOR_CHILDREN,
  WORST_FORMS_FOR_CHILDREN,
  decisiveObservation,
  definitionsHolding,
  dimensionPositive,
  standingOf,
  type DefinitionId,
  type DimensionContribution,
  type IclsElement,
} from './ilo-table.js';

/**
 * One worker's ILO picture from the findings about them: the Delphi dimensions with the
 * indicators and findings behind each, the ICLS involuntariness and coercion signals, which
 * definitions of forced labour and trafficking hold, and the signs that were not counted and why.
 * The rules themselves are in ./ilo-table.ts.
 * @module
 */

/** One indicator seen within a dimension, its strongest strength and the findings behind it. */
export const IndicatorHitSchema = z.object({
  /** The indicator code, or the finer Delphi indicator (`deceived-about-employer`). */
  indicator: z.string(),
  strength: z.enum(INDICATOR_STRENGTHS),
  findings: z.array(z.string()),
});
export type IndicatorHit = z.infer<typeof IndicatorHitSchema>;

/** A Delphi dimension: positive by the dimension rule, and what it rests on. */
export const DimensionStateSchema = z.object({
  positive: z.boolean(),
  indicators: z.array(IndicatorHitSchema),
});
export type DimensionState = z.infer<typeof DimensionStateSchema>;

/** An ICLS element signal: an indicator code and the findings that show it. */
export const IclsSignalSchema = z.object({
  indicator: z.enum(ILO_INDICATORS),
  findings: z.array(z.string()),
});
export type IclsSignal = z.infer<typeof IclsSignalSchema>;

/** Why a sign about the worker was not counted towards forced labour or trafficking. */
export const NOT_COUNTED_REASONS = ['low-confidence', 'weak-indicator', 'single-observation'] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

/** A sign set aside by the standing or corroboration rule (see `Standing` in the ILO table). */
export const NotCountedSchema = z.object({
  indicator: z.string(),
  reason: z.enum(NOT_COUNTED_REASONS),
  findings: z.array(z.string()),
});
export type NotCounted = z.infer<typeof NotCountedSchema>;

/** The `ilo` block of a worker in the JSON report. */
export const WorkerIloSchema = z.object({
  dimensions: z.record(z.enum(ILO_DIMENSIONS), DimensionStateSchema),
  /** Signals that the work was not freely chosen (20th ICLS 2018). */
  involuntariness: z.array(IclsSignalSchema),
  /** Signals of coercion or menace of penalty (20th ICLS 2018). */
  coercion: z.array(IclsSignalSchema),
  /** Under 18 on the first work date the data shows. */
  child: z.boolean(),
  /** Signs that did not count towards forced labour or trafficking, and why: they need verification. */
  notCounted: z.array(NotCountedSchema),
  /** The definitions that hold (ids of `DEFINITIONS`), gravest first. */
  definitions: z.array(z.string()),
  /** The definitions applied: the ILO's, the Palermo rule for children, and the jurisdiction's own. */
  definitionsApplied: z.array(z.string()),
});
export type WorkerIlo = z.infer<typeof WorkerIloSchema>;

/** Which of the ILO's rules hold for a worker. */
export interface IloConclusion {
  readonly ilo: WorkerIlo;
  /** A trafficking definition holds (the 2009 combination, Palermo art. 3 (c), or the jurisdiction's). */
  readonly trafficking: boolean;
  /** Involuntariness and coercion both indicated, or coercion at destination with exploitative conditions. */
  readonly forcedLabour: boolean;
  /** The definition that sets the level, when forced labour or trafficking holds. */
  readonly definition: DefinitionId | null;
  /** Why, in plain English, for the report. */
  readonly reasons: readonly string[];
  /** Why forced labour and trafficking were not reached, in plain English (empty when they were). */
  readonly whyNotForcedLabour: readonly string[];
  readonly whyNotTrafficking: readonly string[];
  /** Indicators that call for verification: strong ones, coercion signals, and signs not counted. */
  readonly needsVerification: readonly string[];
}

const STRENGTH_ORDER: Readonly<Record<IndicatorStrength, number>> = { weak: 0, medium: 1, strong: 2 };
const words = (text: string) => text.replace(/-/g, ' ');
const RECRUITMENT_DIMENSIONS: readonly IloDimension[] = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'recruitment-by-abuse-of-vulnerability',
];

/** Findings that count at all: above `info`. */
export const countsForAssessment = (finding: Finding) => compareSeverities(finding.severity, 'info') > 0;

/** @summary A finding's standing for the ILO rules (see `standingOf` in the ILO table). */
export const findingStanding = (finding: Finding) =>
  standingOf({ countsAtAll: countsForAssessment(finding), dimensions: finding.dimensions, confidence: finding.confidence });

/**
 * The conclusion for a worker with no findings, made once per jurisdiction and age group and
 * frozen: most workers have none, and a copy each is some 200 MB at 200 000 workers.
 */
const CONCLUSIONS_WITHOUT_FINDINGS = new Map<string, IloConclusion>();
function withoutFindings(child: boolean, jurisdiction: Jurisdiction): IloConclusion {
  const key = `${jurisdiction}/${child}`;
  let conclusion = CONCLUSIONS_WITHOUT_FINDINGS.get(key);
  if (conclusion === undefined)
    CONCLUSIONS_WITHOUT_FINDINGS.set(key, (conclusion = deepFreeze(conclude([], child, jurisdiction))));
  return conclusion;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * @summary Decide a worker's ILO dimensions, ICLS elements and the forced-labour and trafficking
 * definitions from the findings about them (pure; findings at `info` are ignored).
 *
 * @description
 * Tentative signs (low-confidence observations, weak indicators) and a single uncorroborated
 * observation are set aside (`ilo.notCounted`), see `Standing` in the ILO table. Each counted
 * finding feeds the dimensions in its `dimensions` list; within a dimension an indicator (or finer
 * aspect) counts once, at its strongest. A dimension is positive by the 2009 dimension rule, so
 * one strong indicator alone never makes a dimension, let alone a level.
 *
 * @example
 * assessWorkerIlo(findingsAboutW1, false, 'NO').definition //=> 'no/straffeloven-257'
 */
export function assessWorkerIlo(findings: readonly Finding[], child: boolean, jurisdiction: Jurisdiction = 'ILO'): IloConclusion {
  return findings.length === 0 ? withoutFindings(child, jurisdiction) : conclude(findings, child, jurisdiction);
}

/** The findings that count, and those set aside with the reason. */
function sortByStanding(findings: readonly Finding[]): { counted: Finding[]; setAside: Map<Finding, NotCountedReason> } {
  const counted: Finding[] = [];
  const setAside = new Map<Finding, NotCountedReason>();
  for (const finding of findings) {
    const standing = findingStanding(finding);
    if (standing === 'not-counted') continue;
    if (standing === 'tentative') setAside.set(finding, finding.confidence === 'low' ? 'low-confidence' : 'weak-indicator');
    else counted.push(finding);
  }
  // Corroboration: one observation row that is not decisive alone is set aside.
  const undecided = counted.filter(
    (f) =>
      f.basis === 'observation' && f.dimensions.length > 0 && !f.contextOnly && !decisiveObservation(f.dimensions, f.confidence),
  );
  if (undecided.length === 1) {
    const alone = undecided[0]!;
    counted.splice(counted.indexOf(alone), 1);
    setAside.set(alone, 'single-observation');
  }
  return { counted, setAside };
}

/** The dimensions a finding feeds, with the stronger strengths the 2009 lists give for children. */
function contributions(finding: Finding, code: IloIndicator | null, child: boolean): readonly DimensionContribution[] {
  if (!child || code === null || !STRONGER_FOR_CHILDREN.includes(code)) return finding.dimensions;
  return finding.dimensions.map((d) => (d.strength === 'medium' ? { ...d, strength: 'strong' } : d));
}

function conclude(findings: readonly Finding[], child: boolean, jurisdiction: Jurisdiction): IloConclusion {
  const { counted, setAside } = sortByStanding(findings);
  // Finding ids kept in sets (insertion order): a worker with thousands of findings of one
  // indicator made `includes` per finding quadratic.
  const hits = new Map<IloDimension, Map<string, { strength: IndicatorStrength; findings: Set<string> }>>();
  const icls: Record<IclsElement, Map<IloIndicator, Set<string>>> = { involuntariness: new Map(), coercion: new Map() };
  const worstForms: IloIndicator[] = [];

  for (const finding of counted) {
    const code = indicatorCode(finding);
    for (const { dimension, strength, aspect } of contributions(finding, code, child)) {
      const key = aspect ?? code ?? finding.ruleId;
      let byAspect = hits.get(dimension);
      if (!byAspect) hits.set(dimension, (byAspect = new Map()));
      const hit = byAspect.get(key);
      if (!hit) byAspect.set(key, { strength, findings: new Set([finding.id]) });
      else {
        if (STRENGTH_ORDER[strength] > STRENGTH_ORDER[hit.strength]) hit.strength = strength;
        hit.findings.add(finding.id);
      }
    }
    if (code === null) continue;
    const element = INDICATOR_PROFILES[code].icls;
    if (element) {
      const ids = icls[element].get(code);
      if (ids) ids.add(finding.id);
      else icls[element].set(code, new Set([finding.id]));
    }
    if (WORST_FORMS_FOR_CHILDREN.includes(code) && !worstForms.includes(code)) worstForms.push(code);
  }

  const dimensions = {} as Record<IloDimension, DimensionState>;
  const positive = new Set<IloDimension>();
  for (const dimension of ILO_DIMENSIONS) {
    const indicators: IndicatorHit[] = [...(hits.get(dimension)?.entries() ?? [])]
      .map(([indicator, hit]) => ({ indicator, strength: hit.strength, findings: [...hit.findings] }))
      .sort((a, b) => STRENGTH_ORDER[b.strength] - STRENGTH_ORDER[a.strength] || (a.indicator < b.indicator ? -1 : 1));
    const counts = { weak: 0, medium: 0, strong: 0 };
    for (const hit of indicators) counts[hit.strength]++;
    const isPositive = dimensionPositive(counts);
    if (isPositive) positive.add(dimension);
    dimensions[dimension] = { positive: isPositive, indicators };
  }
  const signals = (element: IclsElement): IclsSignal[] =>
    [...icls[element].entries()]
      .map(([indicator, ids]) => ({ indicator, findings: [...ids] }))
      .sort((a, b) => (a.indicator < b.indicator ? -1 : 1));
  const involuntariness = signals('involuntariness');
  const coercion = signals('coercion');
  const iclsBoth = involuntariness.length > 0 && coercion.length > 0;
  const holding = definitionsHolding({ positive, worstForms, child, iclsBoth }, jurisdiction);
  const notCounted = notCountedList(setAside);
  const applied: DefinitionId[] = [
    'icls-2018',
    'ilo-2009-dimensions',
    'ilo-2009-combination',
    'palermo-art-3c',
    ...NATIONAL_TRAFFICKING[jurisdiction],
  ];
  const ilo: WorkerIlo = {
    dimensions,
    involuntariness,
    coercion,
    child,
    notCounted,
    definitions: holding,
    definitionsApplied: applied,
  };

  const trafficking = holding.some((id) => DEFINITIONS[id].level === 'trafficking');
  const forcedLabour = holding.some((id) => DEFINITIONS[id].level === 'forced-labour');
  const positiveNames = ILO_DIMENSIONS.filter((d) => positive.has(d)).map(words);
  const reasons: string[] = [];
  for (const id of holding) {
    if (id === 'ilo-2009-combination')
      reasons.push(`ILO 2009 combination rule for trafficking holds: positive dimensions ${positiveNames.join(', ')}.`);
    else if (id === 'palermo-art-3c')
      reasons.push(
        `A child exploited (${worstForms.length > 0 ? worstForms.map(words).join(', ') : 'exploitative conditions of work positive'}): trafficking without proof of means (Palermo Protocol art. 3 (c)).`,
      );
    else if (id === 'no/straffeloven-257')
      reasons.push(
        `Straffeloven § 257 (1) b holds: exploitative conditions of work with ${[
          'coercion-at-destination',
          'abuse-of-vulnerability-at-destination',
          'recruitment-by-abuse-of-vulnerability',
        ]
          .filter((d) => positive.has(d as IloDimension))
          .map(words)
          .join(' and ')} positive; Norwegian law needs no recruitment element.`,
      );
    else if (id === 'icls-2018')
      reasons.push(
        `Involuntariness (${involuntariness.map((s) => words(s.indicator)).join(', ')}) and coercion (${coercion.map((s) => words(s.indicator)).join(', ')}) both indicated (20th ICLS 2018).`,
      );
    else reasons.push('Coercion at destination and exploitative conditions of work both positive (ILO 2009 dimensions).');
  }

  const needsVerification = [
    ...new Set([
      ...ILO_DIMENSIONS.flatMap((d) =>
        dimensions[d].indicators.filter((hit) => hit.strength === 'strong').map((hit) => hit.indicator),
      ),
      ...coercion.map((s) => s.indicator),
      ...notCounted.map((n) => n.indicator),
    ]),
  ].sort();

  return {
    ilo,
    trafficking,
    forcedLabour: forcedLabour || trafficking,
    definition: holding[0] ?? null,
    reasons,
    whyNotForcedLabour: forcedLabour || trafficking ? [] : whyNotForcedLabour(involuntariness, coercion, positive, notCounted),
    whyNotTrafficking: trafficking ? [] : whyNotTrafficking(dimensions, positive, jurisdiction, child),
    needsVerification,
  };
}

/** The signs set aside, by indicator (or finer aspect) and reason, in a stable order. */
function notCountedList(setAside: ReadonlyMap<Finding, NotCountedReason>): NotCounted[] {
  const byKey = new Map<string, NotCounted>();
  for (const [finding, reason] of setAside) {
    const indicator = indicatorCode(finding) ?? finding.dimensions[0]?.aspect ?? finding.ruleId;
    const key = `${indicator}\0${reason}`;
    const entry = byKey.get(key);
    if (entry) entry.findings.push(finding.id);
    else byKey.set(key, { indicator, reason, findings: [finding.id] });
  }
  return [...byKey.values()].sort((a, b) =>
    a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0,
  );
}

const REASON_WORDS: Readonly<Record<NotCountedReason, string>> = {
  'low-confidence': 'observed with low confidence',
  'weak-indicator': 'a weak indicator',
  'single-observation': 'a single observation that is not strong and of high confidence',
};

/** @summary Why the ICLS definition and the 2009 dimensions do not give forced labour, in plain words. */
function whyNotForcedLabour(
  involuntariness: readonly IclsSignal[],
  coercion: readonly IclsSignal[],
  positive: ReadonlySet<IloDimension>,
  notCounted: readonly NotCounted[],
): string[] {
  const missing = [
    ...(involuntariness.length === 0
      ? ['involuntariness (deception, excessive hours, abusive conditions, no freedom to resign)']
      : []),
    ...(coercion.length === 0
      ? ['coercion (retained documents, withheld wages, debt, threats, violence, isolation, restriction of movement)']
      : []),
  ];
  const out = [
    `Not forced labour: the 20th ICLS definition needs signs of both involuntariness and coercion; nothing counted in the data speaks to ${missing.join(' or to ')}.`,
  ];
  if (!(positive.has('coercion-at-destination') && positive.has('exploitative-conditions-of-work')))
    out.push(
      `The 2009 dimensions coercion at destination (${positive.has('coercion-at-destination') ? 'positive' : 'not positive'}) and exploitative conditions of work (${positive.has('exploitative-conditions-of-work') ? 'positive' : 'not positive'}) are not both positive.`,
    );
  if (notCounted.length > 0)
    out.push(
      `Not counted, to be verified: ${notCounted.map((n) => `${words(n.indicator)} (${REASON_WORDS[n.reason]})`).join(', ')}.`,
    );
  return out;
}

/** @summary Why no trafficking definition holds, in plain words: what each one lacks. */
function whyNotTrafficking(
  dimensions: Readonly<Record<IloDimension, DimensionState>>,
  positive: ReadonlySet<IloDimension>,
  jurisdiction: Jurisdiction,
  child: boolean,
): string[] {
  const state = (d: IloDimension) => `${words(d)} ${positive.has(d) ? 'positive' : 'not positive'}`;
  const seen = RECRUITMENT_DIMENSIONS.filter((d) => dimensions[d].indicators.length > 0);
  const recruitment = RECRUITMENT_DIMENSIONS.some((d) => positive.has(d))
    ? 'positive'
    : seen.length === 0
      ? 'nothing in the data speaks to recruitment'
      : `${seen.map((d) => `${words(d)}: ${dimensions[d].indicators.map((hit) => `${words(hit.indicator)} (${hit.strength})`).join(', ')}`).join('; ')}, not enough for the dimension rule`;
  const out = [
    `Not trafficking by the ILO 2009 combination: it needs a recruitment dimension (${recruitment}), exploitative conditions of work (${positive.has('exploitative-conditions-of-work') ? 'positive' : 'not positive'}) and coercion or abuse of vulnerability at destination (${positive.has('coercion-at-destination') || positive.has('abuse-of-vulnerability-at-destination') ? 'positive' : 'not positive'}).`,
  ];
  if (NATIONAL_TRAFFICKING[jurisdiction].includes('no/straffeloven-257'))
    out.push(
      `Not trafficking under straffeloven § 257: it needs exploitation for work (${state('exploitative-conditions-of-work')}) by violence, threats, abuse of a vulnerable situation or other improper conduct (${state('coercion-at-destination')}, ${state('abuse-of-vulnerability-at-destination')}, ${state('recruitment-by-abuse-of-vulnerability')}).`,
    );
  if (child)
    out.push(
      'For a child, exploitation alone would be enough (Palermo art. 3 (c)): exploitative conditions of work are not positive.',
    );
  return out;
}
