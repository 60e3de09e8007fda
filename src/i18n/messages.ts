import type { IloDimension, IndicatorStrength, Level, Severity, Tier } from '../model/enums.js';
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
  noFindingsScreened: {
    en: 'No findings in what the rules could judge; what that was, and what they could not judge, is listed under "What was screened".',
    nb: 'Ingen funn i det reglene kunne vurdere; hva det var, og hva de ikke kunne vurdere, står under «Hva som ble screenet».',
  },
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
  levelGuide: { en: 'What the levels found mean, and who acts', nb: 'Hva nivåene betyr, og hvem som handler' },
  meaning: { en: 'Meaning', nb: 'Betydning' },
  iloAssessment: { en: 'ILO assessment per worker', nb: 'ILO-vurdering per arbeidstaker' },
  iloNote: {
    en: 'Delphi dimensions (ILO & EC 2009): a dimension is positive with two strong indicators, a strong and another, three medium, or two medium and a weak. Forced labour needs involuntariness and coercion (20th ICLS 2018). Low-confidence observations, weak indicators and a single uncorroborated observation are not counted. The indicator table is cross-checked against a second transcription of the 2009 list.',
    nb: 'Delphi-dimensjoner (ILO & EU 2009): en dimensjon er positiv med to sterke indikatorer, en sterk og en annen, tre middels, eller to middels og en svak. Tvangsarbeid krever både ufrivillighet og tvang (20. ICLS 2018). Observasjoner med lav sikkerhet, svake indikatorer og én enkelt ubekreftet observasjon telles ikke. Indikatortabellen er krysskontrollert mot en annen avskrift av 2009-listen.',
  },
  dimension: { en: 'Dimension', nb: 'Dimensjon' },
  positive: { en: 'Positive', nb: 'Positiv' },
  yes: { en: 'yes', nb: 'ja' },
  no: { en: 'no', nb: 'nei' },
  indicators: { en: 'Indicators', nb: 'Indikatorer' },
  involuntariness: { en: 'Involuntariness', nb: 'Ufrivillighet' },
  coercion: { en: 'Coercion', nb: 'Tvang' },
  child: { en: 'under 18', nb: 'under 18 år' },
  why: { en: 'Why', nb: 'Hvorfor' },
  notes: { en: 'Notes', nb: 'Merknader' },
  inChain: { en: 'In its chain (not its own findings)', nb: 'I kjeden (ikke egne funn)' },
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

export const DIMENSION_NAMES: Readonly<Record<IloDimension, LocalText>> = {
  'deceptive-recruitment': { en: 'deceptive recruitment', nb: 'rekruttering ved bedrag' },
  'coercive-recruitment': { en: 'coercive recruitment', nb: 'rekruttering ved tvang' },
  'recruitment-by-abuse-of-vulnerability': {
    en: 'recruitment by abuse of vulnerability',
    nb: 'rekruttering ved utnyttelse av sårbarhet',
  },
  'exploitative-conditions-of-work': { en: 'exploitative conditions of work', nb: 'utnyttende arbeidsvilkår' },
  'coercion-at-destination': { en: 'coercion at destination', nb: 'tvang på arbeidsstedet' },
  'abuse-of-vulnerability-at-destination': {
    en: 'abuse of vulnerability at destination',
    nb: 'utnyttelse av sårbarhet på arbeidsstedet',
  },
};

export const STRENGTH_NAMES: Readonly<Record<IndicatorStrength, LocalText>> = {
  weak: { en: 'weak', nb: 'svak' },
  medium: { en: 'medium', nb: 'middels' },
  strong: { en: 'strong', nb: 'sterk' },
};

/** @summary The name of an ILO Delphi dimension or an indicator strength for people. */
export function dimensionName(dimension: IloDimension, lang: Language): string {
  return DIMENSION_NAMES[dimension][lang];
}
export function strengthName(strength: IndicatorStrength, lang: Language): string {
  return STRENGTH_NAMES[strength][lang];
}
