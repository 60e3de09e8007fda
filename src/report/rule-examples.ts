import { parseDataset } from '../ingest/parse-dataset.js';
import type { IngestIssue } from '../ingest/issue.js';
import { RULES } from '../rules/index.js';
import type { Finding } from '../rules/finding.js';
import type { Documented, Rule, RuleExample } from '../rules/rule.js';
import { screen } from '../screen/screen.js';

/** What screening a rule's worked example gives: the rule's findings and any reading issues. */
export interface RuleExampleOutcome {
  readonly findings: readonly Finding[];
  readonly issues: readonly IngestIssue[];
}

/** The CSV text of an example table. */
export function exampleCsv(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

/**
 * @summary Screen a rule's worked example: the rule alone (the assessment's findings with every
 * rule, since they come from the others), keeping only the findings of that rule.
 */
export function runRuleExample(rule: Documented, example: RuleExample): RuleExampleOutcome {
  const tables = Object.fromEntries(Object.entries(example.tables).map(([table, lines]) => [table, exampleCsv(lines)]));
  const { dataset, issues } = parseDataset(tables, { jurisdiction: example.jurisdiction ?? 'NO' });
  const own = RULES.find((candidate) => candidate.meta.id === rule.meta.id) as Rule | undefined;
  const result = screen(dataset, {
    on: example.on ?? '2025-12-31',
    jurisdiction: example.jurisdiction ?? 'NO',
    ruleSet: own ? [own] : RULES,
  });
  return { findings: result.findings.filter((finding) => finding.ruleId === rule.meta.id), issues };
}
