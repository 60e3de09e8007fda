import type { Level, Severity, Tier } from '../model/enums.js';
import type { LocalText } from '../rules/rule.js';

/**
 * The words reports use around the findings, in English and Norwegian (bokmål). One catalogue,
 * so each format says the same thing the same way.
 * @module
 */

/** Languages the reports are written in. */
export const LANGUAGES = ['en', 'nb'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every phrase the reports use, by key, in each language. */
export const MESSAGES = {
  title: { en: 'Labour screening report', nb: 'Rapport fra arbeidslivsscreening' },
  disclaimer: {
    en: 'An indicative screening to prioritise attention, not a legal determination. Every finding is a sign for a trained person to verify.',
    nb: 'En veiledende screening for å prioritere oppfølging, ikke en rettslig vurdering. Hvert funn er et tegn som må kontrolleres av en person med kompetanse.',
  },
  jurisdiction: { en: 'Jurisdiction', nb: 'Jurisdiksjon' },
  referenceDate: { en: 'Reference date', nb: 'Referansedato' },
  summary: { en: 'Summary', nb: 'Sammendrag' },
  workers: { en: 'Workers', nb: 'Arbeidstakere' },
  employers: { en: 'Employers', nb: 'Arbeidsgivere' },
  findings: { en: 'Findings', nb: 'Funn' },
  noFindings: { en: 'No findings.', nb: 'Ingen funn.' },
  tier: { en: 'Tier', nb: 'Nivå' },
  severity: { en: 'Severity', nb: 'Alvorlighet' },
  level: { en: 'Level', nb: 'Nivå' },
  rule: { en: 'Rule', nb: 'Regel' },
  subject: { en: 'Subject', nb: 'Gjelder' },
  period: { en: 'Period', nb: 'Periode' },
  message: { en: 'What was seen', nb: 'Hva som ble funnet' },
  evidence: { en: 'Evidence', nb: 'Grunnlag' },
  legalRefs: { en: 'Legal basis', nb: 'Rettslig grunnlag' },
  nextSteps: { en: 'Verify next', nb: 'Kontroller videre' },
  total: { en: 'Total', nb: 'Sum' },
  share: { en: 'Share affected', nb: 'Andel berørt' },
  chains: { en: 'Contracting chains', nb: 'Kontraktskjeder' },
  via: { en: 'Set by', nb: 'Satt av' },
  skipped: { en: 'Rules not run', nb: 'Regler som ikke ble kjørt' },
  reason: { en: 'Reason', nb: 'Årsak' },
  ingestIssues: { en: 'Data issues', nb: 'Problemer i dataene' },
  levelsPerEmployer: { en: 'Workers by level, per employer', nb: 'Arbeidstakere etter nivå, per arbeidsgiver' },
  findingsByTier: { en: 'Findings by tier', nb: 'Funn etter nivå' },
  filter: { en: 'Show at least', nb: 'Vis minst' },
  all: { en: 'all', nb: 'alle' },
  moreEvidence: { en: 'more', nb: 'flere' },
} as const satisfies Record<string, LocalText>;

export type MessageKey = keyof typeof MESSAGES;

/** @summary A report phrase in a language. */
export function t(key: MessageKey, lang: Language): string {
  return MESSAGES[key][lang];
}

const TIER_NAMES: Record<Tier, LocalText> = {
  'social-dumping': { en: 'social dumping', nb: 'sosial dumping' },
  'work-crime': { en: 'work crime', nb: 'arbeidslivskriminalitet' },
  'forced-labour': { en: 'forced labour', nb: 'tvangsarbeid' },
  trafficking: { en: 'trafficking', nb: 'menneskehandel' },
};

const SEVERITY_NAMES: Record<Severity, LocalText> = {
  info: { en: 'info', nb: 'info' },
  low: { en: 'low', nb: 'lav' },
  medium: { en: 'medium', nb: 'middels' },
  high: { en: 'high', nb: 'høy' },
  critical: { en: 'critical', nb: 'kritisk' },
};

/** @summary The name of a tier, severity or level for people. */
export function tierName(tier: Tier, lang: Language): string {
  return TIER_NAMES[tier][lang];
}
export function severityName(severity: Severity, lang: Language): string {
  return SEVERITY_NAMES[severity][lang];
}
export function levelName(level: Level, lang: Language): string {
  return level === 'none' ? (lang === 'nb' ? 'ingen' : 'none') : tierName(level, lang);
}
