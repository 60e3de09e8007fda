import { stringify } from '#csv-stringify-sync';
import type { Screening } from '../screen/screen.js';
import { findingEmployer, formatEvidence } from './shared.js';

/** Cell starts a spreadsheet reads as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @summary A cell a spreadsheet shows as text: one that would start a formula gets a leading
 * apostrophe (`=HYPERLINK(...)` → `'=HYPERLINK(...)`).
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const COLUMNS = [
  'id',
  'rule_id',
  'tier',
  'severity',
  'indicator',
  'subject_kind',
  'subject_id',
  'period_from',
  'period_to',
  'message',
  'evidence',
  'legal_refs',
  'next_steps',
  'employer_id',
  'employer_name',
  'employer_org_number',
] as const;

/**
 * @summary The findings as CSV for spreadsheets: one row per finding, evidence joined with `; `,
 * RFC 4180 quoting, formula injection neutralised in every cell.
 */
export function toFindingsCsv(screening: Screening): string {
  const employerOf = findingEmployer(screening);
  const rows = screening.findings.map((f) => [
    f.id,
    f.ruleId,
    f.tier,
    f.severity,
    f.indicator ?? '',
    f.subject.kind,
    f.subject.id,
    f.period?.from ?? '',
    f.period?.to ?? '',
    f.message,
    f.evidence.map(formatEvidence).join('; '),
    f.legalRefs.join('; '),
    f.nextSteps.join(' '),
    employerOf(f)?.id ?? '',
    employerOf(f)?.name ?? '',
    employerOf(f)?.orgNumber ?? '',
  ]);
  return stringify([[...COLUMNS], ...rows], {
    cast: { string: (value) => neutraliseFormula(value) },
    quoted_match: /[",\r\n;]/,
    record_delimiter: 'unix',
  });
}
