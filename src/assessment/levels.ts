import * as z from 'zod';
import type { Dataset } from '../model/dataset.js';
import { LEVELS, compareLevels, compareSeverities, type Level } from '../model/enums.js';
import type { Finding } from '../rules/finding.js';

/**
 * Where each worker, employer and contracting chain stands on the continuum from social dumping
 * to trafficking, from the findings.
 *
 * A finding moves its subject to its rule's tier when its severity is above `info`. Findings can
 * only raise a subject to `work-crime`: the `forced-labour` and `trafficking` levels need the ILO
 * combination logic over indicators (../shared/domain/ilo-indicators.md), never one finding alone.
 * @module
 */

/** A worker's level and the findings behind it (JSON report `workers[]`). */
export const WorkerLevelSchema = z.object({
  id: z.string(),
  employerId: z.string(),
  level: z.enum(LEVELS),
  findings: z.array(z.string()),
});
export type WorkerLevel = z.infer<typeof WorkerLevelSchema>;

/** An employer's level, how many of its workers are at each level, and the share affected. */
export const EmployerLevelSchema = z.object({
  id: z.string(),
  level: z.enum(LEVELS),
  workersAffected: z.record(z.enum(LEVELS), z.number().int().nonnegative()),
  /** Share of the employer's workers above `none`, 0–1. */
  share: z.number().min(0).max(1),
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

/** The highest level findings alone can set. */
const FINDINGS_CAP: Level = 'work-crime';

const maxLevel = (a: Level, b: Level): Level => (compareLevels(a, b) >= 0 ? a : b);

function levelOf(finding: Finding): Level {
  if (compareSeverities(finding.severity, 'info') <= 0) return 'none';
  const tier: Level = finding.tier;
  return compareLevels(tier, FINDINGS_CAP) > 0 ? FINDINGS_CAP : tier;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * @summary Levels per worker, employer and chain from a dataset's findings (pure, sorted by id).
 */
export function assessLevels(
  dataset: Dataset,
  findings: readonly Finding[],
): { workers: WorkerLevel[]; employers: EmployerLevel[]; chains: ChainLevel[] } {
  const workerLevel = new Map<string, Level>();
  const workerFindings = new Map<string, string[]>();
  const employerOwn = new Map<string, { level: Level; findings: string[] }>();
  for (const finding of findings) {
    const { kind, id } = finding.subject;
    if (kind === 'worker') {
      workerLevel.set(id, maxLevel(workerLevel.get(id) ?? 'none', levelOf(finding)));
      workerFindings.set(id, [...(workerFindings.get(id) ?? []), finding.id]);
    } else if (kind === 'employer') {
      const own = employerOwn.get(id) ?? { level: 'none' as Level, findings: [] };
      employerOwn.set(id, { level: maxLevel(own.level, levelOf(finding)), findings: [...own.findings, finding.id] });
    }
  }

  const workers: WorkerLevel[] = dataset.workers
    .map((worker) => ({
      id: worker.workerId,
      employerId: worker.employerId,
      level: workerLevel.get(worker.workerId) ?? 'none',
      findings: workerFindings.get(worker.workerId) ?? [],
    }))
    .sort((a, b) => byText(a.id, b.id));

  const employerIds = new Set([
    ...dataset.workers.map((w) => w.employerId),
    ...(dataset.organisations ?? []).map((o) => o.orgId),
    ...employerOwn.keys(),
  ]);
  const employers: EmployerLevel[] = [...employerIds].sort(byText).map((id) => {
    const own = employerOwn.get(id);
    const staff = workers.filter((w) => w.employerId === id);
    const workersAffected = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
    let level: Level = own?.level ?? 'none';
    for (const worker of staff) {
      workersAffected[worker.level]++;
      level = maxLevel(level, worker.level);
    }
    const affected = staff.length - workersAffected.none;
    return {
      id,
      level,
      workersAffected,
      share: staff.length === 0 ? 0 : Math.round((affected / staff.length) * 1000) / 1000,
      findings: [...(own?.findings ?? []), ...staff.flatMap((w) => w.findings)],
    };
  });

  const levels = new Map(employers.map((e) => [e.id, e.level]));
  return { workers, employers, chains: chainLevels(dataset, levels) };
}

/** Every path from a chain's root (a buyer nobody buys from) to an organisation with no suppliers. */
function chainLevels(dataset: Dataset, levels: ReadonlyMap<string, Level>): ChainLevel[] {
  const suppliers = new Map<string, Set<string>>();
  const supplied = new Set<string>();
  for (const link of dataset.subcontracts ?? []) {
    suppliers.set(link.buyerId, (suppliers.get(link.buyerId) ?? new Set()).add(link.supplierId));
    supplied.add(link.supplierId);
  }
  const chains: ChainLevel[] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    const next = [...(suppliers.get(last) ?? [])].filter((org) => !path.includes(org)).sort(byText);
    if (next.length === 0 && path.length > 1) {
      let level: Level = 'none';
      let via: string | null = null;
      for (const org of path) {
        const orgLevel = levels.get(org) ?? 'none';
        if (compareLevels(orgLevel, level) > 0) [level, via] = [orgLevel, org];
      }
      chains.push({ root: path[0]!, path: [...path], level, via });
    }
    for (const org of next) walk([...path, org]);
  };
  for (const root of [...suppliers.keys()].filter((org) => !supplied.has(org)).sort(byText)) walk([root]);
  return chains;
}
