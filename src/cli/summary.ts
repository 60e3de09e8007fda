import { LEVELS, SEVERITIES, type Severity } from '../model/enums.js';
import { levelName, severityName, type Language } from '../i18n/messages.js';
import type { ReportFormat } from '../report/index.js';
import { fails } from '../report/shared.js';
import { littleJudgedHeading, screenedText } from '../report/screened.js';
import type { CheckResult } from '../screen/project.js';
import type { Finding } from '../rules/finding.js';
import { VERSION } from '../version.js';
import { compareText } from '../collections/compare-text.js';

/** The words of the summary, in each report language. */
const WORDS = {
  counts: {
    en: (w: number, e: number, f: number) => `${w} workers, ${e} employers, ${f} findings`,
    nb: (w: number, e: number, f: number) => `${w} arbeidstakere, ${e} arbeidsgivere, ${f} funn`,
  },
  reference: { en: 'reference date', nb: 'referansedato' },
  data: {
    en: (errors: number, warnings: number) => `Data: ${errors} error(s), ${warnings} warning(s).`,
    nb: (errors: number, warnings: number) => `Data: ${errors} feil, ${warnings} advarsel(er).`,
  },
  workersByLevel: { en: 'Workers by level', nb: 'Arbeidstakere etter nivå' },
  employers: { en: 'Employers above none', nb: 'Arbeidsgivere over ingen' },
  affected: {
    en: (n: number, of: number) => `${n} of ${of} workers affected`,
    nb: (n: number, of: number) => `${n} av ${of} arbeidstakere berørt`,
  },
  atOrAbove: {
    en: (failOn: string, n: number) => `Findings at or above ${failOn} (${n}):`,
    nb: (failOn: string, n: number) => `Funn på eller over ${failOn} (${n}):`,
  },
  below: {
    en: (failOn: string, n: number, rules: string) => `Below ${failOn}: ${n} finding(s) (${rules}).`,
    nb: (failOn: string, n: number, rules: string) => `Under ${failOn}: ${n} funn (${rules}).`,
  },
  notRun: { en: 'Rules not run', nb: 'Regler som ikke ble kjørt' },
  more: { en: (n: number) => `… and ${n} more`, nb: (n: number) => `… og ${n} til` },
  wrote: { en: (f: string, o: string) => `Wrote ${f} to ${o}.`, nb: (f: string, o: string) => `Skrev ${f} til ${o}.` },
  verdictFound: {
    en: (n: number, failOn: string) => `${n} finding(s) at or above ${failOn}.`,
    nb: (n: number, failOn: string) => `${n} funn på eller over ${failOn}.`,
  },
  verdictNone: {
    en: (failOn: string) => `Nothing at or above ${failOn} in what was screened (above).`,
    nb: (failOn: string) => `Ingenting på eller over ${failOn} i det som ble screenet (over).`,
  },
  disclaimer: {
    en: 'An indicative screening, not a legal determination.',
    nb: 'En veiledende screening, ikke en rettslig vurdering.',
  },
  exit2: { en: 'Exit 2', nb: 'Avslutter med kode 2' },
} as const;

/** Skipped rules listed by name before the rest are counted. */
const SKIPPED_LISTED = 8;

/**
 * @summary The summary `check` prints: what was screened, the data's errors and warnings, workers
 * by level, the employers above none, the findings at or above the threshold in full (grouped by
 * subject) and the rest counted per rule, the rules not run, the reports written, and the verdict,
 * in the report's language. It names only the reports that were written.
 */
export function formatCheckSummary(result: CheckResult, written: readonly { format: ReportFormat; out: string }[] = []): string {
  const { screening, settings } = result;
  const lang: Language = settings.lang;
  const failOn: Severity = settings.failOn;
  const { summary } = screening;
  const severity = (s: Severity) => severityName(s, lang);
  const counts = [...SEVERITIES]
    .reverse()
    .filter((s) => summary.bySeverity[s] > 0)
    .map((s) => `${summary.bySeverity[s]} ${severity(s)}`);
  const lines = [
    `labour-screen ${VERSION} · ${screening.jurisdiction} · ${WORDS.reference[lang]} ${screening.referenceDate}`,
    `${WORDS.counts[lang](summary.workers, summary.employers, summary.findings)}${counts.length ? `: ${counts.join(', ')}` : ''}.`,
  ];
  const screened = screenedText(screening, lang);
  lines.push(`${screened.heading}:`, ...screened.lines.map((line) => `  ${line}`));
  if (screened.littleJudged.length > 0)
    lines.push(`  ${littleJudgedHeading(lang)}:`, ...screened.littleJudged.map((line) => `    ${line}`));
  for (const warning of screened.warnings) lines.push(`  ! ${warning}`);
  lines.push(WORDS.data[lang](result.errorCount, result.warningCount));

  const byLevel = LEVELS.filter((level) => level !== 'none')
    .map((level) => [level, screening.workers.filter((w) => w.level === level).length] as const)
    .filter(([, n]) => n > 0);
  if (byLevel.length > 0)
    lines.push(`${WORDS.workersByLevel[lang]}: ${byLevel.map(([level, n]) => `${levelName(level, lang)} ${n}`).join(', ')}.`);
  const employers = screening.employers.filter((e) => e.level !== 'none');
  if (employers.length > 0) {
    lines.push(`${WORDS.employers[lang]}:`);
    for (const employer of employers) {
      const staff = Object.values(employer.workersAffected).reduce((a, b) => a + b, 0);
      lines.push(
        `  ${employer.id}: ${levelName(employer.level, lang)} (${WORDS.affected[lang](staff - employer.workersAffected.none, staff)})`,
      );
    }
  }

  const failing = screening.findings.filter((f) => fails(f, failOn));
  if (failing.length > 0) {
    lines.push(WORDS.atOrAbove[lang](severity(failOn), failing.length));
    const bySubject = new Map<string, Finding[]>();
    for (const finding of failing) {
      const key = `${finding.subject.kind} ${finding.subject.id}`;
      const list = bySubject.get(key);
      if (list) list.push(finding);
      else bySubject.set(key, [finding]);
    }
    for (const [subject, findings] of [...bySubject.entries()].sort(([a], [b]) => compareText(a, b))) {
      lines.push(`  ${subject}`);
      for (const f of findings) {
        const where = f.evidence[0] ? ` ${f.evidence[0].source}:${f.evidence[0].line}` : '';
        lines.push(`    ${severity(f.severity).padEnd(8)} ${f.ruleId}${where}: ${f.message}`);
      }
    }
  }
  const rest = screening.findings.filter((f) => !fails(f, failOn));
  if (rest.length > 0) {
    const perRule = new Map<string, number>();
    for (const f of rest) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    const rules = [...perRule.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
    lines.push(WORDS.below[lang](severity(failOn), rest.length, rules));
  }
  if (screening.skipped.length > 0) {
    lines.push(`${WORDS.notRun[lang]} (${screening.skipped.length}):`);
    for (const skipped of screening.skipped.slice(0, SKIPPED_LISTED)) lines.push(`  ${skipped.ruleId}: ${skipped.reason}`);
    if (screening.skipped.length > SKIPPED_LISTED) lines.push(`  ${WORDS.more[lang](screening.skipped.length - SKIPPED_LISTED)}`);
  }
  for (const { format, out } of written) lines.push(WORDS.wrote[lang](format, out));
  lines.push(
    `${failing.length > 0 ? WORDS.verdictFound[lang](failing.length, severity(failOn)) : WORDS.verdictNone[lang](severity(failOn))} ${WORDS.disclaimer[lang]}`,
  );
  for (const reason of result.exitReasons) lines.push(`${WORDS.exit2[lang]}: ${reason}.`);
  return `${lines.join('\n')}\n`;
}
