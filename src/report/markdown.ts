import { ILO_DIMENSIONS, LEVELS, SEVERITIES, TIERS, compareLevels } from '../model/enums.js';
import { LEVEL_GUIDANCE } from '../assess/guidance.js';
import type { WorkerLevel } from '../assess/levels.js';
import { dimensionName, levelName, severityName, strengthName, t, tierName, type Language } from '../i18n/messages.js';
import type { RuleMeta } from '../rules/rule.js';
import type { Finding } from '../rules/finding.js';
import type { Screening } from '../screen/screen.js';
import { formatEvidence, formatPeriod, levelsPresent, rulesById, workersWithIndicators, type ReportOptions } from './shared.js';
import { groupBy } from '../collections/group-by.js';
import { littleJudgedHeading, screenedText } from './screened.js';

/** Text safe in a Markdown table cell or paragraph: markup characters escaped, one line. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

/**
 * Text as a code span: literal inside, so nothing is escaped but what could end the span or the
 * table cell (backticks become ', pipes are escaped as GFM tables need, line breaks become spaces).
 */
function code(text: string): string {
  return `\`${text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')}\``;
}

/** Evidence cited per finding in Markdown (pull-request comments have a size limit). */
const MAX_EVIDENCE = 5;

/**
 * @summary The screening as Markdown for a pull-request comment or an issue: the counts by tier
 * and severity, then per employer its level, its workers by level and the findings with evidence.
 */
export function toMarkdown(screening: Screening, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const rules = rulesById(options.rules);
  const out: string[] = [];
  out.push(`# ${t('title', lang)}`, '', `> ${t('disclaimer', lang)}`, '');
  out.push(
    `${t('jurisdiction', lang)}: **${screening.jurisdiction}** · ${t('referenceDate', lang)}: **${screening.referenceDate}** · ` +
      `${t('workers', lang)}: ${screening.summary.workers} · ${t('employers', lang)}: ${screening.summary.employers} · ` +
      `${t('findings', lang)}: ${screening.summary.findings}`,
    '',
  );

  out.push(`## ${t('summary', lang)}`, '');
  const severities = [...SEVERITIES].reverse();
  out.push(`| ${t('tier', lang)} | ${severities.map((s) => severityName(s, lang)).join(' | ')} | ${t('total', lang)} |`);
  out.push(`|---|${severities.map(() => '---:').join('|')}|---:|`);
  for (const tier of TIERS) {
    const inTier = screening.findings.filter((f) => f.tier === tier);
    out.push(
      `| ${tierName(tier, lang)} | ${severities.map((s) => inTier.filter((f) => f.severity === s).length).join(' | ')} | ${inTier.length} |`,
    );
  }
  out.push('');

  out.push(...screenedLines(screening, lang));

  const present = levelsPresent(screening);
  if (present.length > 0) {
    out.push(`## ${t('levelGuide', lang)}`, '');
    for (const level of present)
      out.push(
        `### ${levelName(level, lang)}`,
        '',
        md(LEVEL_GUIDANCE[level].meaning[lang]),
        '',
        `${t('nextSteps', lang)}: ${md(LEVEL_GUIDANCE[level].nextSteps[lang])}`,
        '',
      );
  }

  const withIndicators = workersWithIndicators(screening.workers);
  if (withIndicators.length > 0) {
    out.push(`## ${t('iloAssessment', lang)}`, '', `> ${t('iloNote', lang)}`, '');
    // Full tables where an ILO rule or a dimension holds; one line for the others (PR comments have a size limit).
    const full = (w: WorkerLevel) =>
      compareLevels(w.level, 'forced-labour') >= 0 || Object.values(w.ilo.dimensions).some((d) => d.positive);
    for (const worker of withIndicators.filter(full)) out.push(...iloLines(worker, lang));
    const brief = withIndicators.filter((w) => !full(w));
    if (brief.length > 0) {
      for (const worker of brief)
        out.push(
          `- ${code(worker.id)} (${code(worker.employerId)}), ${levelName(worker.level, lang)}: ${ILO_DIMENSIONS.filter(
            (d) => worker.ilo.dimensions[d].indicators.length > 0,
          )
            .map(
              (d) =>
                `${dimensionName(d, lang)}: ${worker.ilo.dimensions[d].indicators.map((hit) => `${md(hit.indicator.replace(/-/g, ' '))} (${strengthName(hit.strength, lang)})`).join(', ')}`,
            )
            .join('; ')}`,
        );
      out.push('');
    }
  }

  const workerEmployer = new Map(screening.workers.map((w) => [w.id, w.employerId]));
  // Filed once, in report order (a scan of all findings per employer was quadratic).
  const filed = groupBy(screening.findings, (f) =>
    f.subject.kind === 'worker' ? workerEmployer.get(f.subject.id) : f.subject.id,
  );
  for (const employer of screening.employers) {
    const findings = filed.get(employer.id) ?? [];
    const staff = LEVELS.filter((level) => employer.workersAffected[level] > 0)
      .map((level) => `${levelName(level, lang)} ${employer.workersAffected[level]}`)
      .join(', ');
    if (findings.length === 0 && !staff && employer.inChain.length === 0) continue;
    out.push(`## ${md(employer.id)}: ${levelName(employer.level, lang)}`, '');
    if (staff) out.push(`${t('workers', lang)}: ${staff} · ${t('share', lang)}: ${Math.round(employer.share * 100)} %`, '');
    for (const note of employer.notes) out.push(`> ${md(note)}`, '');
    if (employer.inChain.length > 0)
      out.push(
        `${t('inChain', lang)}: ${employer.inChain.map((c) => `${code(c.supplier)} ${levelName(c.level, lang)} (${c.path.map(md).join(' → ')})`).join('; ')}`,
        '',
      );
    if (findings.length === 0) {
      out.push(t('noFindings', lang), '');
      continue;
    }
    for (const finding of findings) out.push(...findingLines(finding, rules.get(finding.ruleId)?.meta, lang));
  }
  const orphans = screening.findings.filter((f) => f.subject.kind === 'chain');
  for (const finding of orphans) out.push(...findingLines(finding, rules.get(finding.ruleId)?.meta, lang));

  if (screening.skipped.length > 0) {
    out.push(`## ${t('skipped', lang)}`, '', `| ${t('rule', lang)} | ${t('reason', lang)} |`, '|---|---|');
    for (const s of screening.skipped) out.push(`| ${code(s.ruleId)} | ${md(s.reason)} |`);
    out.push('');
  }
  if (screening.ingestIssues.length > 0) {
    out.push(`## ${t('ingestIssues', lang)}`, '');
    for (const issue of screening.ingestIssues)
      out.push(`- ${code(`${issue.source}:${issue.line}`)} ${issue.severity}: ${md(issue.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** "What was screened": a clean screening says what it covered and what the rules could not judge. */
function screenedLines(screening: Screening, lang: Language): string[] {
  const block = screenedText(screening, lang);
  const out = [`## ${block.heading}`, ''];
  if (screening.findings.length === 0) out.push(md(t('noFindingsScreened', lang)), '');
  for (const warning of block.warnings) out.push(`> ${md(warning)}`, '');
  for (const line of block.lines) out.push(`- ${md(line)}`);
  out.push('');
  if (block.littleJudged.length > 0) {
    out.push(`${md(littleJudgedHeading(lang))}:`, '');
    for (const line of block.littleJudged) out.push(`- ${md(line)}`);
    out.push('');
  }
  return out;
}

function findingLines(finding: Finding, meta: RuleMeta | undefined, lang: Language): string[] {
  const title = meta?.title[lang];
  const shown = finding.evidence.slice(0, MAX_EVIDENCE);
  const more = finding.evidence.length - shown.length;
  return [
    `### ${severityName(finding.severity, lang)} · ${code(finding.ruleId)}${title ? ` ${md(title)}` : ''}`,
    '',
    `${t('subject', lang)}: ${finding.subject.kind} ${code(finding.subject.id)}${finding.period ? ` · ${t('period', lang)}: ${formatPeriod(finding.period)}` : ''}`,
    '',
    md(finding.message),
    '',
    ...shown.map((e) => `- ${code(formatEvidence(e))}`),
    ...(more > 0 ? [`- … ${more} ${t('moreEvidence', lang)}`] : []),
    '',
    `${t('legalRefs', lang)}: ${md(finding.legalRefs.join('; '))}`,
    '',
    `${t('nextSteps', lang)}: ${md(meta?.nextSteps[lang] ?? finding.nextSteps.join(' '))}`,
    '',
  ];
}

function iloLines(worker: WorkerLevel, lang: Language): string[] {
  const { ilo } = worker;
  const signals = (list: typeof ilo.coercion) => list.map((s) => s.indicator.replace(/-/g, ' ')).join(', ') || '–';
  return [
    `### ${code(worker.id)} (${code(worker.employerId)}): ${levelName(worker.level, lang)}${ilo.child ? `, ${t('child', lang)}` : ''}`,
    '',
    ...worker.reasons.map((reason) => `- ${md(reason)}`),
    ...(worker.reasons.length > 0 ? [''] : []),
    `| ${t('dimension', lang)} | ${t('positive', lang)} | ${t('indicators', lang)} |`,
    '|---|---|---|',
    ...ILO_DIMENSIONS.map((dimension) => {
      const state = ilo.dimensions[dimension];
      const indicators = state.indicators
        .map((hit) => `${md(hit.indicator.replace(/-/g, ' '))} (${strengthName(hit.strength, lang)})`)
        .join(', ');
      return `| ${dimensionName(dimension, lang)} | ${state.positive ? `**${t('yes', lang)}**` : t('no', lang)} | ${indicators || '–'} |`;
    }),
    '',
    `${t('involuntariness', lang)}: ${md(signals(ilo.involuntariness))} · ${t('coercion', lang)}: ${md(signals(ilo.coercion))}`,
    '',
  ];
}
