import { LEVELS, type CheckResult } from '../src/index.js';

/** @summary The one line the playground shows above the report: counts, levels and the exit code `check` would give. */
export function resultSummary(result: CheckResult): string {
  const { screening } = result;
  const levels = LEVELS.map((level) => [level, screening.workers.filter((w) => w.level === level).length] as const).filter(
    ([, n]) => n > 0,
  );
  return (
    `${screening.summary.workers} workers, ${screening.summary.findings} findings` +
    (result.errorCount ? `, ${result.errorCount} reading error(s)` : '') +
    (result.warningCount ? `, ${result.warningCount} warning(s)` : '') +
    (result.unmeasured ? `, ${result.unmeasured} input(s) the rules could not judge` : '') +
    `; worker levels: ${levels.map(([level, n]) => `${level} ${n}`).join(', ')}` +
    `; exit code of check: ${result.exitCode}` +
    (result.exitReasons.length ? ` (${result.exitReasons.join('; ')})` : '')
  );
}
