import { describe, expect, it } from 'vitest';
import { DOCUMENTED_RULES } from '../../src/report/shared.js';
import { runRuleExample } from '../../src/report/rule-examples.js';
import { TABLES } from '../../src/model/tables.js';

const FILE_NAMES = new Set(Object.values(TABLES).map((table) => table.fileName));

describe.each(DOCUMENTED_RULES.map((rule) => [rule.meta.id, rule] as const))('worked examples of %s', (_id, rule) => {
  it('has at least one breach and one compliant example, in tables of the data contract', () => {
    const kinds = new Set(rule.meta.examples.map((example) => example.kind));
    expect([...kinds].sort()).toEqual(['breach', 'compliant']);
    for (const example of rule.meta.examples) {
      for (const table of Object.keys(example.tables)) expect(FILE_NAMES).toContain(table);
    }
  });

  it.each(rule.meta.examples.map((example) => [example.kind, example.title.en, example] as const))(
    '%s: %s',
    (kind, _title, example) => {
      const { findings, issues } = runRuleExample(rule, example);
      // Examples are clean data: nothing to warn about, so the page shows the rule and nothing else.
      expect(issues).toEqual([]);
      if (kind === 'compliant') {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((finding) => finding.severity !== 'info')).toBe(true);
      const sources = new Set(Object.keys(example.tables).map((table) => `${table}.csv`));
      for (const finding of findings) {
        for (const evidence of finding.evidence) {
          expect(sources).toContain(evidence.source);
          const lines = example.tables[evidence.source.replace(/\.csv$/, '')]!;
          expect(evidence.line).toBeGreaterThanOrEqual(2);
          expect(evidence.line).toBeLessThanOrEqual(lines.length);
        }
      }
    },
  );
});
