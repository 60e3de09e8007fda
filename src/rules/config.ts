import * as z from 'zod';
import { SEVERITIES, type Severity } from '../model/enums.js';
import type { Rule } from './rule.js';
import { nearMatches as closest } from '../collections/near-matches.js';

const level = z.enum(['off', ...SEVERITIES]);

/** `{ rules: { 'no/minimum-wage': 'off' | 'info'…'critical' | [level, options] } }`, as in ESLint. */
export const RulesConfigSchema = z.record(z.string(), z.union([level, z.tuple([level]), z.tuple([level, z.unknown()])]));
export type RulesConfig = z.input<typeof RulesConfigSchema>;

/** A rule as configured for one screening. */
export interface ConfiguredRule {
  readonly rule: Rule;
  /** Severity set in the configuration; otherwise the rule's own grading or its default applies. */
  readonly severity?: Severity;
  readonly options: unknown;
}

/** Rule ids closest to an unknown one, the prefix (`no/`) ignored too (at most three). */
export function nearMatches(id: string, known: readonly string[]): string[] {
  const withoutPrefix = known.map((candidate) => ({ candidate, bare: candidate.replace(/^[a-z]+\//, '') }));
  const matches = new Set([
    ...closest(id, known),
    ...closest(
      id,
      withoutPrefix.map((k) => k.bare),
    ).map((bare) => withoutPrefix.find((k) => k.bare === bare)!.candidate),
  ]);
  return [...matches].slice(0, 3);
}

/**
 * @summary Validate a rules configuration against the known rules and their option schemas.
 * @throws TypeError naming the rule and the problem; unknown ids list the near matches
 */
export function configureRules(rules: readonly Rule[], config: RulesConfig = {}): ConfiguredRule[] {
  const parsed = RulesConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new TypeError(
      `invalid rules configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const ids = rules.map((rule) => rule.meta.id);
  for (const id of Object.keys(parsed.data)) {
    if (!ids.includes(id)) {
      const near = nearMatches(id, ids);
      throw new TypeError(
        `unknown rule "${id}"${near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : `; rules are ${ids.join(', ')}`}`,
      );
    }
  }
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const entry = parsed.data[rule.meta.id];
    const [setting, rawOptions] = Array.isArray(entry) ? entry : [entry, undefined];
    if (setting === 'off') continue;
    const options = rule.meta.options.safeParse(rawOptions ?? {});
    if (!options.success) {
      throw new TypeError(
        `invalid options for rule "${rule.meta.id}": ${options.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ')}`,
      );
    }
    configured.push({ rule, options: options.data, ...(setting !== undefined ? { severity: setting as Severity } : {}) });
  }
  return configured;
}
