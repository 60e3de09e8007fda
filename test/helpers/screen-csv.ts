import { expect } from 'vitest';
import { parseDataset, type TableInput } from '../../src/ingest/index.js';
import { RULES, screen, type ScreenOptions } from '../../src/index.js';

/** Read CSV tables (must read without errors) and screen them with one rule on. */
export function screenCsv(tables: Record<string, TableInput>, ruleId: string, options: ScreenOptions = {}) {
  const { dataset, issues } = parseDataset(tables);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  const result = screen(dataset, { on: '2025-12-31', ...options });
  return { ...result, dataset, mine: result.findings.filter((f) => f.ruleId === ruleId) };
}

export const ORGS = 'org_id,name,sector\nclean,Renhold AS,cleaning\nbuild,Bygg AS,construction\n';

/** Screening options that run only `ruleId` (with its own grading). */
export function onlyRule(ruleId: string, options: ScreenOptions = {}): ScreenOptions {
  return { ...options, ruleSet: RULES.filter((rule) => rule.meta.id === ruleId) };
}
