import * as z from 'zod';
import { ILO_INDICATORS, SEVERITIES, TIERS } from '../model/enums.js';

/** A row and value a finding rests on: `payments.csv:12`, field `gross`, value `38000.00`. */
export const EvidenceSchema = z.object({
  source: z.string(),
  line: z.number().int().positive(),
  field: z.string(),
  value: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Who a finding is about. */
export const SubjectSchema = z.object({
  kind: z.enum(['worker', 'employer', 'chain']),
  id: z.string(),
});
export type Subject = z.infer<typeof SubjectSchema>;

/** The days a finding covers. */
export const PeriodSchema = z.object({ from: z.string(), to: z.string() });
export type Period = z.infer<typeof PeriodSchema>;

/** One finding, as in the JSON report contract (../shared/spec/interfaces.md). */
export const FindingSchema = z.object({
  /** Stable hash of rule, subject, period and evidence values (not line numbers). */
  id: z.string(),
  ruleId: z.string(),
  tier: z.enum(TIERS),
  severity: z.enum(SEVERITIES),
  indicator: z.enum(ILO_INDICATORS).nullable(),
  subject: SubjectSchema,
  period: PeriodSchema.nullable(),
  message: z.string(),
  evidence: z.array(EvidenceSchema),
  legalRefs: z.array(z.string()),
  nextSteps: z.array(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;
