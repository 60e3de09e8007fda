import * as z from 'zod';
import {
  ILO_DIMENSIONS,
  INDICATOR_STRENGTHS,
  type IloDimension,
  type IloIndicator,
  type IndicatorStrength,
} from '../model/enums.js';

/**
 * The ILO logic in one table, so a reviewer can correct it in one place
 * (../shared/domain/ilo-indicators.md).
 *
 * - Each indicator code feeds one or more Delphi dimensions with a strength (ILO & European
 *   Commission 2009, "Operational indicators of trafficking in human beings", adults, labour
 *   exploitation).
 * - Each code may also be an *involuntariness* or a *coercion* signal in the sense of the 20th ICLS
 *   (2018) guidelines on measuring forced labour: forced labour needs one of each.
 *
 * The six dimensions and their indicator counts are verified; the strengths, the dimension rule
 * and the combination rule were encoded from memory of the 2009 publication and are marked
 * `verified: false` until checked against it.
 * @module
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
   * about the employer vs about wages); the dimension rule counts distinct aspects.
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
}

const feeds = (dimension: IloDimension, strength: IndicatorStrength): DimensionContribution => ({ dimension, strength });
const CD = 'coercion-at-destination';
const EC = 'exploitative-conditions-of-work';
const AVD = 'abuse-of-vulnerability-at-destination';

/** Every indicator code's Delphi dimensions and ICLS element (`verified: false`, see module docs). */
export const INDICATOR_PROFILES: Readonly<Record<IloIndicator, IndicatorProfile>> = {
  'abuse-of-vulnerability': { dimensions: [feeds(AVD, 'medium')], icls: null },
  deception: { dimensions: [feeds('deceptive-recruitment', 'medium')], icls: 'involuntariness' },
  'restriction-of-movement': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  isolation: { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'physical-and-sexual-violence': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'intimidation-and-threats': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'retention-of-identity-documents': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'withholding-of-wages': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'debt-bondage': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
  'abusive-working-and-living-conditions': { dimensions: [feeds(EC, 'medium')], icls: 'involuntariness' },
  'excessive-overtime': { dimensions: [feeds(EC, 'strong')], icls: 'involuntariness' },
  'threat-of-denunciation': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'threats-against-family': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'forced-to-lie': { dimensions: [feeds(CD, 'medium')], icls: 'coercion' },
  'forced-criminal-activity': { dimensions: [feeds(CD, 'medium')], icls: 'involuntariness' },
  'forced-begging': { dimensions: [feeds(CD, 'medium')], icls: 'involuntariness' },
  'confinement-or-surveillance': { dimensions: [feeds(CD, 'strong')], icls: 'coercion' },
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
  'language-barrier': { dimensions: [feeds(AVD, 'weak')], icls: null },
  'irregular-status': {
    dimensions: [feeds('recruitment-by-abuse-of-vulnerability', 'medium'), feeds(AVD, 'medium')],
    icls: null,
  },
};

/** Indicators that are worst forms of child labour (ILO C182 art. 3) when the worker is a child. */
export const WORST_FORMS_FOR_CHILDREN: readonly IloIndicator[] = ['forced-begging', 'forced-criminal-activity'];

/** How many distinct indicators of each strength a dimension has. */
export type StrengthCounts = Readonly<Record<IndicatorStrength, number>>;

/**
 * @summary The 2009 dimension rule: at least two strong indicators; or one strong and one medium
 * or weak; or three medium; or two medium and one weak (`verified: false`).
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
 * work AND (coercion or abuse of vulnerability at destination) (`verified: false`).
 */
export function traffickingCombination(positive: ReadonlySet<IloDimension>): boolean {
  const recruitment =
    positive.has('deceptive-recruitment') ||
    positive.has('coercive-recruitment') ||
    positive.has('recruitment-by-abuse-of-vulnerability');
  return recruitment && positive.has(EC) && (positive.has(CD) || positive.has(AVD));
}
