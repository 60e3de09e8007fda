import type { Language } from '../i18n/messages.js';
import { TABLES, TABLE_NAMES } from '../model/tables.js';
import type { Screening } from '../screen/screen.js';
import { DOCUMENTED_RULES } from './shared.js';

/**
 * What was screened, in a few sentences every format shows: a clean screening means nothing
 * without what it covered. Plain text; each format escapes it its own way.
 * @module
 */

/** The facts of the "what was screened" block, as sentences. */
export interface ScreenedText {
  readonly heading: string;
  /** Files, rows per table, period, rules run and not run. */
  readonly lines: readonly string[];
  /** The rules that judged little or nothing, each with what it could not judge and why. */
  readonly littleJudged: readonly string[];
  /** Warnings about the screening itself (the reference date). */
  readonly warnings: readonly string[];
}

const WORDS = {
  heading: { en: 'What was screened', nb: 'Hva som ble screenet' },
  files: { en: (n: number) => `${n} file(s) read`, nb: (n: number) => `${n} fil(er) lest` },
  rows: { en: 'rows per table', nb: 'rader per tabell' },
  period: { en: 'period in the data', nb: 'periode i dataene' },
  noPeriod: { en: 'no dates in the data', nb: 'ingen datoer i dataene' },
  rules: {
    en: (run: number, skipped: number) => `${run} rule(s) run, ${skipped} not run (tables missing or not for this jurisdiction)`,
    nb: (run: number, skipped: number) =>
      `${run} regel(er) kjørt, ${skipped} ikke kjørt (tabeller mangler eller gjelder ikke jurisdiksjonen)`,
  },
  little: { en: 'Rules that could judge little or nothing', nb: 'Regler som kunne vurdere lite eller ingenting' },
  judged: {
    en: (measured: number, total: number, unit: string) => `${measured} of ${total} ${unit} judged`,
    nb: (measured: number, total: number, unit: string) => `${measured} av ${total} ${unit} vurdert`,
  },
} as const;

/** @summary The "what was screened" block of a screening, in a language. */
export function screenedText(screening: Screening, lang: Language): ScreenedText {
  const { screened } = screening;
  const tables = TABLE_NAMES.filter((name) => screened.tables[name] !== undefined)
    .map((name) => `${TABLES[name].fileName} ${screened.tables[name]}`)
    .join(', ');
  const lines = [
    ...(screened.sources.length > 0
      ? [`${WORDS.files[lang](screened.sources.length)}: ${screened.sources.map((s) => s.source).join(', ')}`]
      : []),
    `${WORDS.rows[lang]}: ${tables}`,
    screened.period ? `${WORDS.period[lang]}: ${screened.period.from} – ${screened.period.to}` : WORDS.noPeriod[lang],
    WORDS.rules[lang](screened.rulesRun, screened.rulesSkipped),
  ];
  const byRule = new Map(screening.coverage.map((c) => [c.ruleId, c]));
  const littleJudged = screened.littleJudged.map((ruleId) => {
    const c = byRule.get(ruleId)!;
    // The rule's own words in the report's language, where the rule is a built-in one.
    const meta = DOCUMENTED_RULES.find((rule) => rule.meta.id === ruleId)?.meta.coverage;
    const why = c.reasons.map((r) => `${r.count} ${meta?.unmeasured[r.id]?.[lang] ?? r.reason}`).join('; ');
    return `${ruleId}: ${WORDS.judged[lang](c.measured, c.measured + c.unmeasured, meta?.unit[lang] ?? c.unit)}${why ? ` (${why})` : ''}`;
  });
  return { heading: WORDS.heading[lang], lines, littleJudged, warnings: screening.warnings.map((w) => w.message) };
}

/** @summary The heading of the list of rules that judged little, in a language. */
export const littleJudgedHeading = (lang: Language) => WORDS.little[lang];
