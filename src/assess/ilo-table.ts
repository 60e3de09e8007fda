import * as z from 'zod';
import {
  ILO_DIMENSIONS,
  INDICATOR_STRENGTHS,
  type ConfidenceLevel,
  type IloDimension,
  type IloIndicator,
  type IndicatorStrength,
  type Jurisdiction,
} from '../model/enums.js';

/**
 * The ILO logic in one table, so a reviewer can correct it in one place: which Delphi dimensions
 * each indicator feeds and how strongly, which ICLS element it signals, when a finding may count
 * towards forced labour or trafficking at all, and the definitions (ILO and national) that set
 * those levels.
 *
 * - Each indicator code feeds one or more Delphi dimensions with a strength (ILO & European
 *   Commission 2009, "Operational indicators of trafficking in human beings", adults, labour
 *   exploitation). Codes that name the same Delphi indicator share an `aspect`, so the
 *   dimension rule counts that indicator once (isolation, restriction of movement and
 *   confinement are one Delphi indicator).
 * - Each code may also be an *involuntariness* or a *coercion* signal in the sense of the 20th
 *   ICLS (2018) guidelines on measuring forced labour: forced labour needs one of each.
 *
 * The table was cross-checked (2026-12) against a second, independent transcription of the
 * adults/labour list: indicators, strengths, the counts per dimension (10/10/16/9/15/7), the
 * dimension rule and the combination rule agree; its corrections are applied here. It was not
 * compared with the original PDF, so its status is `cross-checked`, not `verified`.
 * @module
 */
export const ILO_TABLE_STATUS = 'cross-checked' as const;

/**
 * Whether the table was checked against the 2009 publication itself: `false`, it was
 * cross-checked against a second transcription ({@link ILO_TABLE_STATUS}).
 * @deprecated read {@link ILO_TABLE_STATUS}
 */
export const ILO_TABLE_VERIFIED = false;

export const ILO_TABLE_SOURCES = [
  'ILO & European Commission (2009), Operational indicators of trafficking in human beings (Delphi survey)',
  'ILO (2012), ILO Indicators of Forced Labour',
  '20th ICLS (2018), Guidelines concerning the measurement of forced labour',
] as const;

/** How an indicator feeds one Delphi dimension. */
export const DimensionContributionSchema = z.object({
  dimension: z.enum(ILO_DIMENSIONS),
  strength: z.enum(INDICATOR_STRENGTHS),
  /**
   * The Delphi indicator within the dimension when it is finer than the finding's code (deceived
   * about the employer vs about wages), or shared by several codes; the dimension rule counts
   * distinct aspects.
   */
  aspect: z.string().optional(),
});
export type DimensionContribution = z.infer<typeof DimensionContributionSchema>;

/** The two elements of forced labour in the ICLS definition. */
export const ICLS_ELEMENTS = ['involuntariness', 'coercion'] as const;
export type IclsElement = (typeof ICLS_ELEMENTS)[number];

/** What an indicator code means for the assessment. */
export interface IndicatorProfile {
  readonly dimensions: readonly DimensionContribution[];
  readonly icls: IclsElement | null;
  /**
   * The code describes the worker's situation (a vulnerability), not what anyone did: it feeds
   * the dimensions but sets no level by itself.
   */
  readonly context?: true;
}

const feeds = (dimension: IloDimension, strength: IndicatorStrength, aspect?: string): DimensionContribution =>
  aspect === undefined ? { dimension, strength } : { dimension, strength, aspect };
const CD = 'coercion-at-destination';
const EC = 'exploitative-conditions-of-work';
const AVD = 'abuse-of-vulnerability-at-destination';
const RAV = 'recruitment-by-abuse-of-vulnerability';

/** One Delphi indicator of coercion at destination that three codes name. */
const CONFINEMENT = 'isolation-confinement-or-surveillance';

/** Every indicator code's Delphi dimensions and ICLS element (cross-checked, see module docs). */
export const INDICATOR_PROFILES: Readonly<Record<IloIndicator, IndicatorProfile>> = {
  'abuse-of-vulnerability': { dimensions: [feeds(AVD, 'medium')], icls: null },
  deception: { dimensions: [feeds('deceptive-recruitment', 'medium')], icls: 'involuntariness' },
  'restriction-of-movement': { dimensions: [feeds(CD, 'strong', CONFINEMENT)], icls: 'coercion' },
  isolation: { dimensions: [feeds(CD, 'strong', CONFINEMENT)], icls: 'coercion' },
  'physical-and-sexual-violence': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'intimidation-and-threats': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'retention-of-identity-documents': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'withholding-of-wages': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'debt-bondage': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'abusive-working-and-living-conditions': {
    dimensions: [feeds(EC, 'medium')],
    icls: 'involuntariness',
  },
  'excessive-overtime': { dimensions: [feeds(EC, 'strong')], icls: 'involuntariness' },
  'threat-of-denunciation': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'threats-against-family': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'forced-to-lie': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'forced-criminal-activity': { dimensions: [feeds(CD, 'medium')], icls: 'involuntariness' },
  'forced-begging': { dimensions: [feeds(CD, 'medium')], icls: 'involuntariness' },
  'confinement-or-surveillance': { dimensions: [feeds(CD, 'strong', CONFINEMENT)], icls: 'coercion' },
  'under-strong-influence': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'no-freedom-to-resign': { dimensions: [feeds(CD, 'medium')], icls: 'involuntariness' },
  'forced-to-stay-longer': { dimensions: [feeds(CD, 'medium')], icls: 'involuntariness' },
  'wage-manipulation': { dimensions: [feeds(EC, 'medium')], icls: null },
  'low-or-no-salary': { dimensions: [feeds(EC, 'medium')], icls: null },
  'no-social-protection': { dimensions: [feeds(EC, 'medium')], icls: null },
  'hazardous-work': { dimensions: [feeds(EC, 'medium')], icls: 'involuntariness' },
  'bad-living-conditions': { dimensions: [feeds(EC, 'medium')], icls: 'involuntariness' },
  'coercive-recruitment': { dimensions: [feeds('coercive-recruitment', 'medium')], icls: 'coercion' },
  abduction: { dimensions: [feeds('coercive-recruitment', 'medium')], icls: 'coercion' },
  'dependency-on-exploiters': { dimensions: [feeds(AVD, 'medium')], icls: null },
  // Cross-check correction: language is not a destination indicator of its own. At destination
  // language difficulties fall under "difficulty to live in an unknown area" (medium); lack of
  // education or language at recruitment is a recruitment indicator (the recruitment table's
  // `lacked_education_or_language`).
  'language-barrier': { dimensions: [feeds(AVD, 'medium')], icls: null, context: true },
  'irregular-status': {
    dimensions: [feeds(RAV, 'medium'), feeds(AVD, 'medium')],
    icls: null,
    context: true,
  },
};

/** Indicators that are worst forms of child labour (ILO C182 art. 3) when the worker is a child. */
export const WORST_FORMS_FOR_CHILDREN: readonly IloIndicator[] = ['forced-begging', 'forced-criminal-activity'];

/**
 * Indicators that are medium for adults and strong for children (the 2009 lists for children:
 * threats of violence, debt bondage, abduction, forced criminal activity, forced tasks, under
 * strong influence; debt bondage is strong for adults already).
 */
export const STRONGER_FOR_CHILDREN: readonly IloIndicator[] = [
  'intimidation-and-threats',
  'abduction',
  'forced-criminal-activity',
  'forced-begging',
  'under-strong-influence',
];

/**
 * Recruitment-stage vulnerabilities the recruitment table can record, each a medium indicator of
 * recruitment by abuse of vulnerability (2009 list: economic reasons, lack of information,
 * psychological or emotional dependency and control by exploiters, difficult family situation,
 * illegal status, lack of education or language).
 */
export const RECRUITMENT_VULNERABILITIES = {
  economicHardship: 'economic-reasons',
  lackedInformation: 'lack-of-information',
  dependentOnRecruiter: 'psychological-or-emotional-dependency',
  difficultFamilySituation: 'difficult-family-situation',
  irregularStatus: 'illegal-status',
  lackedEducationOrLanguage: 'lack-of-education',
} as const;

/** How many distinct indicators of each strength a dimension has. */
export type StrengthCounts = Readonly<Record<IndicatorStrength, number>>;

/**
 * @summary The 2009 dimension rule: at least two strong indicators; or one strong and one medium
 * or weak; or three medium; or two medium and one weak (cross-checked).
 * @example
 * dimensionPositive({ strong: 1, medium: 0, weak: 0 }) //=> false (one strong indicator alone)
 * dimensionPositive({ strong: 1, medium: 1, weak: 0 }) //=> true
 */
export function dimensionPositive({ strong, medium, weak }: StrengthCounts): boolean {
  return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
}

/**
 * @summary The 2009 combination rule for trafficking for labour exploitation: a recruitment
 * dimension (deceptive, coercive, or by abuse of vulnerability) AND exploitative conditions of
 * work AND (coercion or abuse of vulnerability at destination) (cross-checked).
 */
export function traffickingCombination(positive: ReadonlySet<IloDimension>): boolean {
  const recruitment = positive.has('deceptive-recruitment') || positive.has('coercive-recruitment') || positive.has(RAV);
  return recruitment && positive.has(EC) && (positive.has(CD) || positive.has(AVD));
}

/**
 * The definitions that can set a worker's level, by id. Findings cite them in `definition`.
 * A jurisdiction's own criminal-law definition of trafficking is applied beside the ILO's.
 */
export const DEFINITIONS = {
  'icls-2018': {
    level: 'forced-labour',
    name: 'Forced labour: involuntariness and coercion both indicated (20th ICLS 2018)',
  },
  'ilo-2009-dimensions': {
    level: 'forced-labour',
    name: 'Forced labour: coercion at destination with exploitative conditions of work (ILO & EC 2009)',
  },
  'ilo-2009-combination': {
    level: 'trafficking',
    name: 'Trafficking: recruitment, exploitation and coercion or abuse of vulnerability at destination (ILO & EC 2009)',
  },
  'palermo-art-3c': {
    level: 'trafficking',
    name: 'Trafficking in children: exploitation of a person under 18, no means needed (Palermo Protocol art. 3 (c))',
  },
  'no/straffeloven-257': {
    level: 'trafficking',
    name: 'Trafficking under straffeloven § 257 (1) b: exploiting a person for work by violence, threats, abuse of a vulnerable situation or other improper conduct; no recruitment element',
  },
} as const;
export type DefinitionId = keyof typeof DEFINITIONS;

/** The positive dimensions, and the worker's age group, that the definitions read. */
export interface DefinitionInput {
  readonly positive: ReadonlySet<IloDimension>;
  /** Indicators of the worst forms of child labour seen (forced begging, forced crime). */
  readonly worstForms: readonly IloIndicator[];
  readonly child: boolean;
  /** Involuntariness and coercion both indicated by counted findings. */
  readonly iclsBoth: boolean;
}

/**
 * @summary Straffeloven § 257 (1) b (Norway): trafficking is exploiting a person for work or
 * services by violence, threats, abuse of a vulnerable situation or other improper conduct.
 * Recruitment is not an element (recruiting with that purpose is a further form of the offence,
 * § 257 (1) second part), so the ILO combination's recruitment dimension is not needed:
 * exploitative conditions of work positive, with coercion at destination (violence, threats,
 * improper conduct) or abuse of vulnerability (at destination or at recruitment) positive.
 */
export function norwegianTrafficking(positive: ReadonlySet<IloDimension>): boolean {
  return positive.has(EC) && (positive.has(CD) || positive.has(AVD) || positive.has(RAV));
}

/**
 * The trafficking definitions each jurisdiction applies, besides the ILO combination and the
 * Palermo rule for children. Denmark's straffeloven § 262 a follows the Palermo Protocol (an act:
 * recruiting, transporting, transferring, harbouring or receiving; a means; the purpose of
 * exploitation): the screening applies the ILO combination for it and does not infer the act of
 * harbouring or receiving from the data, so it adds no definition of its own.
 */
export const NATIONAL_TRAFFICKING: Readonly<Record<Jurisdiction, readonly DefinitionId[]>> = {
  NO: ['no/straffeloven-257'],
  DK: [],
  ILO: [],
};

/**
 * @summary Which definitions hold, gravest first: trafficking definitions, then the two forced-labour ones.
 * @example
 * definitionsHolding({ positive: new Set(['exploitative-conditions-of-work', 'coercion-at-destination']), worstForms: [], child: false, iclsBoth: false }, 'NO')
 * //=> ['no/straffeloven-257', 'ilo-2009-dimensions']
 */
export function definitionsHolding(input: DefinitionInput, jurisdiction: Jurisdiction): DefinitionId[] {
  const { positive, worstForms, child, iclsBoth } = input;
  const holding: DefinitionId[] = [];
  if (traffickingCombination(positive)) holding.push('ilo-2009-combination');
  if (child && (positive.has(EC) || worstForms.length > 0)) holding.push('palermo-art-3c');
  if (NATIONAL_TRAFFICKING[jurisdiction].includes('no/straffeloven-257') && norwegianTrafficking(positive))
    holding.push('no/straffeloven-257');
  if (iclsBoth) holding.push('icls-2018');
  if (positive.has(CD) && positive.has(EC)) holding.push('ilo-2009-dimensions');
  return holding;
}

/**
 * Whether a finding can count towards forced labour or trafficking (its *standing*):
 *
 * - `not-counted`: at `info` severity;
 * - `tentative`: an observation of `low` confidence, or a finding whose indicators are all weak.
 *   Tentative signs never set a level, not even with others: they raise
 *   `assessment/needs-verification` for a trained person to look into;
 * - `established`: everything else. Established findings feed the dimensions and the ICLS
 *   elements.
 *
 * On top of that, **corroboration**: one observation row alone is not enough to move a worker to
 * forced labour or trafficking. When exactly one of the worker's established findings is an
 * observation that is not *decisive* (a strong indicator observed with `high` confidence), the ILO
 * rules are applied without it; it still sets the worker's base level (at most `work-crime`) and
 * is listed for verification. Two or more observation rows corroborate each other and count.
 */
export type Standing = 'not-counted' | 'tentative' | 'established';

/** What the standing rule reads of a finding. */
export interface StandingInput {
  readonly countsAtAll: boolean;
  readonly dimensions: readonly DimensionContribution[];
  /** The observer's confidence for an observation; `null` for findings from records. */
  readonly confidence: ConfidenceLevel | null;
}

/** @summary A finding's standing for the ILO rules (see {@link Standing}). */
export function standingOf({ countsAtAll, dimensions, confidence }: StandingInput): Standing {
  if (!countsAtAll) return 'not-counted';
  if (confidence === 'low') return 'tentative';
  if (dimensions.length > 0 && dimensions.every((d) => d.strength === 'weak')) return 'tentative';
  return 'established';
}

/** @summary Whether an observation is decisive on its own: a strong indicator observed with high confidence. */
export function decisiveObservation(dimensions: readonly DimensionContribution[], confidence: ConfidenceLevel | null): boolean {
  return confidence === 'high' && dimensions.some((d) => d.strength === 'strong');
}
