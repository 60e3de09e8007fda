import type { Severity } from '../model/enums.js';
import type { Evidence } from '../rules/finding.js';
import type { Screening } from '../screen/screen.js';
import { VERSION } from '../version.js';
import { RULE_DOCS_BASE_URI, ruleSlug, rulesById, type ReportOptions } from './shared.js';

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
}

/** A relative file path as a URI reference: forward slashes, each segment percent-encoded. */
function fileUri(source: string): string {
  return source
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function location(evidence: Evidence) {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(evidence.source) },
      region: { startLine: evidence.line },
    },
  };
}

/**
 * @summary The screening as SARIF 2.1.0: one run, the rules from their meta, one result per
 * finding located at its evidence lines, `partialFingerprints` from the finding's stable id.
 * Ingest issues become tool notifications. Returns the JSON text.
 */
export function toSarif(screening: Screening, options: SarifOptions = {}): string {
  const lang = options.lang ?? 'en';
  const rules = [...rulesById(options.rules).values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const index = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  const base = options.helpBaseUri ?? RULE_DOCS_BASE_URI;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'labour-screen',
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
                          artifactLocation: { uri: fileUri(issue.source) },
                          region: { startLine: issue.line, ...(issue.columnNumber ? { startColumn: issue.columnNumber } : {}) },
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
          const locations = finding.evidence
            .filter((e) => {
              const key = `${e.source}:${e.line}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            })
            .map(location);
          return {
            ruleId: finding.ruleId,
            ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId)! } : {}),
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            locations,
            partialFingerprints: { 'labourScreenFindingId/v1': finding.id },
            properties: {
              severity: finding.severity,
              tier: finding.tier,
              subject: finding.subject,
              period: finding.period,
            },
          };
        }),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
