import type { Finding } from '../rules/finding.js';
import type { Screening } from '../screen/screen.js';
import { fails, formatEvidence, formatPeriod, inLanguage, rulesById, type ReportOptions } from './shared.js';
import { escapeXml as x } from './xml.js';
import { groupBy } from '../collections/group-by.js';

/** Which employer a finding is filed under: the worker's employer, or the subject itself. */
function employerOf(finding: Finding, workerEmployer: ReadonlyMap<string, string>): string {
  return finding.subject.kind === 'worker' ? (workerEmployer.get(finding.subject.id) ?? finding.subject.id) : finding.subject.id;
}

function describe(findings: readonly Finding[]): string {
  return findings
    .map((f) =>
      [
        `[${f.severity}] ${f.subject.kind} ${f.subject.id}${f.period ? ` (${formatPeriod(f.period)})` : ''}: ${f.message}`,
        ...f.evidence.map((e) => `  ${formatEvidence(e)}`),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * @summary The screening as JUnit XML: one `<testsuite>` per employer, one `<testcase>` per rule
 * that ran; the findings at or above `failOn` (default `high`) make the case a `<failure>`, those
 * below are listed in the suite's output. Rules that did not run are skipped cases. Valid against
 * the Ant JUnit schema; timestamps are the reference date, never the clock.
 */
export function toJunit(given: Screening, options: ReportOptions = {}): string {
  const failOn = options.failOn ?? 'high';
  const lang = options.lang ?? given.lang;
  const rules = rulesById(options.rules);
  const screening = inLanguage(given, lang, rules);
  const skipped = new Map(screening.skipped.map((s) => [s.ruleId, s.reason]));
  const ran = [...rules.keys()].filter((id) => !skipped.has(id)).sort();
  const workerEmployer = new Map(screening.workers.map((w) => [w.id, w.employerId]));
  const byEmployer = groupBy(screening.findings, (finding) => employerOf(finding, workerEmployer));
  for (const employer of screening.employers) if (!byEmployer.has(employer.id)) byEmployer.set(employer.id, []);
  const timestamp = `${screening.referenceDate}T00:00:00`;
  const orgs = new Map(screening.employers.map((e) => [e.id, e]));
  const suites = [...byEmployer.keys()].sort().map((employer, id) => {
    const findings = byEmployer.get(employer)!;
    const cases: string[] = [];
    let failures = 0;
    for (const ruleId of [...ran, ...[...skipped.keys()].sort()]) {
      const name = `${ruleId}`;
      const open = `    <testcase name="${x(name)}" classname="${x(`labour-screen.${employer}`)}" time="0"`;
      const reason = skipped.get(ruleId);
      if (reason !== undefined) {
        cases.push(`${open}>\n      <skipped message="${x(reason)}"/>\n    </testcase>`);
        continue;
      }
      const failing = findings.filter((f) => f.ruleId === ruleId && fails(f, failOn));
      if (failing.length === 0) {
        cases.push(`${open}/>`);
        continue;
      }
      failures++;
      const worst = failing[0]!;
      // The body carries everything (GitLab shows the body, not the message attribute).
      const meta = rules.get(ruleId)?.meta;
      const body = [
        `${failing.length} finding(s) at or above ${failOn}:`,
        describe(failing),
        ...(meta ? [`${lang === 'nb' ? 'Rettslig grunnlag' : 'Legal basis'}: ${meta.legalRefs.join('; ')}`] : []),
        ...(meta ? [`${lang === 'nb' ? 'Kontroller videre' : 'Verify next'}: ${meta.nextSteps[lang]}`] : []),
      ].join('\n');
      cases.push(
        `${open}>\n      <failure message="${x(`${failing.length} finding(s) at or above ${failOn}: ${worst.message}`)}" type="${x(worst.severity)}">${x(body)}</failure>\n    </testcase>`,
      );
    }
    const below = findings.filter((f) => !fails(f, failOn));
    return [
      `  <testsuite name="${x(employer)}" package="labour-screen" id="${id}" hostname="labour-screen" timestamp="${timestamp}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped.size}" time="0">`,
      '    <properties>',
      `      <property name="jurisdiction" value="${x(screening.jurisdiction)}"/>`,
      `      <property name="referenceDate" value="${x(screening.referenceDate)}"/>`,
      `      <property name="failOn" value="${x(failOn)}"/>`,
      ...(orgs.get(employer)?.name ? [`      <property name="employerName" value="${x(orgs.get(employer)!.name!)}"/>`] : []),
      ...(orgs.get(employer)?.orgNumber
        ? [`      <property name="employerOrgNumber" value="${x(orgs.get(employer)!.orgNumber!)}"/>`]
        : []),
      '    </properties>',
      ...cases,
      `    <system-out>${x(below.length ? `Findings below ${failOn}:\n${describe(below)}` : '')}</system-out>`,
      '    <system-err></system-err>',
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // The Ant schema gives <testsuites> no attributes; totals are per suite.
    '<testsuites>',
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
