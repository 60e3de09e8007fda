import type { Severity } from '../model/enums.js';
import type { Evidence } from '../rules/finding.js';
import type { Screening } from '../screen/screen.js';
import { VERSION } from '../version.js';
import { RULE_DOCS_BASE_URI, findingEmployer, inLanguage, ruleSlug, rulesById, type ReportOptions } from './shared.js';
import { artifactLocation, directoryUri, SRCROOT, type SarifBase } from './sarif-uri.js';

/** SARIF levels by severity: what CI systems show as errors, warnings and notes. */
const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** Options of {@link toSarif}. */
export interface SarifOptions extends ReportOptions {
  /** Base of the rule documentation links (`helpUri`). */
  readonly helpBaseUri?: string;
  /**
   * The directory artifact URIs are relative to, written as `originalUriBaseIds.SRCROOT` (the CLI
   * passes `--sarif-base`, else the working directory). Without it, relative sources stay relative
   * to an unnamed SRCROOT and absolute ones become `file:` URIs.
   */
  readonly sarifBase?: SarifBase;
  /** The analysis category (`automationDetails.id` is `<category>/<jurisdiction>/<reference date>`); default `labour-screen`. */
  readonly category?: string;
}

/** Locations per result; GitHub code scanning reads at most 10, the rest go to `relatedLocations`. */
export const MAX_SARIF_LOCATIONS = 10;

/** Where the project is documented (`tool.driver.informationUri`). */
const INFORMATION_URI = 'https://github.com/labour-screen/labour-screen';

/**
 * A row as a region. Columns in SARIF count characters, and evidence names a field, not where
 * it starts in the line, so a location is the row (column 1); the field is in `message`.
 */
function location(evidence: Evidence, base: SarifBase | undefined, id?: number) {
  return {
    ...(id !== undefined ? { id } : {}),
    physicalLocation: {
      artifactLocation: artifactLocation(evidence.source, base),
      region: { startLine: Math.max(1, evidence.line), startColumn: 1 },
    },
    message: { text: `${evidence.field} = ${evidence.value}` },
  };
}

/**
 * @summary The screening as SARIF 2.1.0: one run, the rules from their meta, one result per
 * finding located at its evidence lines, `partialFingerprints` from the finding's stable id.
 * Ingest issues become tool notifications. Returns the JSON text.
 */
export function toSarif(given: Screening, options: SarifOptions = {}): string {
  const lang = options.lang ?? given.lang;
  const screening = inLanguage(given, lang, rulesById(options.rules));
  const rules = [...rulesById(options.rules).values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const index = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  const base = options.helpBaseUri ?? RULE_DOCS_BASE_URI;
  const sarifBase = options.sarifBase;
  const employerOf = findingEmployer(screening);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'labour-screen',
            informationUri: INFORMATION_URI,
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              name: meta.id.replace(/[^a-z0-9]+(.)/gi, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: meta.title[lang] },
              fullDescription: { text: meta.docs[lang] },
              help: {
                text: meta.nextSteps[lang],
                markdown: `${meta.docs[lang]}\n\n**${lang === 'nb' ? 'Kontroller videre' : 'Verify next'}:** ${meta.nextSteps[lang]}`,
              },
              helpUri: `${base}${ruleSlug(meta.id)}.md`,
              defaultConfiguration: { level: SARIF_LEVEL[meta.defaultSeverity] },
              properties: {
                tier: meta.tier,
                indicator: meta.indicator ?? null,
                legalRefs: [...meta.legalRefs],
                tags: ['labour', meta.tier, ...(meta.indicator ? [`ilo:${meta.indicator}`] : [])],
              },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: !screening.ingestIssues.some((issue) => issue.severity === 'error'),
            toolExecutionNotifications: screening.ingestIssues.map((issue) => ({
              level: issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'note',
              message: { text: issue.message },
              descriptor: { id: issue.code },
              ...(issue.line > 0
                ? {
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: artifactLocation(issue.source, sarifBase),
                          region: { startLine: issue.line, startColumn: 1 },
                        },
                      },
                    ],
                  }
                : {}),
            })),
          },
        ],
        results: screening.findings.map((finding) => {
          const seen = new Set<string>();
          const rows = finding.evidence.filter((e) => {
            const key = `${e.source}:${e.line}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          const related = rows.slice(MAX_SARIF_LOCATIONS);
          return {
            ruleId: finding.ruleId,
            ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId)! } : {}),
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            locations: rows.slice(0, MAX_SARIF_LOCATIONS).map((e) => location(e, sarifBase)),
            ...(related.length > 0 ? { relatedLocations: related.map((e, i) => location(e, sarifBase, i + 1)) } : {}),
            // Not primaryLocationLineHash: the finding id holds when rows move, a line hash would not.
            partialFingerprints: { 'labourScreenFindingId/v1': finding.id },
            properties: {
              severity: finding.severity,
              tier: finding.tier,
              subject: finding.subject,
              period: finding.period,
              ...(employerOf(finding)
                ? {
                    employer: {
                      id: employerOf(finding)!.id,
                      name: employerOf(finding)!.name,
                      orgNumber: employerOf(finding)!.orgNumber,
                    },
                  }
                : {}),
            },
          };
        }),
        columnKind: 'unicodeCodePoints',
        automationDetails: {
          id: `${options.category ?? 'labour-screen'}/${screening.jurisdiction}/${screening.referenceDate}`,
        },
        ...(sarifBase !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(sarifBase.dir) } } } : {}),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
