import { ILO_DIMENSIONS, LEVELS, SEVERITIES, TIERS, compareLevels, type Severity } from '../model/enums.js';
import { LEVEL_GUIDANCE } from '../assess/guidance.js';
import type { WorkerLevel } from '../assess/levels.js';
import { dimensionName, levelName, severityName, strengthName, t, tierName, type Language } from '../i18n/messages.js';
import type { Documented, RuleMeta } from '../rules/rule.js';
import type { Finding } from '../rules/finding.js';
import type { Screening } from '../screen/screen.js';
import {
  inLanguage,
  formatEvidence,
  formatPeriod,
  levelsPresent,
  rulesById,
  workersWithIndicators,
  type ReportOptions,
} from './shared.js';
import { groupBy } from '../collections/group-by.js';
import { compareText } from '../collections/compare-text.js';
import { littleJudgedHeading, screenedText } from './screened.js';
import { indicatorLabel } from '../i18n/code-names.js';

/** Text safe in a Markdown table cell or paragraph: markup characters escaped, one line. */
function md(text: string): string {
  // Not ( and ): with [ and ] escaped no link can form, and "\(4 of 4\)" is hard to read as text.
  return text.replace(/[\\`*_{}[\]#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
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

/**
 * Most characters of a Markdown report: GitHub takes 65 536 in a pull-request comment, and CI
 * tools that post the report add their own words around it.
 */
export const MARKDOWN_MAX_CHARS = 60_000;

/** Findings shown one by one in a group of one rule at one employer; the rest are counted. */
const GROUP_LINES = 5;

/** Data issues listed before the rest are counted. */
const MAX_ISSUE_LINES = 20;

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions extends ReportOptions {
  /** Most characters (default {@link MARKDOWN_MAX_CHARS}); past it, the least grave parts are left out and counted. */
  readonly maxChars?: number;
}

/** A part of the report that is shown whole or not at all. */
interface Block {
  readonly lines: readonly string[];
  /** Findings it shows, counted when it is left out. */
  readonly findings: number;
  /** Worker assessments it shows. */
  readonly workers: number;
  /** What goes in first when not everything fits: lower first (see {@link rankOf}). */
  readonly rank: number;
  /** ILO assessment blocks share one heading, written before the first one shown. */
  readonly ilo?: boolean;
  /** The rule whose findings it shows: its legal basis and next steps are listed once at the end. */
  readonly ruleId?: string;
}

/**
 * Which parts go in first when not everything fits: each employer's heading with its gravest
 * group, the three gravest workers' ILO tables, the critical and high groups, the other ILO
 * tables, then medium, then low and info groups.
 */
function rankOf(part: 'employer' | 'ilo-first' | 'ilo' | 'ilo-brief' | Severity): number {
  const ranks: Record<typeof part, number> = {
    employer: 0,
    'ilo-first': 1,
    critical: 2,
    high: 2,
    ilo: 3,
    'ilo-brief': 4,
    medium: 5,
    low: 6,
    info: 6,
  };
  return ranks[part];
}

const WORDS = {
  workersByLevel: { en: 'Workers by level', nb: 'Arbeidstakere etter nivå' },
  more: {
    en: (n: number) => `… and ${n} more`,
    nb: (n: number) => `… og ${n} til`,
  },
  findingsCount: {
    en: (n: number) => `${n} finding(s)`,
    nb: (n: number) => `${n} funn`,
  },
  rulesCited: {
    en: 'Rules cited: legal basis and what to verify',
    nb: 'Regler i rapporten: rettslig grunnlag og hva som kontrolleres',
  },
  shortened: {
    en: (findings: number, workers: number) =>
      `**Shortened to fit a pull-request comment:** ${findings} finding(s) and ${workers} worker assessment(s) are not shown. The full report: \`labour-screen check --format html\` (or \`json\`).`,
    nb: (findings: number, workers: number) =>
      `**Forkortet for å passe i en kommentar:** ${findings} funn og ${workers} vurdering(er) av arbeidstakere vises ikke. Hele rapporten: \`labour-screen check --format html\` (eller \`json\`).`,
  },
  moreIssues: {
    en: (n: number) => `… and ${n} more in the full report`,
    nb: (n: number) => `… og ${n} til i hele rapporten`,
  },
} as const;

/**
 * @summary The screening as Markdown for a pull-request comment or an issue: the counts by tier
 * and severity and workers by level, what was screened, what the levels mean, the ILO assessment
 * of the workers at the gravest levels, then per employer (by name and number) its findings
 * grouped by rule, the legal basis and next steps once per rule. Within `maxChars` (default
 * {@link MARKDOWN_MAX_CHARS}): the least grave parts are left out first, and counted.
 */
export function toMarkdown(given: Screening, options: MarkdownOptions = {}): string {
  const lang = options.lang ?? given.lang;
  const rules = rulesById(options.rules);
  const screening = inLanguage(given, lang, rules);
  const maxChars = options.maxChars ?? MARKDOWN_MAX_CHARS;
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
  // Levels of people, not only counts of findings: two workers at trafficking show as such.
  const byLevel = [...LEVELS]
    .reverse()
    .map((level) => [level, screening.workers.filter((w) => w.level === level).length] as const)
    .filter(([, n]) => n > 0);
  if (byLevel.length > 0)
    out.push(
      `${WORDS.workersByLevel[lang]}: ${byLevel.map(([level, n]) => `${levelName(level, lang)} **${n}**`).join(' · ')}`,
      '',
    );

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

  const blocks: Block[] = [...iloBlocks(screening, lang), ...employerBlocks(screening, rules, lang)];
  const chainFindings = screening.findings.filter((f) => f.subject.kind === 'chain');
  if (chainFindings.length > 0)
    for (const group of groupBy(chainFindings, (f) => f.ruleId).values())
      blocks.push({
        lines: groupLines(group, rules.get(group[0]!.ruleId)?.meta, lang),
        findings: group.length,
        workers: 0,
        rank: rankOf(group[0]!.severity),
        ruleId: group[0]!.ruleId,
      });

  // Chosen by rank (gravest first), shown in document order; what does not fit is counted. The
  // closing parts are reserved first, and each rule shown brings its line of legal basis.
  const sizeOf = (lines: readonly string[]) => lines.reduce((sum, line) => sum + line.length + 1, 0);
  const tail = tailBlocks(screening, lang);
  const citedHeading = [`## ${WORDS.rulesCited[lang]}`, ''];
  const iloHeading = [`## ${t('iloAssessment', lang)}`, '', `> ${t('iloNote', lang)}`, ''];
  let used = sizeOf(out) + tail.reduce((sum, block) => sum + sizeOf(block.lines), 0) + 600 + sizeOf(citedHeading);
  const chosen = new Set<Block>();
  const cited = new Set<string>();
  let iloShown = false;
  for (const block of [...blocks].sort((a, b) => a.rank - b.rank)) {
    const citing =
      block.ruleId !== undefined && !cited.has(block.ruleId) ? citedRuleLine(screening, rules, block.ruleId, lang) : undefined;
    const size = sizeOf(block.lines) + (block.ilo && !iloShown ? sizeOf(iloHeading) : 0) + (citing ? citing.length + 1 : 0);
    if (used + size > maxChars) continue;
    chosen.add(block);
    used += size;
    if (block.ilo) iloShown = true;
    if (block.ruleId !== undefined) cited.add(block.ruleId);
  }
  let omittedFindings = 0;
  let omittedWorkers = 0;
  let headingWritten = false;
  for (const block of blocks) {
    if (!chosen.has(block)) {
      omittedFindings += block.findings;
      omittedWorkers += block.workers;
      continue;
    }
    if (block.ilo && !headingWritten) {
      for (const line of iloHeading) out.push(line);
      headingWritten = true;
    }
    for (const line of block.lines) out.push(line);
  }
  if (chosen.size < blocks.length) out.push(WORDS.shortened[lang](omittedFindings, omittedWorkers), '');
  if (cited.size > 0) {
    for (const line of citedHeading) out.push(line);
    for (const id of [...cited].sort(compareText)) out.push(citedRuleLine(screening, rules, id, lang));
    out.push('');
  }
  for (const block of tail) for (const line of block.lines) out.push(line);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** The ILO assessment: full tables for the gravest workers first, one line for the others. */
function iloBlocks(screening: Screening, lang: Language): Block[] {
  const withIndicators = workersWithIndicators(screening.workers);
  if (withIndicators.length === 0) return [];
  // Full tables where an ILO rule or a dimension holds; one line for the others.
  const full = (w: WorkerLevel) =>
    compareLevels(w.level, 'forced-labour') >= 0 || Object.values(w.ilo.dimensions).some((d) => d.positive);
  const gravest = withIndicators.filter(full).sort((a, b) => compareLevels(b.level, a.level) || compareText(a.id, b.id));
  const blocks: Block[] = gravest.map((worker, i) => ({
    lines: iloLines(worker, lang),
    findings: 0,
    workers: 1,
    rank: rankOf(i < 3 ? 'ilo-first' : 'ilo'),
    ilo: true,
  }));
  const brief = withIndicators.filter((w) => !full(w));
  if (brief.length > 0)
    blocks.push({
      lines: [
        ...brief.map(
          (worker) =>
            `- ${code(worker.id)} (${code(worker.employerId)}), ${levelName(worker.level, lang)}: ${ILO_DIMENSIONS.filter(
              (d) => worker.ilo.dimensions[d].indicators.length > 0,
            )
              .map(
                (d) =>
                  `${dimensionName(d, lang)}: ${worker.ilo.dimensions[d].indicators.map((hit) => `${md(indicatorLabel(hit.indicator, lang))} (${strengthName(hit.strength, lang)})`).join(', ')}`,
              )
              .join('; ')}`,
        ),
        '',
      ],
      findings: 0,
      workers: brief.length,
      rank: rankOf('ilo-brief'),
      ilo: true,
    });
  return blocks;
}

/** Per employer, gravest first: its heading, then its findings in groups of one rule. */
function employerBlocks(screening: Screening, rules: ReadonlyMap<string, Documented>, lang: Language): Block[] {
  const workerEmployer = new Map(screening.workers.map((w) => [w.id, w.employerId]));
  // Filed once, in report order (a scan of all findings per employer was quadratic).
  const filed = groupBy(
    screening.findings.filter((f) => f.subject.kind !== 'chain'),
    (f) => (f.subject.kind === 'worker' ? workerEmployer.get(f.subject.id) : f.subject.id),
  );
  const employers = [...screening.employers].sort((a, b) => compareLevels(b.level, a.level) || compareText(a.id, b.id));
  const blocks: Block[] = [];
  for (const employer of employers) {
    const findings = filed.get(employer.id) ?? [];
    const staff = LEVELS.filter((level) => employer.workersAffected[level] > 0)
      .map((level) => `${levelName(level, lang)} ${employer.workersAffected[level]}`)
      .join(', ');
    if (findings.length === 0 && !staff && employer.inChain.length === 0) continue;
    const head = [`## ${employerHeading(employer)}: ${levelName(employer.level, lang)}`, ''];
    if (staff) head.push(`${t('workers', lang)}: ${staff} · ${t('share', lang)}: ${Math.round(employer.share * 100)} %`, '');
    for (const note of employer.notes) head.push(`> ${md(note)}`, '');
    if (employer.inChain.length > 0)
      head.push(
        `${t('inChain', lang)}: ${employer.inChain.map((c) => `${code(c.supplier)} ${levelName(c.level, lang)} (${c.path.map(md).join(' → ')})`).join('; ')}`,
        '',
      );
    if (findings.length === 0) head.push(t('noFindings', lang), '');
    // Groups by the gravest finding in each (findings come most severe first).
    const groups = [...groupBy(findings, (f) => f.ruleId).values()];
    const first = groups.shift();
    blocks.push({
      lines: [...head, ...(first ? groupLines(first, rules.get(first[0]!.ruleId)?.meta, lang) : [])],
      findings: first?.length ?? 0,
      workers: 0,
      rank: rankOf('employer'),
      ...(first ? { ruleId: first[0]!.ruleId } : {}),
    });
    for (const group of groups)
      blocks.push({
        lines: groupLines(group, rules.get(group[0]!.ruleId)?.meta, lang),
        findings: group.length,
        workers: 0,
        rank: rankOf(group[0]!.severity),
        ruleId: group[0]!.ruleId,
      });
  }
  return blocks;
}

/** An employer by name and number where the data has them, and always by its id in the data. */
function employerHeading(employer: Screening['employers'][number]): string {
  const number = employer.orgNumber ? ` (${md(employer.orgNumber)})` : '';
  return employer.name ? `${md(employer.name)}${number} ${code(employer.id)}` : `${code(employer.id)}${number}`;
}

/**
 * One rule's findings at one employer: a heading with the count by severity, a line per finding
 * (the same message for several subjects is one line naming them), the first few in full.
 */
function groupLines(group: readonly Finding[], meta: RuleMeta | undefined, lang: Language): string[] {
  const title = meta?.title[lang];
  const counts = SEVERITIES.slice()
    .reverse()
    .map((s) => [s, group.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${severityName(s, lang)} ${n}`)
    .join(', ');
  const lines = [
    `### ${code(group[0]!.ruleId)}${title ? ` ${md(title)}` : ''} · ${WORDS.findingsCount[lang](group.length)} (${counts})`,
    '',
  ];
  // The same words for several subjects: one line naming them all.
  const alike = groupBy(
    group,
    (f) => `${f.severity}\0${f.message.split(f.subject.id).join('\u0001')}\0${formatPeriod(f.period)}`,
  );
  const entries = [...alike.values()];
  for (const same of entries.slice(0, GROUP_LINES)) {
    const lead = same[0]!;
    const subjects = same.map((f) => code(f.subject.id)).join(', ');
    const evidence = lead.evidence[0] ? ` ${code(formatEvidence(lead.evidence[0]))}` : '';
    const extra = lead.evidence.length > 1 ? ` (+${lead.evidence.length - 1} ${t('moreEvidence', lang)})` : '';
    lines.push(
      `- **${severityName(lead.severity, lang)}** · ${lead.subject.kind} ${subjects}${lead.period ? ` · ${formatPeriod(lead.period)}` : ''}: ${md(same.length > 1 ? lead.message.split(lead.subject.id).join('…') : lead.message)}${evidence}${extra}`,
    );
  }
  const rest = entries.slice(GROUP_LINES).flat();
  if (rest.length > 0)
    lines.push(
      `- ${WORDS.more[lang](rest.length)}: ${rest
        .slice(0, 20)
        .map((f) => code(f.subject.id))
        .join(', ')}${rest.length > 20 ? ', …' : ''}`,
    );
  lines.push('');
  return lines;
}

/** A rule's legal basis and what to verify, once for the whole report. */
function citedRuleLine(screening: Screening, rules: ReadonlyMap<string, Documented>, id: string, lang: Language): string {
  const meta = rules.get(id)?.meta;
  const finding = meta ? undefined : screening.findings.find((f) => f.ruleId === id);
  const refs = meta?.legalRefs ?? finding?.legalRefs ?? [];
  const steps = meta?.nextSteps[lang] ?? finding?.nextSteps.join(' ') ?? '';
  return `- ${code(id)}: ${t('legalRefs', lang)}: ${md(refs.join('; '))}. ${t('nextSteps', lang)}: ${md(steps)}`;
}

/** The small parts that close the report, always shown: rules not run, data issues (the first few). */
function tailBlocks(screening: Screening, lang: Language): Block[] {
  const blocks: Block[] = [];
  if (screening.skipped.length > 0)
    blocks.push({
      lines: [
        `## ${t('skipped', lang)}`,
        '',
        `| ${t('rule', lang)} | ${t('reason', lang)} |`,
        '|---|---|',
        ...screening.skipped.map((s) => `| ${code(s.ruleId)} | ${md(s.reason)} |`),
        '',
      ],
      findings: 0,
      workers: 0,
      rank: 0,
    });
  if (screening.ingestIssues.length > 0) {
    const shown = screening.ingestIssues.slice(0, MAX_ISSUE_LINES);
    const more = screening.ingestIssues.length - shown.length;
    blocks.push({
      lines: [
        `## ${t('ingestIssues', lang)}`,
        '',
        ...shown.map((issue) => `- ${code(`${issue.source}:${issue.line}`)} ${issue.severity}: ${md(issue.message)}`),
        ...(more > 0 ? [`- ${WORDS.moreIssues[lang](more)}`] : []),
        '',
      ],
      findings: 0,
      workers: 0,
      rank: 0,
    });
  }
  return blocks;
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

function iloLines(worker: WorkerLevel, lang: Language): string[] {
  const { ilo } = worker;
  const signals = (list: typeof ilo.coercion) => list.map((s) => indicatorLabel(s.indicator, lang)).join(', ') || '–';
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
        .map((hit) => `${md(indicatorLabel(hit.indicator, lang))} (${strengthName(hit.strength, lang)})`)
        .join(', ');
      return `| ${dimensionName(dimension, lang)} | ${state.positive ? `**${t('yes', lang)}**` : t('no', lang)} | ${indicators || '–'} |`;
    }),
    '',
    `${t('involuntariness', lang)}: ${md(signals(ilo.involuntariness))} · ${t('coercion', lang)}: ${md(signals(ilo.coercion))}`,
    '',
  ];
}
