/**
 * Reports: each a pure function of a {@link Screening}, deterministic to the byte.
 * @module
 */
import type { Screening } from '../screen/screen.js';
import { toFindingsCsv } from './csv.js';
import { toHtml } from './html.js';
import { toJsonReport } from './json.js';
import { toJunit } from './junit.js';
import { toMarkdown } from './markdown.js';
import { toSarif, type SarifOptions } from './sarif.js';
import { inLanguage, rulesById } from './shared.js';

/** Report formats of `labour-screen check --format`. */
export const REPORT_FORMATS = ['json', 'sarif', 'junit', 'md', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** @summary Render a screening in one of the report formats. */
export function renderReport(screening: Screening, format: ReportFormat, options: SarifOptions = {}): string {
  switch (format) {
    case 'json':
      return toJsonReport(options.lang ? inLanguage(screening, options.lang, rulesById(options.rules)) : screening);
    case 'sarif':
      return toSarif(screening, options);
    case 'junit':
      return toJunit(screening, options);
    case 'md':
      return toMarkdown(screening, options);
    case 'html':
      return toHtml(screening, options);
    case 'csv':
      return toFindingsCsv(options.lang ? inLanguage(screening, options.lang, rulesById(options.rules)) : screening);
    default:
      // Callers from plain JavaScript: an unknown format is an error, never an undefined report.
      throw new TypeError(`unknown report format ${JSON.stringify(format)}; expected one of ${REPORT_FORMATS.join(', ')}`);
  }
}

export { toFindingsCsv, neutraliseFormula } from './csv.js';
export { toHtml } from './html.js';
export { toJsonReport, jsonReportPieces } from './json.js';
export { toJunit } from './junit.js';
export { toMarkdown, MARKDOWN_MAX_CHARS, type MarkdownOptions } from './markdown.js';
export { toSarif, MAX_SARIF_LOCATIONS, type SarifOptions } from './sarif.js';
export { artifactLocation, SRCROOT, type SarifBase, type ArtifactLocation } from './sarif-uri.js';
export { pseudonymise, type PseudonymiseOptions } from './pseudonymise.js';
export { inLanguage } from './shared.js';
export { ReportSchema, reportJsonSchema, REPORT_SCHEMA_VERSION, type Report } from './schema.js';
export { RULE_DOCS_BASE_URI, DOCUMENTED_RULES, ruleSlug, formatEvidence, type ReportOptions } from './shared.js';
export { escapeXml } from './xml.js';
export { ruleMarkdown, rulesMarkdownTable, ruleMetaJson, ruleDocsIndex } from './rule-docs.js';
