import { LEVELS, compareSeverities, type Level, type Severity } from '../model/enums.js';
import type { WorkerLevel } from '../assess/levels.js';
import { RULES } from '../rules/index.js';
import type { Evidence, Finding } from '../rules/finding.js';
import type { Documented, Rule } from '../rules/rule.js';
import { ASSESSMENT_RULES } from '../assess/assessment-rules.js';
import type { Language } from '../i18n/messages.js';
import type { Screening } from '../screen/screen.js';
import { formatMessage } from '../i18n/format-message.js';
import { SHARED_MESSAGES } from '../i18n/shared-messages.js';

/** Options every report format takes. */
export interface ReportOptions {
  /** Language of the report's own words and rule texts. Default `en`. */
  readonly lang?: Language;
  /** Findings at or above this severity fail (JUnit failures, SARIF `error`s stay by severity). Default `high`. */
  readonly failOn?: Severity;
  /** The rules the screening ran, for their meta; default every built-in rule. */
  readonly rules?: readonly Rule[];
}

/** Where rule documentation pages live; a rule's page is `<base><slug>.md`. */
export const RULE_DOCS_BASE_URI = 'https://github.com/labour-screen/labour-screen/blob/main/docs/rules/';

/**
 * @summary A rule's documentation page, relative to `docs/rules/`, without `.md`: the rule id
 * itself (`no/minimum-wage` → `no/minimum-wage`), with anything but letters, digits, `-` and `/`
 * replaced so a hostile id can never leave the folder.
 */
export function ruleSlug(ruleId: string): string {
  return ruleId
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map((part) => part.replace(/[^a-z0-9-]+/gi, '-'))
    .join('/');
}

/** Every documented rule: the rules, then the findings the assessment adds. */
export const DOCUMENTED_RULES: readonly Documented[] = [...RULES, ...ASSESSMENT_RULES];

/** The rules by id, with the assessment's own (its findings appear in every screening). */
export function rulesById(rules: readonly Rule[] = RULES): ReadonlyMap<string, Documented> {
  return new Map([...rules, ...ASSESSMENT_RULES].map((rule) => [rule.meta.id, rule]));
}

/**
 * @summary A screening with its finding messages and next steps in `lang`, rendered again from
 * their ids and data where the screening was written in another language (the workers' reasons
 * and notes stay in the screening's language: screen with `lang` to have them in it).
 */
export function inLanguage(screening: Screening, lang: Language, rules: ReadonlyMap<string, Documented>): Screening {
  if (screening.lang === lang) return screening;
  return {
    ...screening,
    lang,
    findings: screening.findings.map((finding) => {
      const meta = rules.get(finding.ruleId)?.meta;
      if (!meta || !Object.hasOwn(meta.messages, finding.messageId)) return finding;
      return {
        ...finding,
        message: formatMessage({ id: finding.messageId, data: finding.data }, lang, [meta.messages, SHARED_MESSAGES]),
        nextSteps: [meta.nextSteps[lang]],
      };
    }),
  };
}

/**
 * @summary Who a finding is about as an organisation: the employer it is about, or the worker's
 * employer; `undefined` for a chain.
 */
export function findingEmployer(screening: Screening): (finding: Finding) => Screening['employers'][number] | undefined {
  const employers = new Map(screening.employers.map((e) => [e.id, e]));
  const workerEmployer = new Map(screening.workers.map((w) => [w.id, w.employerId]));
  return (finding) =>
    finding.subject.kind === 'employer'
      ? employers.get(finding.subject.id)
      : finding.subject.kind === 'worker'
        ? employers.get(workerEmployer.get(finding.subject.id) ?? '')
        : undefined;
}

/** @summary `payments.csv:12 gross=38000.00`. */
export function formatEvidence(evidence: Evidence): string {
  return `${evidence.source}:${evidence.line} ${evidence.field}=${evidence.value}`;
}

/** @summary Does a finding reach the fail threshold? */
export function fails(finding: Finding, failOn: Severity): boolean {
  return compareSeverities(finding.severity, failOn) >= 0;
}

/** @summary A period as `from – to`, one date when both are the same. */
export function formatPeriod(period: Finding['period']): string {
  if (!period) return '';
  return period.from === period.to ? period.from : `${period.from} – ${period.to}`;
}

/** @summary The levels above `none` that some worker or employer holds, most severe first. */
export function levelsPresent(screening: {
  readonly workers: readonly { level: Level }[];
  readonly employers: readonly { level: Level }[];
}): Level[] {
  const held = new Set([...screening.workers, ...screening.employers].map((s) => s.level));
  return [...LEVELS].reverse().filter((level) => level !== 'none' && held.has(level));
}

/** @summary Workers with at least one ILO indicator, for the per-worker ILO tables. */
export function workersWithIndicators(workers: readonly WorkerLevel[]): WorkerLevel[] {
  return workers.filter((w) => Object.values(w.ilo.dimensions).some((d) => d.indicators.length > 0));
}
