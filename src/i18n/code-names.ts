import type {
  ArrangementBasis,
  ConfidenceLevel,
  DeductionKind,
  DocumentHolder,
  DocumentKind,
  IloIndicator,
  ObservationSource,
  PaymentKind,
  PaymentMethod,
  RegisterStatus,
  WorkCrimeCode,
  WorkingTimeArrangement,
} from '../model/enums.js';
import type { LocalText } from '../rules/rule.js';
import type { Language } from './messages.js';

/**
 * The data contract's codes as people read them, in every language: what messages and reports
 * print for `restriction-of-movement`, `lodging` or `not-approved`.
 * @module
 */

export const INDICATOR_NAMES: Readonly<Record<IloIndicator, LocalText>> = {
  'abuse-of-vulnerability': { en: 'abuse of vulnerability', nb: 'utnyttelse av sårbarhet' },
  deception: { en: 'deception', nb: 'bedrag' },
  'restriction-of-movement': { en: 'restriction of movement', nb: 'innskrenket bevegelsesfrihet' },
  isolation: { en: 'isolation', nb: 'isolasjon' },
  'physical-and-sexual-violence': { en: 'physical and sexual violence', nb: 'fysisk og seksuell vold' },
  'intimidation-and-threats': { en: 'intimidation and threats', nb: 'trusler og skremsler' },
  'retention-of-identity-documents': {
    en: 'retention of identity documents',
    nb: 'tilbakeholdelse av identitetsdokumenter',
  },
  'withholding-of-wages': { en: 'withholding of wages', nb: 'tilbakeholdelse av lønn' },
  'debt-bondage': { en: 'debt bondage', nb: 'gjeldsslaveri' },
  'abusive-working-and-living-conditions': {
    en: 'abusive working and living conditions',
    nb: 'krenkende arbeids- og levekår',
  },
  'excessive-overtime': { en: 'excessive overtime', nb: 'overdreven overtid' },
  'threat-of-denunciation': { en: 'threat of denunciation', nb: 'trusler om angivelse til myndighetene' },
  'threats-against-family': { en: 'threats against family', nb: 'trusler mot familien' },
  'forced-to-lie': { en: 'forced to lie', nb: 'tvunget til å lyve' },
  'forced-criminal-activity': { en: 'forced criminal activity', nb: 'tvunget til kriminell virksomhet' },
  'forced-begging': { en: 'forced begging', nb: 'tvunget til tigging' },
  'confinement-or-surveillance': { en: 'confinement or surveillance', nb: 'innesperring eller overvåking' },
  'under-strong-influence': { en: 'under strong influence', nb: 'under sterk påvirkning' },
  'no-freedom-to-resign': { en: 'no freedom to resign', nb: 'ikke fri til å si opp' },
  'forced-to-stay-longer': { en: 'forced to stay longer', nb: 'tvunget til å bli lenger' },
  'wage-manipulation': { en: 'wage manipulation', nb: 'lønnsmanipulasjon' },
  'low-or-no-salary': { en: 'low or no salary', nb: 'lav eller ingen lønn' },
  'no-social-protection': { en: 'no social protection', nb: 'ingen sosial beskyttelse' },
  'hazardous-work': { en: 'hazardous work', nb: 'farlig arbeid' },
  'bad-living-conditions': { en: 'bad living conditions', nb: 'dårlige boforhold' },
  'coercive-recruitment': { en: 'coercive recruitment', nb: 'rekruttering ved tvang' },
  abduction: { en: 'abduction', nb: 'bortføring' },
  'dependency-on-exploiters': { en: 'dependency on exploiters', nb: 'avhengighet av utnytterne' },
  'language-barrier': { en: 'language barrier', nb: 'språkbarriere' },
  'irregular-status': { en: 'irregular status', nb: 'ulovlig opphold' },
};

export const WORK_CRIME_NAMES: Readonly<Record<WorkCrimeCode, LocalText>> = {
  'false-declarations': { en: 'false declarations to the authorities', nb: 'uriktige opplysninger til myndighetene' },
  'illegal-employment': { en: 'illegal employment', nb: 'ulovlig sysselsetting' },
  usury: { en: 'usury', nb: 'åger' },
  'pay-returned-to-employer': { en: 'pay returned to the employer', nb: 'lønn betalt tilbake til arbeidsgiveren' },
  'control-of-worker-account': { en: "control of the worker's account", nb: 'kontroll over arbeidstakerens konto' },
};

const DEDUCTION_NAMES: Readonly<Record<DeductionKind, LocalText>> = {
  tax: { en: 'tax', nb: 'skatt' },
  pension: { en: 'pension', nb: 'pensjon' },
  lodging: { en: 'lodging', nb: 'bolig' },
  travel: { en: 'travel', nb: 'reise' },
  food: { en: 'food', nb: 'kost' },
  tools: { en: 'tools', nb: 'verktøy' },
  equipment: { en: 'equipment', nb: 'utstyr' },
  'recruitment-fee': { en: 'recruitment fee', nb: 'rekrutteringsgebyr' },
  'loan-repayment': { en: 'loan repayment', nb: 'nedbetaling av lån' },
  fine: { en: 'fine', nb: 'bot' },
  advance: { en: 'advance', nb: 'forskudd' },
  other: { en: 'other', nb: 'annet' },
};

const DOCUMENT_NAMES: Readonly<Record<DocumentKind, LocalText>> = {
  passport: { en: 'passport', nb: 'pass' },
  'id-card': { en: 'ID card', nb: 'ID-kort' },
  'residence-permit': { en: 'residence permit', nb: 'oppholdstillatelse' },
  'bank-card': { en: 'bank card', nb: 'bankkort' },
  phone: { en: 'phone', nb: 'telefon' },
};

const HOLDER_NAMES: Readonly<Record<DocumentHolder, LocalText>> = {
  worker: { en: 'the worker', nb: 'arbeidstakeren' },
  employer: { en: 'the employer', nb: 'arbeidsgiveren' },
  recruiter: { en: 'the recruiter', nb: 'rekruttereren' },
  landlord: { en: 'the landlord', nb: 'utleieren' },
  other: { en: 'someone else', nb: 'noen andre' },
};

const SOURCE_NAMES: Readonly<Record<ObservationSource, LocalText>> = {
  inspection: { en: 'inspection', nb: 'tilsyn' },
  interview: { en: 'interview', nb: 'samtale' },
  tip: { en: 'tip', nb: 'tips' },
  police: { en: 'police', nb: 'politiet' },
  ngo: { en: 'NGO', nb: 'frivillig organisasjon' },
  'self-report': { en: 'self-report', nb: 'egen melding' },
};

const CONFIDENCE_NAMES: Readonly<Record<ConfidenceLevel, LocalText>> = {
  low: { en: 'low', nb: 'lav' },
  medium: { en: 'medium', nb: 'middels' },
  high: { en: 'high', nb: 'høy' },
};

const REGISTER_STATUS_NAMES: Readonly<Record<RegisterStatus, LocalText>> = {
  approved: { en: 'approved', nb: 'godkjent' },
  'not-approved': { en: 'not-approved', nb: 'ikke godkjent' },
  pending: { en: 'pending', nb: 'under behandling' },
  'not-registered': { en: 'not-registered', nb: 'ikke registrert' },
};

const PAYMENT_METHOD_NAMES: Readonly<Record<PaymentMethod, LocalText>> = {
  bank: { en: 'bank', nb: 'bank' },
  cash: { en: 'cash', nb: 'kontant' },
  card: { en: 'card', nb: 'kort' },
  other: { en: 'other', nb: 'annet' },
};

const PAYMENT_KIND_NAMES: Readonly<Record<PaymentKind, LocalText>> = {
  salary: { en: 'salary', nb: 'lønn' },
  overtime: { en: 'overtime', nb: 'overtid' },
  bonus: { en: 'bonus', nb: 'bonus' },
  'holiday-pay': { en: 'holiday pay', nb: 'feriepenger' },
  advance: { en: 'advance', nb: 'forskudd' },
  'back-pay': { en: 'back pay', nb: 'etterbetaling' },
  other: { en: 'other', nb: 'annet' },
};

const ARRANGEMENT_NAMES: Readonly<Record<WorkingTimeArrangement, LocalText>> = {
  standard: { en: 'standard', nb: 'ordinær arbeidstid' },
  averaging: { en: 'averaging', nb: 'gjennomsnittsberegning' },
  rota: { en: 'rota', nb: 'turnus' },
};

const ARRANGEMENT_BASIS_NAMES: Readonly<Record<ArrangementBasis, LocalText>> = {
  'written-agreement': { en: 'written-agreement', nb: 'skriftlig avtale' },
  'collective-agreement': { en: 'collective-agreement', nb: 'tariffavtale' },
  'labour-inspection-approval': { en: 'labour-inspection-approval', nb: 'samtykke fra Arbeidstilsynet' },
};

/** Every family of codes with its names, as message ids `<family>.<code>`. */
export const CODE_NAMES = {
  indicator: INDICATOR_NAMES,
  'work-crime': WORK_CRIME_NAMES,
  deduction: DEDUCTION_NAMES,
  document: DOCUMENT_NAMES,
  holder: HOLDER_NAMES,
  source: SOURCE_NAMES,
  confidence: CONFIDENCE_NAMES,
  'register-status': REGISTER_STATUS_NAMES,
  'payment-method': PAYMENT_METHOD_NAMES,
  'payment-kind': PAYMENT_KIND_NAMES,
  arrangement: ARRANGEMENT_NAMES,
  'arrangement-basis': ARRANGEMENT_BASIS_NAMES,
} as const;
export type CodeFamily = keyof typeof CODE_NAMES;

/** @summary A code as a message (`{ id: 'deduction.lodging' }`), rendered as its name in the report's language. */
export function codeMessage<F extends CodeFamily>(family: F, code: keyof (typeof CODE_NAMES)[F] & string): { id: string } {
  return { id: `${family}.${code}` };
}

/** @summary An ILO indicator's name for people. */
export function indicatorName(indicator: IloIndicator, lang: Language): string {
  return INDICATOR_NAMES[indicator][lang];
}

/** @summary An indicator (or a finer aspect of one) for people: its name where it has one, else its words. */
export function indicatorLabel(code: string, lang: Language): string {
  return Object.hasOwn(INDICATOR_NAMES, code) ? INDICATOR_NAMES[code as IloIndicator][lang] : code.replace(/-/g, ' ');
}
