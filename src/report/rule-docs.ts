import * as z from 'zod';
import type { Language } from '../i18n/messages.js';
import { tierName } from '../i18n/messages.js';
import type { Documented } from '../rules/rule.js';
import { runRuleExample } from './rule-examples.js';
import { ruleSlug } from './shared.js';

/** A rule's meta as plain JSON (options as JSON Schema), for `labour-screen rules --format json`. */
export function ruleMetaJson(rule: Documented): Record<string, unknown> {
  const { meta } = rule;
  const { $schema: _drop, ...options } = z.toJSONSchema(meta.options, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    id: meta.id,
    title: meta.title,
    tier: meta.tier,
    defaultSeverity: meta.defaultSeverity,
    indicator: meta.indicator ?? null,
    needs: [...meta.needs],
    jurisdictions: meta.jurisdictions ? [...meta.jurisdictions] : null,
    legalRefs: [...meta.legalRefs],
    options,
    docs: meta.docs,
    nextSteps: meta.nextSteps,
    examples: meta.examples.map((example) => ({
      kind: example.kind,
      title: example.title,
      on: example.on ?? '2025-12-31',
      jurisdiction: example.jurisdiction ?? 'NO',
      tables: example.tables,
    })),
  };
}

/** The options of a rule as Markdown list items: name, type, default, description. */
function optionLines(rule: Documented): string[] {
  const schema = ruleMetaJson(rule)['options'] as { properties?: Record<string, Record<string, unknown>> };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const type = Array.isArray(property['enum'])
      ? (property['enum'] as unknown[]).map((v) => JSON.stringify(v)).join(' | ')
      : String(property['type'] ?? 'value');
    const fallback = 'default' in property ? `, default \`${JSON.stringify(property['default'])}\`` : '';
    const description = typeof property['description'] === 'string' ? `: ${property['description']}` : '';
    return `- \`${name}\` (${type}${fallback})${description}`;
  });
}

/** The worked examples as Markdown: the tables, then what screening them finds (run, not written). */
function exampleLines(rule: Documented, lang: Language): string[] {
  if (rule.meta.examples.length === 0) return [];
  const kinds = { breach: lang === 'nb' ? 'Brudd' : 'Breach', compliant: lang === 'nb' ? 'I orden' : 'Compliant' };
  const lines = [`## ${lang === 'nb' ? 'Eksempler' : 'Examples'}`, ''];
  for (const example of rule.meta.examples) {
    lines.push(`### ${kinds[example.kind]}: ${example.title[lang]}`, '');
    const settings = [
      `${lang === 'nb' ? 'Screeningsdato' : 'Screening date'} ${example.on ?? '2025-12-31'}`,
      `${lang === 'nb' ? 'jurisdiksjon' : 'jurisdiction'} ${example.jurisdiction ?? 'NO'}`,
    ];
    lines.push(`${settings.join(', ')}.`, '');
    for (const [table, rows] of Object.entries(example.tables)) {
      lines.push(`\`${table}.csv\``, '', '```csv', ...rows, '```', '');
    }
    const { findings } = runRuleExample(rule, example);
    if (findings.length === 0) lines.push(lang === 'nb' ? 'Gir ingen funn.' : 'Gives no finding.', '');
    else lines.push(lang === 'nb' ? 'Gir:' : 'Gives:', '');
    for (const finding of findings)
      lines.push(`- \`${finding.severity}\` ${finding.subject.kind} \`${finding.subject.id}\`: ${finding.message}`);
    if (findings.length > 0) lines.push('');
  }
  return lines;
}

/**
 * @summary A rule's documentation page in Markdown, generated from its meta (the only place the
 * rule is described): what it checks, why, the legal and ILO basis, options, and what to verify.
 */
export function ruleMarkdown(rule: Documented, lang: Language = 'en'): string {
  const { meta } = rule;
  const options = optionLines(rule);
  return [
    `# \`${meta.id}\`: ${meta.title[lang]}`,
    '',
    `| | |`,
    '|---|---|',
    `| tier | ${tierName(meta.tier, lang)} (\`${meta.tier}\`) |`,
    `| default severity | \`${meta.defaultSeverity}\` |`,
    `| ILO indicator | ${meta.indicator ? `\`${meta.indicator}\`` : '–'} |`,
    `| needs | ${meta.needs.map((table) => `\`${table}\``).join(', ') || '–'} |`,
    `| jurisdictions | ${meta.jurisdictions?.join(', ') ?? 'all'} |`,
    `| legal basis | ${meta.legalRefs.join('; ') || '–'} |`,
    '',
    meta.docs[lang],
    '',
    `## ${lang === 'nb' ? 'Valg' : 'Options'}`,
    '',
    ...(options.length ? options : [lang === 'nb' ? 'Ingen.' : 'None.']),
    '',
    meta.id.startsWith('assessment/')
      ? 'Added by the assessment, not a configurable rule: set the thresholds in the `assessment` options of `screen()`.'
      : `Configure as \`{ "rules": { "${meta.id}": ["${meta.defaultSeverity}", { … }] } }\` or \`"off"\`.`,
    '',
    ...coverageLines(rule, lang),
    ...messageLines(rule, lang),
    ...exampleLines(rule, lang),
    `## ${lang === 'nb' ? 'Kontroller videre' : 'Verify next'}`,
    '',
    meta.nextSteps[lang],
    '',
  ].join('\n');
}

/** The rule's coverage: what one input is, and why one may not be judged. */
function coverageLines(rule: Documented, lang: Language): string[] {
  if (rule.meta.id.startsWith('assessment/')) return [];
  const reasons = Object.entries(rule.meta.coverage.unmeasured);
  return [
    `## ${lang === 'nb' ? 'Dekning' : 'Coverage'}`,
    '',
    lang === 'nb'
      ? `Rapportens \`coverage\` teller ${rule.meta.coverage.unit.nb} som ble vurdert, og dem som ikke kunne vurderes${reasons.length > 0 ? ', med årsaken:' : '.'}`
      : `The report's \`coverage\` counts the ${rule.meta.coverage.unit.en} judged, and those that could not be${reasons.length > 0 ? ', with the reason:' : '.'}`,
    ...(reasons.length > 0 ? ['', ...reasons.map(([id, text]) => `- \`${id}\`: ${text[lang]}`)] : []),
    '',
  ];
}

/** The rule's messages: the ids a finding's `messageId` takes, with their text and the data they name. */
function messageLines(rule: Documented, lang: Language): string[] {
  const messages = Object.entries(rule.meta.messages);
  if (messages.length === 0) return [];
  return [
    `## ${lang === 'nb' ? 'Meldinger' : 'Messages'}`,
    '',
    lang === 'nb'
      ? 'Et funn har `messageId` og `data`; teksten lages fra malen under på rapportens språk. Deler i `{{…}}` fylles fra `data`.'
      : 'A finding carries `messageId` and `data`; its text is rendered from the template below in the report’s language. Parts in `{{…}}` are filled from `data`.',
    '',
    '| id | text |',
    '|---|---|',
    ...messages.map(([id, text]) => `| \`${id}\` | ${text[lang].replace(/\|/g, '\\|')} |`),
    '',
  ];
}

/** @summary All rules as a Markdown table (id, title, tier, default severity, indicator, needs). */
export function rulesMarkdownTable(rules: readonly Documented[], lang: Language = 'en'): string {
  return [
    '| rule | title | tier | default severity | ILO indicator | needs |',
    '|---|---|---|---|---|---|',
    ...[...rules]
      .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
      .map(
        ({ meta }) =>
          `| \`${meta.id}\` | ${meta.title[lang]} | ${meta.tier} | ${meta.defaultSeverity} | ${meta.indicator ?? '–'} | ${meta.needs.join(', ')} |`,
      ),
    '',
  ].join('\n');
}

/** @summary The index page of the rule documentation: what the pages are, and the rules table linking to them. */
export function ruleDocsIndex(rules: readonly Documented[]): string {
  return [
    '# Rules',
    '',
    "Generated from each rule's `meta` by `npm run docs:rules`; do not edit by hand. `labour-screen explain <rule-id>`",
    'prints the same page, and `labour-screen rules` the table.',
    '',
    rulesMarkdownTable(rules).replace(/\| `([^`]+)` \|/g, (_, id: string) => `| [\`${id}\`](${ruleSlug(id)}.md) |`),
  ].join('\n');
}
