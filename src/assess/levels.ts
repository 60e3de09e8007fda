import * as z from 'zod';
import { LEVELS, SEVERITIES, compareLevels, compareSeverities, type Level, type Severity } from '../model/enums.js';
import { ageOn, birthDateOf, firstWorkDate } from '../rules/age.js';
import { chainPaths, type ChainPath } from '../rules/chains.js';
import { completeFinding } from '../rules/complete-finding.js';
import type { RuleContext } from '../rules/context.js';
import { distinctEvidence, type Evidence, type Finding, type Period } from '../rules/finding.js';
import {
  ASSESSMENT_RULES,
  AssessmentOptionsSchema,
  needsVerification,
  systematicPattern,
  type AssessmentOptions,
  type AssessmentOptionsInput,
} from './assessment-rules.js';
import { assessWorkerIlo, findingStanding, WorkerIloSchema } from './worker-ilo.js';
import { compareText } from '../collections/compare-text.js';
import { levelName, type Language } from '../i18n/messages.js';
import { codeMessage, INDICATOR_NAMES } from '../i18n/code-names.js';
import type { IloIndicator } from '../model/enums.js';

/**
 * Where each worker, employer and contracting chain stands on the continuum from social dumping
 * to trafficking.
 *
 * - A worker's findings set the base level by their rules' tiers, but findings alone reach
 *   `work-crime` at most: `forced-labour` and `trafficking` come only from the ILO rules over the
 *   worker's indicators (./worker-ilo.ts, ./ilo-table.ts).
 * - An employer takes the highest level held by enough of its workers (a share or a count), so
 *   one case does not label a large employer, and a note says when a worker stands higher.
 * - A chain shows the worst level on each path down from a buyer, and the organisation setting it.
 * @module
 */

/** A worker's level, the ILO picture behind it, and the findings about them (JSON report `workers[]`). */
export const WorkerLevelSchema = z.object({
  id: z.string(),
  employerId: z.string(),
  level: z.enum(LEVELS),
  ilo: WorkerIloSchema,
  /** Why the level, in plain English (which ILO rule holds, or the highest finding tier). */
  reasons: z.array(z.string()),
  /** The definition that set a `forced-labour` or `trafficking` level (an id of the ILO table's `DEFINITIONS`), else null. */
  definition: z.string().nullable(),
  /** Why the next levels were not reached, in plain English (empty at `trafficking`). */
  whyNotHigher: z.array(z.string()),
  findings: z.array(z.string()),
});
export type WorkerLevel = z.infer<typeof WorkerLevelSchema>;

/** An employer's level, how many of its workers are at each level, and the share affected. */
export const EmployerLevelSchema = z.object({
  id: z.string(),
  /** The registered name, from organisations, else null (a dataset id alone cannot be acted on). */
  name: z.string().nullable(),
  /** The organisation number (NO) or CVR number (DK), from organisations, else null. */
  orgNumber: z.string().nullable(),
  level: z.enum(LEVELS),
  workersAffected: z.record(z.enum(LEVELS), z.number().int().nonnegative()),
  /** Share of the employer's workers above `none`, 0–1. */
  share: z.number().min(0).max(1),
  /** Workers standing higher than the employer's level, below the threshold to set it. */
  notes: z.array(z.string()),
  /**
   * Suppliers below this organisation in a contracting chain that have findings: their level, the
   * path down to them and their findings. Inherited "in chain", never the organisation's own: they
   * do not change its level.
   */
  inChain: z.array(
    z.object({ supplier: z.string(), path: z.array(z.string()), level: z.enum(LEVELS), findings: z.array(z.string()) }),
  ),
  findings: z.array(z.string()),
});
export type EmployerLevel = z.infer<typeof EmployerLevelSchema>;

/** A path down a contracting chain, with the worst level on it and the organisation that sets it. */
export const ChainLevelSchema = z.object({
  root: z.string(),
  path: z.array(z.string()),
  level: z.enum(LEVELS),
  via: z.string().nullable(),
});
export type ChainLevel = z.infer<typeof ChainLevelSchema>;

/** Levels per worker, employer and chain, and the findings the assessment adds. */
export interface Assessment {
  readonly workers: WorkerLevel[];
  readonly employers: EmployerLevel[];
  readonly chains: ChainLevel[];
  /** `assessment/needs-verification` and `assessment/systematic-pattern` findings. */
  readonly findings: Finding[];
}

/** The highest level findings alone can set. */
const FINDINGS_CAP: Level = 'work-crime';
const MAX_EVIDENCE = 10;

const maxLevel = (a: Level, b: Level): Level => (compareLevels(a, b) >= 0 ? a : b);
const maxSeverity = (a: Severity, b: Severity): Severity => (compareSeverities(a, b) >= 0 ? a : b);
const isAssessmentFinding = (finding: Finding) => ASSESSMENT_RULES.some((rule) => rule.meta.id === finding.ruleId);

/**
 * @summary The level one finding sets by itself: its tier, at most `work-crime`; `none` at `info`
 * and for tentative signs (low-confidence observations, weak indicators), which only ask for
 * verification.
 */
export function findingLevel(finding: Finding): Level {
  if (findingStanding(finding) !== 'established' || finding.contextOnly) return 'none';
  const tier: Level = finding.tier;
  return compareLevels(tier, FINDINGS_CAP) > 0 ? FINDINGS_CAP : tier;
}

/** @summary Under 18 on the first day the data shows the worker working (else on the reference date). */
export function isChildWorker(context: RuleContext, workerId: string): boolean {
  const worker = context.workers.get(workerId);
  const birth = worker && birthDateOf(worker);
  if (!birth) return false;
  return ageOn(birth.date, firstWorkDate(context, workerId) ?? context.referenceDate) < 18;
}

/**
 * The reasons and finding ids of a worker with no findings, shared and frozen: most workers
 * have none, and two arrays each for 200 000 workers cost memory a large screening needs.
 */
const NOTHING = Object.freeze([]) as unknown as string[];

/** Evidence of several findings, each row once, at most `MAX_EVIDENCE`. */
function pooledEvidence(findings: readonly Finding[]): Evidence[] {
  return distinctEvidence(findings.flatMap((f) => f.evidence)).slice(0, MAX_EVIDENCE);
}

function spanOf(findings: readonly Finding[]): Period | undefined {
  const periods = findings.flatMap((f) => (f.period ? [f.period] : []));
  if (periods.length === 0) return undefined;
  return {
    from: periods.map((p) => p.from).reduce((a, b) => (b < a ? b : a)),
    to: periods.map((p) => p.to).reduce((a, b) => (b > a ? b : a)),
  };
}

const oneStepUp = (severity: Severity): Severity =>
  SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + 1, SEVERITIES.length - 1)]!;
const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * @summary Assess the continuum level of every worker, employer and chain from a screening's
 * findings, and add the assessment's own findings (pure; output sorted by id).
 * @throws TypeError for invalid assessment options
 */
export function assess(
  context: RuleContext,
  findings: readonly Finding[],
  options: AssessmentOptionsInput = {},
  lang: Language = 'en',
): Assessment {
  const parsed = AssessmentOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new TypeError(
      `invalid assessment options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const settings = parsed.data;
  const ruleFindings = findings.filter((f) => !isAssessmentFinding(f));
  const added: Finding[] = [];

  const aboutWorker = new Map<string, Finding[]>();
  const aboutEmployer = new Map<string, Finding[]>();
  for (const finding of ruleFindings) {
    const target =
      finding.subject.kind === 'worker' ? aboutWorker : finding.subject.kind === 'employer' ? aboutEmployer : undefined;
    if (!target) continue;
    const list = target.get(finding.subject.id);
    if (list) list.push(finding);
    else target.set(finding.subject.id, [finding]);
  }

  const jurisdiction = context.jurisdiction.code;
  const workers: WorkerLevel[] = [...context.workers.values()]
    .sort((a, b) => compareText(a.workerId, b.workerId))
    .map((worker) => {
      const own = aboutWorker.get(worker.workerId) ?? [];
      const conclusion = assessWorkerIlo(own, isChildWorker(context, worker.workerId), jurisdiction, lang);
      const base = own.map(findingLevel).reduce(maxLevel, 'none');
      const level: Level = conclusion.trafficking ? 'trafficking' : conclusion.forcedLabour ? 'forced-labour' : base;
      const reasons =
        level === 'trafficking' || level === 'forced-labour'
          ? [...conclusion.reasons]
          : base === 'none'
            ? NOTHING
            : [
                lang === 'nb'
                  ? `Høyeste nivå blant funnene: ${levelName(base, lang)}; ingen definisjon av tvangsarbeid eller menneskehandel er oppfylt.`
                  : `Highest finding tier: ${base.replace(/-/g, ' ')}; no definition of forced labour or trafficking holds.`,
              ];
      const whyNotHigher =
        level === 'trafficking'
          ? NOTHING
          : own.length === 0
            ? NOTHING
            : level === 'forced-labour'
              ? [...conclusion.whyNotTrafficking]
              : [...conclusion.whyNotForcedLabour, ...conclusion.whyNotTrafficking];
      const ids = own.length === 0 ? NOTHING : own.map((f) => f.id);
      if (compareLevels(level, 'forced-labour') < 0 && conclusion.needsVerification.length > 0) {
        const flagged = new Set(conclusion.needsVerification);
        const hitIds = new Set([
          ...Object.values(conclusion.ilo.dimensions).flatMap((d) =>
            d.indicators.filter((h) => flagged.has(h.indicator)).flatMap((h) => h.findings),
          ),
          ...conclusion.ilo.coercion.flatMap((s) => s.findings),
          ...conclusion.ilo.notCounted.flatMap((n) => n.findings),
        ]);
        const behind = own.filter((f) => hitIds.has(f.id));
        const worst = behind.map((f) => f.severity).reduce(maxSeverity, 'medium');
        const finding = completeFinding(
          needsVerification.meta,
          {
            subject: { kind: 'worker', id: worker.workerId },
            severity: worst,
            period: spanOf(behind),
            dimensions: [],
            message: {
              id: 'verify-indicators',
              data: {
                indicators: conclusion.needsVerification.map((i) =>
                  Object.hasOwn(INDICATOR_NAMES, i)
                    ? codeMessage('indicator', i as IloIndicator)
                    : { id: 'name', data: { name: i.replace(/-/g, ' ') } },
                ),
                from: behind.length === 1 ? { id: 'one-finding' } : { id: 'findings', data: { count: behind.length } },
              },
            },
            evidence: pooledEvidence(behind),
          },
          undefined,
          lang,
        );
        added.push(finding);
        ids.push(finding.id);
      }
      return {
        id: worker.workerId,
        employerId: worker.employerId,
        level,
        ilo: conclusion.ilo,
        reasons,
        definition: level === 'trafficking' || level === 'forced-labour' ? conclusion.definition : null,
        whyNotHigher,
        findings: ids,
      };
    });

  // A worker's work counts for the employer the rows name (a worker with several employers over
  // seasons): each employer sees that worker at the level of the findings about its own work.
  const staffOf = new Map<string, StaffMember[]>();
  const join = (employerId: string, member: StaffMember) => {
    const staff = staffOf.get(employerId);
    if (staff) staff.push(member);
    else staffOf.set(employerId, [member]);
  };
  for (const worker of workers) {
    const own = aboutWorker.get(worker.id) ?? [];
    const attributed = attributeToEmployers(context, worker.id, worker.employerId, own);
    if (attributed === undefined) {
      join(worker.employerId, { id: worker.id, level: worker.level, findings: own, findingIds: worker.findings });
      continue;
    }
    const child = isChildWorker(context, worker.id);
    for (const [employerId, findings] of attributed) {
      const conclusion = assessWorkerIlo(findings, child, jurisdiction, lang);
      const level: Level = conclusion.trafficking
        ? 'trafficking'
        : conclusion.forcedLabour
          ? 'forced-labour'
          : findings.map(findingLevel).reduce(maxLevel, 'none');
      join(employerId, { id: worker.id, level, findings, findingIds: findings.map((f) => f.id) });
    }
  }
  const employerIds = new Set([
    ...staffOf.keys(),
    ...context.organisations.keys(),
    ...aboutEmployer.keys(),
    ...(context.dataset.subcontracts ?? []).flatMap((link) => [link.buyerId, link.supplierId]),
  ]);
  const employers: EmployerLevel[] = [...employerIds].sort(compareText).map((id) => {
    const own = aboutEmployer.get(id) ?? [];
    const staff = staffOf.get(id) ?? [];
    const patterns = systematicFindings(id, staff, settings, lang);
    for (const pattern of patterns) added.push(pattern);
    const organisation = context.organisations.get(id);
    return {
      id,
      name: organisation?.name ?? null,
      orgNumber: organisation?.orgNumber ?? null,
      ...employerLevel(own.map(findingLevel).reduce(maxLevel, 'none'), staff, settings, lang),
      findings: [...own, ...patterns].map((f) => f.id).concat(staff.flatMap((w) => w.findingIds)),
      inChain: [],
    };
  });

  const levels = new Map(employers.map((e) => [e.id, e.level]));
  const { paths } = chainPaths(context.dataset.subcontracts ?? []);
  return { workers, employers: inChain(paths, employers), chains: chainLevels(paths, levels), findings: added };
}

/** A worker as one employer sees them: the level of the findings about the work for it. */
interface StaffMember {
  readonly id: string;
  readonly level: Level;
  readonly findings: readonly Finding[];
  readonly findingIds: readonly string[];
}

/**
 * @summary The findings about a worker by the employer whose work they are about, when the data
 * shows the worker working for more than one employer (time entries, payments or contracts name
 * another): a finding goes to the employers of the rows it cites, else to `workers.employer_id`.
 * `undefined` when the worker has one employer (the usual case: nothing to split).
 */
function attributeToEmployers(
  context: RuleContext,
  workerId: string,
  employerId: string,
  own: readonly Finding[],
): Map<string, Finding[]> | undefined {
  const byRow = new Map<string, string>();
  const note = (row: { readonly employerId?: string | undefined; readonly provenance: { source: string; line: number } }) => {
    if (row.employerId !== undefined && row.employerId !== employerId)
      byRow.set(`${row.provenance.source}\0${row.provenance.line}`, row.employerId);
  };
  for (const row of context.timeEntriesByWorker.get(workerId) ?? []) note(row);
  for (const row of context.paymentsByWorker.get(workerId) ?? []) note(row);
  for (const row of context.contractsByWorker.get(workerId) ?? []) note(row);
  if (byRow.size === 0) return undefined;
  const out = new Map<string, Finding[]>([[employerId, []]]);
  for (const other of new Set(byRow.values())) out.set(other, []);
  for (const finding of own) {
    const to = new Set<string>();
    for (const e of finding.evidence) {
      const other = byRow.get(`${e.source}\0${e.line}`);
      to.add(other ?? employerId);
    }
    if (to.size === 0) to.add(employerId);
    for (const id of to) out.get(id)!.push(finding);
  }
  return out;
}

/** The employer's level from its own findings and its workers' levels, with notes on those standing higher. */
function employerLevel(
  ownLevel: Level,
  staff: readonly StaffMember[],
  settings: AssessmentOptions,
  lang: Language,
): Pick<EmployerLevel, 'level' | 'workersAffected' | 'share' | 'notes'> {
  const workersAffected = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
  for (const worker of staff) workersAffected[worker.level]++;
  const atLeast = (level: Level) => staff.filter((w) => compareLevels(w.level, level) >= 0).length;
  let fromWorkers: Level = 'none';
  for (const level of [...LEVELS].reverse()) {
    if (level === 'none') break;
    const count = atLeast(level);
    if (count > 0 && (count >= settings.employerMinCount || count / staff.length >= settings.employerMinShare)) {
      fromWorkers = level;
      break;
    }
  }
  const level = maxLevel(ownLevel, fromWorkers);
  const notes: string[] = [];
  for (const higher of LEVELS.filter((l) => compareLevels(l, level) > 0 && workersAffected[l] > 0).reverse())
    notes.push(
      lang === 'nb'
        ? `${workersAffected[higher]} av ${staff.length} arbeidstakere på nivået ${levelName(higher, lang)}: under terskelen for å sette arbeidsgiverens nivå (${settings.employerMinCount} arbeidstakere eller ${percent(settings.employerMinShare)}). Følg opp disse arbeidstakerne enkeltvis.`
        : `${workersAffected[higher]} of ${staff.length} workers at ${higher}: under the threshold to set the employer's level (${settings.employerMinCount} workers or ${percent(settings.employerMinShare)}). Follow up those workers individually.`,
    );
  const affected = staff.length - workersAffected.none;
  return {
    level,
    workersAffected,
    share: staff.length === 0 ? 0 : Math.round((affected / staff.length) * 1000) / 1000,
    notes,
  };
}

/**
 * One finding per employer listing every rule that hits enough of its workers to be a pattern:
 * one finding, not one per rule, so a CI log or an inspector's list is not flooded.
 */
function systematicFindings(
  employerId: string,
  staff: readonly StaffMember[],
  settings: AssessmentOptions,
  lang: Language,
): Finding[] {
  const byRule = new Map<string, { workers: Set<string>; findings: Finding[] }>();
  for (const worker of staff)
    for (const finding of worker.findings) {
      if (findingStanding(finding) !== 'established' || finding.contextOnly) continue;
      let entry = byRule.get(finding.ruleId);
      if (!entry) byRule.set(finding.ruleId, (entry = { workers: new Set(), findings: [] }));
      entry.workers.add(worker.id);
      entry.findings.push(finding);
    }
  const patterns = [...byRule.entries()]
    .filter(
      ([, { workers }]) =>
        workers.size >= settings.systematicMinWorkers && workers.size / staff.length >= settings.systematicShare,
    )
    .sort(([a], [b]) => compareText(a, b));
  if (patterns.length === 0) return [];
  const findings = patterns.flatMap(([, entry]) => entry.findings);
  const worst = findings.map((f) => f.severity).reduce(maxSeverity);
  const tier = findings.map((f) => f.tier).reduce((a, b) => (compareLevels(a, b) >= 0 ? a : b));
  const listed = patterns.map(([ruleId, { workers }]) => ({
    id: 'rule-count',
    data: { rule: ruleId, workers: workers.size, staff: staff.length },
  }));
  const finding = completeFinding(
    systematicPattern.meta,
    {
      subject: { kind: 'employer', id: employerId },
      period: spanOf(findings),
      dimensions: [],
      message: { id: patterns.length === 1 ? 'pattern' : 'patterns', data: { rules: listed } },
      // One row per rule, so every repeated rule is cited, chosen by value, never by file order: the
      // finding with the lowest id, and of its rows for its leading field the lowest value.
      evidence: pooledEvidence(
        patterns.map(([, entry]) => {
          const first = entry.findings.reduce((a, b) => (compareText(b.id, a.id) < 0 ? b : a));
          const lead = first.evidence.filter((e) => e.field === first.evidence[0]?.field);
          const cited = lead.reduce<Evidence | undefined>(
            (a, b) => (a === undefined || compareText(b.value, a.value) < 0 ? b : a),
            undefined,
          );
          return { ...first, evidence: cited ? [cited] : [] };
        }),
      ),
    },
    oneStepUp(worst),
    lang,
  );
  return [{ ...finding, tier }];
}

/** Each organisation's suppliers below it with findings, by the first path that reaches them. */
function inChain(paths: readonly ChainPath[], employers: readonly EmployerLevel[]): EmployerLevel[] {
  const byId = new Map(employers.map((e) => [e.id, e]));
  const below = new Map<string, Map<string, string[]>>();
  for (const { orgs } of paths)
    for (let i = 0; i < orgs.length; i++)
      for (let j = i + 1; j < orgs.length; j++) {
        const supplier = byId.get(orgs[j]!);
        if (!supplier || supplier.findings.length === 0) continue;
        const known = below.get(orgs[i]!) ?? new Map<string, string[]>();
        if (!known.has(orgs[j]!)) known.set(orgs[j]!, orgs.slice(i, j + 1));
        below.set(orgs[i]!, known);
      }
  return employers.map((employer) => ({
    ...employer,
    inChain: [...(below.get(employer.id)?.entries() ?? [])]
      .sort(([a], [b]) => compareText(a, b))
      .map(([supplier, path]) => ({
        supplier,
        path,
        level: byId.get(supplier)!.level,
        findings: [...byId.get(supplier)!.findings],
      })),
  }));
}

/** Every path from a chain's root (a buyer nobody buys from) to an organisation with no suppliers. */
function chainLevels(paths: readonly ChainPath[], levels: ReadonlyMap<string, Level>): ChainLevel[] {
  return paths.map(({ orgs }) => {
    let level: Level = 'none';
    let via: string | null = null;
    for (const org of orgs) {
      const orgLevel = levels.get(org) ?? 'none';
      if (compareLevels(orgLevel, level) > 0) [level, via] = [orgLevel, org];
    }
    return { root: orgs[0]!, path: [...orgs], level, via };
  });
}
