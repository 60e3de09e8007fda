import * as z from 'zod';
import { SEVERITIES, type Severity } from '../model/enums.js';
import type { Rule } from './rule.js';

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

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Rule ids closest to an unknown one (at most three: within a third of its length, or starting with it). */
export function nearMatches(id: string, known: readonly string[]): string[] {
  return known
    .map((candidate) => ({ candidate, d: Math.min(distance(id, candidate), distance(id, candidate.replace(/^[a-z]+\//, ''))) }))
    .filter(({ candidate, d }) => d <= Math.max(2, Math.floor(id.length / 3)) || (id.length >= 4 && candidate.startsWith(id)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
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
