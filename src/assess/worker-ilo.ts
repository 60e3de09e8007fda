import * as z from 'zod';
import {
  ILO_DIMENSIONS,
  ILO_INDICATORS,
  INDICATOR_STRENGTHS,
  compareSeverities,
  type IloDimension,
  type IloIndicator,
  type IndicatorStrength,
} from '../model/enums.js';
import { indicatorCode, type Finding } from '../rules/finding.js';
import {
  INDICATOR_PROFILES,
  WORST_FORMS_FOR_CHILDREN,
  dimensionPositive,
  traffickingCombination,
  type IclsElement,
} from './ilo-table.js';

/**
 * One worker's ILO picture from the findings about them: the Delphi dimensions with the
 * indicators and findings behind each, the ICLS involuntariness and coercion signals, and which
 * of the ILO's rules for forced labour and trafficking hold.
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

/** The `ilo` block of a worker in the JSON report. */
export const WorkerIloSchema = z.object({
  dimensions: z.record(z.enum(ILO_DIMENSIONS), DimensionStateSchema),
  /** Signals that the work was not freely chosen (20th ICLS 2018). */
  involuntariness: z.array(IclsSignalSchema),
  /** Signals of coercion or menace of penalty (20th ICLS 2018). */
  coercion: z.array(IclsSignalSchema),
  /** Under 18 on the first work date the data shows. */
  child: z.boolean(),
});
export type WorkerIlo = z.infer<typeof WorkerIloSchema>;

/** Which of the ILO's rules hold for a worker. */
export interface IloConclusion {
  readonly ilo: WorkerIlo;
  /** The 2009 combination rule (adults), or exploitation of a child (Palermo art. 3 (c)). */
  readonly trafficking: boolean;
  /** Involuntariness and coercion both indicated, or coercion at destination with exploitative conditions. */
  readonly forcedLabour: boolean;
  /** Why, in plain English, for the report. */
  readonly reasons: readonly string[];
  /** Indicators that call for verification on their own: strong ones, and coercion signals. */
  readonly needsVerification: readonly string[];
}

const STRENGTH_ORDER: Readonly<Record<IndicatorStrength, number>> = { weak: 0, medium: 1, strong: 2 };
const words = (text: string) => text.replace(/-/g, ' ');

/** Findings that count: about this worker and above `info`. */
export const countsForAssessment = (finding: Finding) => compareSeverities(finding.severity, 'info') > 0;

/**
 * The conclusion for a worker with no findings, made once and frozen: most workers have none,
 * and a copy each (six empty dimensions and their arrays) is some 200 MB at 200 000 workers.
 */
const CONCLUSIONS_WITHOUT_FINDINGS = new Map<boolean, IloConclusion>();
function withoutFindings(child: boolean): IloConclusion {
  let conclusion = CONCLUSIONS_WITHOUT_FINDINGS.get(child);
  if (conclusion === undefined) CONCLUSIONS_WITHOUT_FINDINGS.set(child, (conclusion = deepFreeze(conclude([], child))));
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
 * rules from the findings about them (pure; findings at `info` are ignored).
 *
 * @description
 * Each finding feeds the dimensions in its `dimensions` list; within a dimension an indicator
 * (or finer aspect) counts once, at its strongest. A dimension is positive by the 2009 dimension
 * rule, so one strong indicator alone never makes a dimension, let alone a level.
 */
export function assessWorkerIlo(findings: readonly Finding[], child: boolean): IloConclusion {
  return findings.length === 0 ? withoutFindings(child) : conclude(findings, child);
}

function conclude(findings: readonly Finding[], child: boolean): IloConclusion {
  // Finding ids kept in sets (insertion order): a worker with thousands of findings of one
  // indicator made `includes` per finding quadratic.
  const hits = new Map<IloDimension, Map<string, { strength: IndicatorStrength; findings: Set<string> }>>();
  const icls: Record<IclsElement, Map<IloIndicator, Set<string>>> = { involuntariness: new Map(), coercion: new Map() };
  const worstForms: IloIndicator[] = [];

  for (const finding of findings) {
    if (!countsForAssessment(finding)) continue;
    const code = indicatorCode(finding);
    for (const { dimension, strength, aspect } of finding.dimensions) {
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
  const ilo: WorkerIlo = { dimensions, involuntariness: signals('involuntariness'), coercion: signals('coercion'), child };

  const reasons: string[] = [];
  const positiveNames = ILO_DIMENSIONS.filter((d) => positive.has(d)).map(words);
  const adultTrafficking = traffickingCombination(positive);
  if (adultTrafficking)
    reasons.push(`ILO 2009 combination rule for trafficking holds: positive dimensions ${positiveNames.join(', ')}.`);
  const exploitedChild = child && (positive.has('exploitative-conditions-of-work') || worstForms.length > 0);
  if (exploitedChild)
    reasons.push(
      `A child exploited (${worstForms.length > 0 ? worstForms.map(words).join(', ') : 'exploitative conditions of work positive'}): trafficking without proof of means (Palermo Protocol art. 3 (c)).`,
    );
  const iclsBoth = ilo.involuntariness.length > 0 && ilo.coercion.length > 0;
  if (iclsBoth)
    reasons.push(
      `Involuntariness (${ilo.involuntariness.map((s) => words(s.indicator)).join(', ')}) and coercion (${ilo.coercion.map((s) => words(s.indicator)).join(', ')}) both indicated (20th ICLS 2018).`,
    );
  const coercedAndExploited = positive.has('coercion-at-destination') && positive.has('exploitative-conditions-of-work');
  if (coercedAndExploited)
    reasons.push('Coercion at destination and exploitative conditions of work both positive (ILO 2009 dimensions).');

  const needsVerification = [
    ...new Set([
      ...ILO_DIMENSIONS.flatMap((d) =>
        dimensions[d].indicators.filter((hit) => hit.strength === 'strong').map((hit) => hit.indicator),
      ),
      ...ilo.coercion.map((s) => s.indicator),
    ]),
  ].sort();

  return {
    ilo,
    trafficking: adultTrafficking || exploitedChild,
    forcedLabour: iclsBoth || coercedAndExploited,
    reasons,
    needsVerification,
  };
}
