import * as z from 'zod';
import { DimensionContributionSchema } from '../assess/ilo-table.js';
import { CONFIDENCE_LEVELS, ILO_INDICATORS, SEVERITIES, TIERS, type IloIndicator } from '../model/enums.js';
import { MessageDataSchema } from '../i18n/format-message.js';

/** A row and value a finding rests on: `payments.csv:12`, field `gross`, value `38000.00`. */
export const EvidenceSchema = z.object({
  source: z.string(),
  line: z.number().int().positive(),
  field: z.string(),
  value: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** @summary Evidence with each cited cell (source, line, field) once, in first-seen order. */
export function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.source}\0${e.line}\0${e.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Who a finding is about. */
export const SubjectSchema = z.object({
  kind: z.enum(['worker', 'employer', 'chain']),
  id: z.string(),
});
export type Subject = z.infer<typeof SubjectSchema>;

/** The days a finding covers. */
export const PeriodSchema = z.object({ from: z.string(), to: z.string() });
export type Period = z.infer<typeof PeriodSchema>;

/** An ILO indicator code as findings cite it: `ilo:withholding-of-wages`. */
export const IloIndicatorRefSchema = z.templateLiteral(['ilo:', z.enum(ILO_INDICATORS)]);
export type IloIndicatorRef = z.infer<typeof IloIndicatorRefSchema>;

/** @summary The bare indicator code of a finding (`withholding-of-wages`), or null. */
export function indicatorCode(finding: { readonly indicator: IloIndicatorRef | null }): IloIndicator | null {
  return finding.indicator === null ? null : (finding.indicator.slice(4) as IloIndicator);
}

/** What a finding can rest on. */
export const FINDING_BASES = ['records', 'observation'] as const;
export type FindingBasis = (typeof FINDING_BASES)[number];

/** One finding, as in the JSON report contract (`ReportSchema`). */
export const FindingSchema = z.object({
  /** Stable hash of rule, subject, period and evidence values (not line numbers). */
  id: z.string(),
  ruleId: z.string(),
  tier: z.enum(TIERS),
  severity: z.enum(SEVERITIES),
  /** The ILO indicator as `ilo:<code>`, or null. */
  indicator: IloIndicatorRefSchema.nullable(),
  /** The Delphi dimensions (and strengths) the indicator feeds in the ILO assessment; empty without one. */
  dimensions: z.array(DimensionContributionSchema),
  subject: SubjectSchema,
  period: PeriodSchema.nullable(),
  /**
   * What the finding rests on: `records` (the tables) or an `observation` a person recorded. The
   * ILO assessment weighs observations by their confidence and asks for corroboration.
   */
  basis: z.enum(FINDING_BASES),
  /** The observer's confidence for an observation (`medium` when none was recorded); `null` for records. */
  confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
  /**
   * `true` when the finding describes the worker's situation (a vulnerability such as recruitment
   * out of poverty, or a language barrier), not what anyone did: it feeds the ILO dimensions but
   * sets no level by itself. Absent otherwise.
   */
  contextOnly: z.literal(true).optional(),
  /** What was seen, rendered in the screening's language. */
  message: z.string(),
  /** The id of the rule's message (`meta.messages`) the text is rendered from. */
  messageId: z.string(),
  /** The values the message names, for rendering it in another language or reading it as data. */
  data: MessageDataSchema,
  evidence: z.array(EvidenceSchema),
  legalRefs: z.array(z.string()),
  nextSteps: z.array(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;
