/**
 * Enumerations of the data contract (`labour-screen schema` prints it) and of the screening vocabulary.
 * Each is a frozen tuple so that zod enums, TypeScript unions and docs all come from one list.
 * @module
 */

/** Sector codes used for organisations and contracts (drive which minimum-wage regulation applies). */
export const SECTORS = [
  'construction',
  'cleaning',
  'agriculture',
  'fish-processing',
  'shipyard',
  'electrical',
  'freight-transport',
  'passenger-transport',
  'hospitality',
  'maritime',
  'domestic-work',
  'aquaculture',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Role of an organisation in the data. */
export const ORGANISATION_ROLES = [
  'client',
  'main-contractor',
  'subcontractor',
  'staffing-agency',
  'recruiter',
  'landlord',
] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Kind of national identifier held in `workers.national_id`. */
export const ID_KINDS = ['no-fnr', 'no-dnr', 'dk-cpr', 'passport', 'other'] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** Skill level used by the Norwegian minimum-wage regulations (fagarbeider / ufaglært / lærling). */
export const SKILL_LEVELS = ['skilled', 'unskilled', 'apprentice'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/**
 * Where a time entry comes from; access logs and card scans corroborate timesheets. `inspection`:
 * a person was found at work by an inspector (a presence: a start time may stand without an end).
 */
export const TIME_SOURCES = ['timesheet', 'access-log', 'hms-card-scan', 'gps', 'inspection'] as const;
export type TimeSource = (typeof TIME_SOURCES)[number];

/** How wages were paid. Cash is a work-crime signal (no bank trace). */
export const PAYMENT_METHODS = ['bank', 'cash', 'card', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * What a payment is. Only `salary` (and `back-pay` for the period it makes good) is ordinary pay
 * for the minimum-wage and contract tests; a bonus, an advance or holiday pay is not.
 */
export const PAYMENT_KINDS = ['salary', 'overtime', 'bonus', 'holiday-pay', 'advance', 'back-pay', 'other'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/**
 * How working time is arranged (a contract's `working_time_arrangement`). `averaging`: the
 * normal working time is averaged over a period (aml. § 10-5; shift and turnus plans);
 * `rota`: an on/off rotation such as 7/7, 14/14 or 2-4, judged over its cycle.
 */
export const WORKING_TIME_ARRANGEMENTS = ['standard', 'averaging', 'rota'] as const;
export type WorkingTimeArrangement = (typeof WORKING_TIME_ARRANGEMENTS)[number];

/**
 * What an averaging arrangement or rota rests on: a `written-agreement` with the worker
 * (aml. § 10-5 (1)), a `collective-agreement` with the union representatives of a business bound
 * by one (§ 10-5 (2), § 10-12 (4)), or the Labour Inspection Authority's `labour-inspection-approval`
 * (§ 10-5 (3), § 10-12 (6)). The basis sets the caps the law keeps.
 */
export const ARRANGEMENT_BASES = ['written-agreement', 'collective-agreement', 'labour-inspection-approval'] as const;
export type ArrangementBasis = (typeof ARRANGEMENT_BASES)[number];

/**
 * A firm's status in its sector's approval register (Renholdsregisteret for cleaning,
 * Bemanningsforetaksregisteret for staffing, Bilpleieregisteret for car care). Being listed is not
 * being approved: only `approved` is.
 */
export const REGISTER_STATUSES = ['approved', 'not-approved', 'pending', 'not-registered'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** Kinds of deduction from pay. Everything but tax and pension can feed debt bondage or lodging rules. */
export const DEDUCTION_KINDS = [
  'tax',
  'pension',
  'lodging',
  'travel',
  'food',
  'tools',
  'equipment',
  'recruitment-fee',
  'loan-repayment',
  'fine',
  'advance',
  'other',
] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];

/** Documents whose custody matters (ILO: retention of identity documents). */
export const DOCUMENT_KINDS = ['passport', 'id-card', 'residence-permit', 'bank-card', 'phone'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Who holds a document. Anyone but the worker is a sign to verify. */
export const DOCUMENT_HOLDERS = ['worker', 'employer', 'recruiter', 'landlord', 'other'] as const;
export type DocumentHolder = (typeof DOCUMENT_HOLDERS)[number];

/** Who saw an observation. */
export const OBSERVATION_SOURCES = ['inspection', 'interview', 'tip', 'police', 'ngo', 'self-report'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];

/** How sure the observer is. */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Currencies the library can hold money in (ISO 4217). */
export const CURRENCIES = ['NOK', 'DKK', 'SEK', 'EUR', 'PLN', 'GBP', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * The 11 ILO indicators of forced labour (ILO 2012, "ILO Indicators of Forced Labour").
 * Codes are stable: they appear in `observations.indicator`, findings and reports.
 */
export const ILO_CORE_INDICATORS = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'intimidation-and-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-and-living-conditions',
  'excessive-overtime',
] as const;

/** Further indicators from the ILO/EC (2009) Delphi operational indicators, accepted as codes. */
export const ILO_DELPHI_INDICATORS = [
  'threat-of-denunciation',
  'threats-against-family',
  'forced-to-lie',
  'forced-criminal-activity',
  'forced-begging',
  'confinement-or-surveillance',
  'under-strong-influence',
  'no-freedom-to-resign',
  'forced-to-stay-longer',
  'wage-manipulation',
  'low-or-no-salary',
  'no-social-protection',
  'hazardous-work',
  'bad-living-conditions',
  'coercive-recruitment',
  'abduction',
  'dependency-on-exploiters',
  'language-barrier',
  'irregular-status',
] as const;

/** Every accepted indicator code: the 11 core ILO indicators, then the Delphi ones. */
export const ILO_INDICATORS = [...ILO_CORE_INDICATORS, ...ILO_DELPHI_INDICATORS] as const;
export type IloIndicator = (typeof ILO_INDICATORS)[number];

/**
 * Signs of work crime a person can observe, above all about an organisation: false declarations
 * to the authorities, illegal employment, usury, pay returned to the employer (kickbacks), and
 * control of a worker's bank account. Accepted in `observations.indicator` beside the ILO codes.
 */
export const WORK_CRIME_CODES = [
  'false-declarations',
  'illegal-employment',
  'usury',
  'pay-returned-to-employer',
  'control-of-worker-account',
] as const;
export type WorkCrimeCode = (typeof WORK_CRIME_CODES)[number];

/** Every code an observation may carry: the ILO indicators and the work-crime signs. */
export const OBSERVATION_CODES = [...ILO_INDICATORS, ...WORK_CRIME_CODES] as const;
export type ObservationCode = (typeof OBSERVATION_CODES)[number];

/** @summary Whether an observation code is an ILO indicator (not a work-crime sign). */
export function isIloIndicator(code: ObservationCode): code is IloIndicator {
  return !(WORK_CRIME_CODES as readonly string[]).includes(code);
}

/** The six Delphi dimensions for adults in labour exploitation (ILO/EC 2009). */
export const ILO_DIMENSIONS = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'recruitment-by-abuse-of-vulnerability',
  'exploitative-conditions-of-work',
  'coercion-at-destination',
  'abuse-of-vulnerability-at-destination',
] as const;
export type IloDimension = (typeof ILO_DIMENSIONS)[number];

/** Indicator strength in the Delphi tables. */
export const INDICATOR_STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type IndicatorStrength = (typeof INDICATOR_STRENGTHS)[number];

/** Tiers of the continuum a finding belongs to, mildest first. */
export const TIERS = ['social-dumping', 'work-crime', 'forced-labour', 'trafficking'] as const;
export type Tier = (typeof TIERS)[number];

/** Continuum levels of a worker, employer or chain, in increasing order of gravity. */
export const LEVELS = ['none', 'social-dumping', 'work-crime', 'forced-labour', 'trafficking'] as const;
export type Level = (typeof LEVELS)[number];

/** Finding severities, in increasing order. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Jurisdiction codes of the parameter packs (`ILO` = ILO conventions only, no national floor). */
export const JURISDICTIONS = ['NO', 'DK', 'ILO'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * @summary Compare two levels by gravity (for sorting and "at least" checks).
 * @returns a negative number when `a` is milder than `b`, 0 when equal, positive when graver
 * @example
 * compareLevels('work-crime', 'social-dumping') > 0 //=> true
 */
export function compareLevels(a: Level, b: Level): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}

/**
 * @summary Compare two severities (for sorting and `--fail-on` thresholds).
 * @example
 * compareSeverities('high', 'medium') > 0 //=> true
 */
export function compareSeverities(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/**
 * Norwegian and Danish words accepted for codes in CSV files, lower case. Payroll exports write
 * `kontant`, not `cash`; mapping them here keeps the codes themselves stable and English.
 */
export const CODE_WORDS = {
  sector: {
    bygg: 'construction',
    byggeplass: 'construction',
    'bygg og anlegg': 'construction',
    byggeri: 'construction',
    renhold: 'cleaning',
    rengøring: 'cleaning',
    jordbruk: 'agriculture',
    landbruk: 'agriculture',
    gartneri: 'agriculture',
    landbrug: 'agriculture',
    fiskeindustri: 'fish-processing',
    fiskeforedling: 'fish-processing',
    verft: 'shipyard',
    'skips- og verftsindustri': 'shipyard',
    elektro: 'electrical',
    elektrofag: 'electrical',
    godstransport: 'freight-transport',
    persontransport: 'passenger-transport',
    overnatting: 'hospitality',
    servering: 'hospitality',
    hotell: 'hospitality',
    restaurant: 'hospitality',
    maritim: 'maritime',
    havbruk: 'aquaculture',
    oppdrett: 'aquaculture',
    fiskeoppdrett: 'aquaculture',
    akvakultur: 'aquaculture',
    havbrug: 'aquaculture',
    husarbeid: 'domestic-work',
    'privat husarbeid': 'domestic-work',
    annet: 'other',
    andet: 'other',
  },
  role: {
    oppdragsgiver: 'client',
    byggherre: 'client',
    hovedentreprenør: 'main-contractor',
    totalentreprenør: 'main-contractor',
    underentreprenør: 'subcontractor',
    underleverandør: 'subcontractor',
    bemanningsforetak: 'staffing-agency',
    vikarbyrå: 'staffing-agency',
    rekrutterer: 'recruiter',
    rekrutteringsbyrå: 'recruiter',
    utleier: 'landlord',
  },
  idKind: {
    fødselsnummer: 'no-fnr',
    fnr: 'no-fnr',
    'd-nummer': 'no-dnr',
    dnr: 'no-dnr',
    cpr: 'dk-cpr',
    pass: 'passport',
    annet: 'other',
  },
  skillLevel: {
    fagarbeider: 'skilled',
    faglært: 'skilled',
    ufaglært: 'unskilled',
    hjelpearbeider: 'unskilled',
    lærling: 'apprentice',
  },
  timeSource: { timeliste: 'timesheet', adgangslogg: 'access-log', 'hms-kort': 'hms-card-scan', tilsyn: 'inspection' },
  paymentKind: {
    lønn: 'salary',
    fastlønn: 'salary',
    fastloenn: 'salary',
    timelønn: 'salary',
    timeloenn: 'salary',
    månedslønn: 'salary',
    overtid: 'overtime',
    overtidsgodtgjoerelse: 'overtime',
    overtidsgodtgjørelse: 'overtime',
    bonus: 'bonus',
    feriepenger: 'holiday-pay',
    forskudd: 'advance',
    etterbetaling: 'back-pay',
    annet: 'other',
  },
  workingTimeArrangement: {
    ikkeskift: 'standard',
    vanlig: 'standard',
    gjennomsnittsberegning: 'averaging',
    turnus: 'averaging',
    skift: 'averaging',
    andreskift: 'averaging',
    skift365: 'averaging',
    doegnkontinuerligskiftogturnus355: 'averaging',
    helkontinuerligskiftogandreordninger336: 'averaging',
    offshore336: 'rota',
    rotasjon: 'rota',
  },
  arrangementBasis: {
    'skriftlig avtale': 'written-agreement',
    tariffavtale: 'collective-agreement',
    'avtale med tillitsvalgte': 'collective-agreement',
    'samtykke fra arbeidstilsynet': 'labour-inspection-approval',
    arbeidstilsynet: 'labour-inspection-approval',
  },
  registerStatus: {
    godkjent: 'approved',
    'godkjent med ansatte': 'approved',
    'godkjent uten ansatte': 'approved',
    'ikke godkjent': 'not-approved',
    'under behandling': 'pending',
    'ikke registrert': 'not-registered',
  },
  paymentMethod: {
    overføring: 'bank',
    bankoverføring: 'bank',
    konto: 'bank',
    kontant: 'cash',
    kontanter: 'cash',
    kort: 'card',
    annet: 'other',
  },
  deductionKind: {
    skatt: 'tax',
    forskuddstrekk: 'tax',
    pensjon: 'pension',
    otp: 'pension',
    bolig: 'lodging',
    husleie: 'lodging',
    losji: 'lodging',
    reise: 'travel',
    mat: 'food',
    kost: 'food',
    verktøy: 'tools',
    utstyr: 'equipment',
    rekrutteringsgebyr: 'recruitment-fee',
    formidlingsgebyr: 'recruitment-fee',
    nedbetaling: 'loan-repayment',
    lån: 'loan-repayment',
    bot: 'fine',
    gebyr: 'fine',
    forskudd: 'advance',
    annet: 'other',
  },
  documentKind: {
    pass: 'passport',
    'id-kort': 'id-card',
    oppholdstillatelse: 'residence-permit',
    bankkort: 'bank-card',
    telefon: 'phone',
    mobil: 'phone',
  },
  documentHolder: {
    arbeidstaker: 'worker',
    arbeidsgiver: 'employer',
    rekrutterer: 'recruiter',
    utleier: 'landlord',
    annen: 'other',
  },
  observationSource: {
    tilsyn: 'inspection',
    inspeksjon: 'inspection',
    intervju: 'interview',
    tips: 'tip',
    politi: 'police',
    frivillig: 'ngo',
    egenmelding: 'self-report',
  },
  confidence: { lav: 'low', middels: 'medium', høy: 'high', hoy: 'high', høj: 'high' },
} as const satisfies Record<string, Record<string, string>>;
