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
import type { Language } from '../i18n/messages.js';
import { DIMENSION_NAMES, STRENGTH_NAMES } from '../i18n/messages.js';
import { INDICATOR_NAMES } from '../i18n/code-names.js';
import type { LocalText } from '../rules/rule.js';

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

/** An indicator, aspect or dimension as people read it, in a language. */
function nameOf(code: string, lang: Language): string {
  if (Object.hasOwn(INDICATOR_NAMES, code)) return INDICATOR_NAMES[code as IloIndicator][lang];
  if (Object.hasOwn(DIMENSION_NAMES, code)) return DIMENSION_NAMES[code as IloDimension][lang];
  return words(code);
}
const positiveWord = (yes: boolean, lang: Language) =>
  yes ? (lang === 'nb' ? 'positiv' : 'positive') : lang === 'nb' ? 'ikke positiv' : 'not positive';
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
function withoutFindings(child: boolean, jurisdiction: Jurisdiction, lang: Language): IloConclusion {
  const key = `${jurisdiction}/${child}/${lang}`;
  let conclusion = CONCLUSIONS_WITHOUT_FINDINGS.get(key);
  if (conclusion === undefined)
    CONCLUSIONS_WITHOUT_FINDINGS.set(key, (conclusion = deepFreeze(conclude([], child, jurisdiction, lang))));
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
export function assessWorkerIlo(
  findings: readonly Finding[],
  child: boolean,
  jurisdiction: Jurisdiction = 'ILO',
  lang: Language = 'en',
): IloConclusion {
  return findings.length === 0 ? withoutFindings(child, jurisdiction, lang) : conclude(findings, child, jurisdiction, lang);
}

/** The findings that count, and those set aside with the reason. */
function sortByStanding(
  findings: readonly Finding[],
  child: boolean,
): { counted: Finding[]; setAside: Map<Finding, NotCountedReason> } {
  const counted: Finding[] = [];
  const setAside = new Map<Finding, NotCountedReason>();
  for (const finding of findings) {
    const standing = findingStanding(finding);
    if (standing === 'not-counted') continue;
    if (standing === 'tentative') setAside.set(finding, finding.confidence === 'low' ? 'low-confidence' : 'weak-indicator');
    else counted.push(finding);
  }
  // Corroboration: one observation row that is not decisive alone is set aside (weighed at the
  // strength it has for this worker: some indicators are strong for a child).
  const undecided = counted.filter(
    (f) =>
      f.basis === 'observation' &&
      f.dimensions.length > 0 &&
      !f.contextOnly &&
      !decisiveObservation(contributions(f, indicatorCode(f), child), f.confidence),
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

function conclude(findings: readonly Finding[], child: boolean, jurisdiction: Jurisdiction, lang: Language): IloConclusion {
  const { counted, setAside } = sortByStanding(findings, child);
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
  const positiveNames = ILO_DIMENSIONS.filter((d) => positive.has(d)).map((d) => nameOf(d, lang));
  const nb = lang === 'nb';
  const reasons: string[] = [];
  for (const id of holding) {
    if (id === 'ilo-2009-combination')
      reasons.push(
        nb
          ? `ILOs kombinasjonsregel for menneskehandel (2009) er oppfylt: positive dimensjoner ${positiveNames.join(', ')}.`
          : `ILO 2009 combination rule for trafficking holds: positive dimensions ${positiveNames.join(', ')}.`,
      );
    else if (id === 'palermo-art-3c') {
      const what =
        worstForms.length > 0
          ? worstForms.map((f) => nameOf(f, lang)).join(', ')
          : nb
            ? 'utnyttende arbeidsvilkår positiv'
            : 'exploitative conditions of work positive';
      reasons.push(
        nb
          ? `Et barn utnyttet (${what}): menneskehandel uten bevis for midler (Palermoprotokollen art. 3 (c)).`
          : `A child exploited (${what}): trafficking without proof of means (Palermo Protocol art. 3 (c)).`,
      );
    } else if (id === 'no/straffeloven-257') {
      const means = (
        ['coercion-at-destination', 'abuse-of-vulnerability-at-destination', 'recruitment-by-abuse-of-vulnerability'] as const
      )
        .filter((d) => positive.has(d))
        .map((d) => nameOf(d, lang))
        .join(nb ? ' og ' : ' and ');
      reasons.push(
        nb
          ? `Straffeloven § 257 (1) b er oppfylt: utnyttende arbeidsvilkår med ${means} positiv; norsk lov krever ikke noe rekrutteringselement.`
          : `Straffeloven § 257 (1) b holds: exploitative conditions of work with ${means} positive; Norwegian law needs no recruitment element.`,
      );
    } else if (id === 'icls-2018') {
      const inv = involuntariness.map((s) => nameOf(s.indicator, lang)).join(', ');
      const coe = coercion.map((s) => nameOf(s.indicator, lang)).join(', ');
      reasons.push(
        nb
          ? `Både ufrivillighet (${inv}) og tvang (${coe}) er indikert (20. ICLS 2018).`
          : `Involuntariness (${inv}) and coercion (${coe}) both indicated (20th ICLS 2018).`,
      );
    } else
      reasons.push(
        nb
          ? 'Tvang på arbeidsstedet og utnyttende arbeidsvilkår er begge positive (ILOs dimensjoner fra 2009).'
          : 'Coercion at destination and exploitative conditions of work both positive (ILO 2009 dimensions).',
      );
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
    whyNotForcedLabour:
      forcedLabour || trafficking ? [] : whyNotForcedLabour(involuntariness, coercion, positive, notCounted, lang),
    whyNotTrafficking: trafficking ? [] : whyNotTrafficking(dimensions, positive, jurisdiction, child, lang),
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

const REASON_WORDS: Readonly<Record<NotCountedReason, LocalText>> = {
  'low-confidence': { en: 'observed with low confidence', nb: 'observert med lav sikkerhet' },
  'weak-indicator': { en: 'a weak indicator', nb: 'en svak indikator' },
  'single-observation': {
    en: 'a single observation that is not strong and of high confidence',
    nb: 'én enkelt observasjon som ikke er sterk og med høy sikkerhet',
  },
};

/** @summary Why the ICLS definition and the 2009 dimensions do not give forced labour, in plain words. */
function whyNotForcedLabour(
  involuntariness: readonly IclsSignal[],
  coercion: readonly IclsSignal[],
  positive: ReadonlySet<IloDimension>,
  notCounted: readonly NotCounted[],
  lang: Language,
): string[] {
  const nb = lang === 'nb';
  const missing = [
    ...(involuntariness.length === 0
      ? [
          nb
            ? 'ufrivillighet (bedrag, overdreven arbeidstid, krenkende vilkår, ikke fri til å si opp)'
            : 'involuntariness (deception, excessive hours, abusive conditions, no freedom to resign)',
        ]
      : []),
    ...(coercion.length === 0
      ? [
          nb
            ? 'tvang (tilbakeholdte dokumenter, tilbakeholdt lønn, gjeld, trusler, vold, isolasjon, innskrenket bevegelsesfrihet)'
            : 'coercion (retained documents, withheld wages, debt, threats, violence, isolation, restriction of movement)',
        ]
      : []),
  ];
  const out = [
    nb
      ? `Ikke tvangsarbeid: definisjonen fra 20. ICLS krever tegn på både ufrivillighet og tvang; ingenting som telles i dataene, taler for ${missing.join(' eller for ')}.`
      : `Not forced labour: the 20th ICLS definition needs signs of both involuntariness and coercion; nothing counted in the data speaks to ${missing.join(' or to ')}.`,
  ];
  if (!(positive.has('coercion-at-destination') && positive.has('exploitative-conditions-of-work')))
    out.push(
      nb
        ? `Dimensjonene fra 2009 tvang på arbeidsstedet (${positiveWord(positive.has('coercion-at-destination'), lang)}) og utnyttende arbeidsvilkår (${positiveWord(positive.has('exploitative-conditions-of-work'), lang)}) er ikke begge positive.`
        : `The 2009 dimensions coercion at destination (${positiveWord(positive.has('coercion-at-destination'), lang)}) and exploitative conditions of work (${positiveWord(positive.has('exploitative-conditions-of-work'), lang)}) are not both positive.`,
    );
  if (notCounted.length > 0) {
    const list = notCounted.map((n) => `${nameOf(n.indicator, lang)} (${REASON_WORDS[n.reason][lang]})`).join(', ');
    out.push(nb ? `Ikke telt, må kontrolleres: ${list}.` : `Not counted, to be verified: ${list}.`);
  }
  return out;
}

/** @summary Why no trafficking definition holds, in plain words: what each one lacks. */
function whyNotTrafficking(
  dimensions: Readonly<Record<IloDimension, DimensionState>>,
  positive: ReadonlySet<IloDimension>,
  jurisdiction: Jurisdiction,
  child: boolean,
  lang: Language,
): string[] {
  const nb = lang === 'nb';
  const state = (d: IloDimension) => `${nameOf(d, lang)} ${positiveWord(positive.has(d), lang)}`;
  const seen = RECRUITMENT_DIMENSIONS.filter((d) => dimensions[d].indicators.length > 0);
  const recruitment = RECRUITMENT_DIMENSIONS.some((d) => positive.has(d))
    ? positiveWord(true, lang)
    : seen.length === 0
      ? nb
        ? 'ingenting i dataene taler for rekruttering'
        : 'nothing in the data speaks to recruitment'
      : `${seen.map((d) => `${nameOf(d, lang)}: ${dimensions[d].indicators.map((hit) => `${nameOf(hit.indicator, lang)} (${STRENGTH_NAMES[hit.strength][lang]})`).join(', ')}`).join('; ')}, ${nb ? 'ikke nok for dimensjonsregelen' : 'not enough for the dimension rule'}`;
  const conditions = positiveWord(positive.has('exploitative-conditions-of-work'), lang);
  const coercion = positiveWord(
    positive.has('coercion-at-destination') || positive.has('abuse-of-vulnerability-at-destination'),
    lang,
  );
  const out = [
    nb
      ? `Ikke menneskehandel etter ILOs kombinasjon fra 2009: den krever en rekrutteringsdimensjon (${recruitment}), utnyttende arbeidsvilkår (${conditions}) og tvang eller utnyttelse av sårbarhet på arbeidsstedet (${coercion}).`
      : `Not trafficking by the ILO 2009 combination: it needs a recruitment dimension (${recruitment}), exploitative conditions of work (${conditions}) and coercion or abuse of vulnerability at destination (${coercion}).`,
  ];
  if (NATIONAL_TRAFFICKING[jurisdiction].includes('no/straffeloven-257'))
    out.push(
      nb
        ? `Ikke menneskehandel etter straffeloven § 257: den krever utnyttelse til arbeid (${state('exploitative-conditions-of-work')}) ved vold, trusler, utnyttelse av en sårbar situasjon eller annen utilbørlig atferd (${state('coercion-at-destination')}, ${state('abuse-of-vulnerability-at-destination')}, ${state('recruitment-by-abuse-of-vulnerability')}).`
        : `Not trafficking under straffeloven § 257: it needs exploitation for work (${state('exploitative-conditions-of-work')}) by violence, threats, abuse of a vulnerable situation or other improper conduct (${state('coercion-at-destination')}, ${state('abuse-of-vulnerability-at-destination')}, ${state('recruitment-by-abuse-of-vulnerability')}).`,
    );
  if (child)
    out.push(
      nb
        ? 'For et barn ville utnyttelse alene vært nok (Palermoprotokollen art. 3 (c)): utnyttende arbeidsvilkår er ikke positive.'
        : 'For a child, exploitation alone would be enough (Palermo art. 3 (c)): exploitative conditions of work are not positive.',
    );
  return out;
}
