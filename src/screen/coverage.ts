import * as z from 'zod';
import type { CoverageReport, CoverageRow, RuleMeta } from '../rules/rule.js';
import { compareText } from '../collections/compare-text.js';
import type { Language } from '../i18n/messages.js';

/**
 * What each rule of a screening judged and what it could not: a clean screening means nothing
 * only together with what was covered.
 * @module
 */

/** One reason inputs were not judged: how many, and the first row (in source order) as an example. */
export const CoverageReasonSchema = z.object({
  /** The reason's id in the rule's `meta.coverage.unmeasured`. */
  id: z.string(),
  /** The reason in words. */
  reason: z.string(),
  count: z.number().int().nonnegative(),
  example: z.object({ source: z.string(), line: z.number().int() }).nullable(),
});
export type CoverageReason = z.infer<typeof CoverageReasonSchema>;

/** A rule's coverage in the JSON report (`coverage[]`). */
export const RuleCoverageSchema = z.object({
  ruleId: z.string(),
  /** What one input is (`salary payments`). */
  unit: z.string(),
  measured: z.number().int().nonnegative(),
  unmeasured: z.number().int().nonnegative(),
  reasons: z.array(CoverageReasonSchema),
});
export type RuleCoverage = z.infer<typeof RuleCoverageSchema>;

/** A coverage report for one rule run, and the entry it makes. */
export function coverageRecorder(meta: RuleMeta, lang: Language = 'en'): CoverageReport & { entry(): RuleCoverage } {
  let measured = 0;
  const reasons = new Map<string, { count: number; example: CoverageRow | undefined }>();
  return {
    judged(count = 1) {
      measured += count;
    },
    unmeasured(reason, row, count = 1) {
      if (!(reason in meta.coverage.unmeasured))
        throw new TypeError(`rule ${meta.id} reported an undocumented coverage reason "${reason}"`);
      const known = reasons.get(reason);
      if (!known) reasons.set(reason, { count, example: row });
      else {
        known.count += count;
        // The first row in source order, so row order never changes the example cited.
        if (row && (!known.example || before(row, known.example))) known.example = row;
      }
    },
    entry() {
      const list = [...reasons.entries()]
        .map(([id, { count, example }]) => ({
          id,
          reason: meta.coverage.unmeasured[id]![lang],
          count,
          example: example ? { source: example.provenance.source, line: example.provenance.line } : null,
        }))
        .sort((a, b) => b.count - a.count || compareText(a.id, b.id));
      return {
        ruleId: meta.id,
        unit: meta.coverage.unit.en,
        measured,
        unmeasured: list.reduce((sum, r) => sum + r.count, 0),
        reasons: list,
      };
    },
  };
}

const before = (a: CoverageRow, b: CoverageRow) =>
  a.provenance.source < b.provenance.source ||
  (a.provenance.source === b.provenance.source && a.provenance.line < b.provenance.line);
