import type { MessageTemplates } from './format-message.js';
import { CODE_NAMES } from './code-names.js';
import { DIMENSION_NAMES, STRENGTH_NAMES } from './messages.js';

/** `<family>.<code>` for every named code. */
function codeTemplates(): MessageTemplates {
  const families: Record<string, Readonly<Record<string, { en: string; nb: string }>>> = {
    ...CODE_NAMES,
    dimension: DIMENSION_NAMES,
    strength: STRENGTH_NAMES,
  };
  return Object.fromEntries(
    Object.entries(families).flatMap(([family, names]) =>
      Object.entries(names).map(([code, text]) => [`${family}.${code}`, text]),
    ),
  );
}

/**
 * Phrases several rules and the assessment use inside their messages (a sector or a worker
 * category named, a rota described), in every language; a rule's own templates come first.
 * English keeps the data contract's codes where the first release printed them.
 */
export const SHARED_MESSAGES: MessageTemplates = {
  ...codeTemplates(),
  'sector.construction': { en: 'construction', nb: 'bygg og anlegg' },
  'sector.cleaning': { en: 'cleaning', nb: 'renhold' },
  'sector.agriculture': { en: 'agriculture', nb: 'jord- og hagebruk' },
  'sector.fish-processing': { en: 'fish-processing', nb: 'fiskeindustri' },
  'sector.shipyard': { en: 'shipyard', nb: 'skips- og verftsindustri' },
  'sector.electrical': { en: 'electrical', nb: 'elektrofag' },
  'sector.freight-transport': { en: 'freight-transport', nb: 'godstransport på vei' },
  'sector.passenger-transport': { en: 'passenger-transport', nb: 'persontransport med turbil' },
  'sector.hospitality': { en: 'hospitality', nb: 'overnatting, servering og catering' },
  'sector.maritime': { en: 'maritime', nb: 'sjøfart' },
  'sector.domestic-work': { en: 'domestic-work', nb: 'arbeid i private hjem' },
  'sector.aquaculture': { en: 'aquaculture', nb: 'havbruk' },
  'sector.other': { en: 'other', nb: 'annet' },
  'category.skilled': { en: 'skilled', nb: 'fagarbeidere' },
  'category.unskilled': { en: 'unskilled', nb: 'ufaglærte' },
  'category.unskilled-experienced': { en: 'unskilled-experienced', nb: 'ufaglærte med bransjeerfaring' },
  'category.under-18': { en: 'under-18', nb: 'arbeidstakere under 18 år' },
  'category.adult': { en: 'adult', nb: 'voksne arbeidstakere' },
  'category.harvest-help': { en: 'harvest-help', nb: 'ferie- og innhøstingshjelp' },
  'category.harvest-help-12-weeks': {
    en: 'harvest-help-12-weeks',
    nb: 'ferie- og innhøstingshjelp etter 12 uker',
  },
  'skip.no-minimum-wages': { en: 'no minimum wages in this jurisdiction', nb: 'ingen minstelønn i denne jurisdiksjonen' },
  'skip.pack-reason': { en: '{{en}}', nb: '{{nb}}' },
  'more-not-cited': { en: ' ({{count}} more not cited)', nb: ' ({{count}} til er ikke sitert)' },
  'rate-from': { en: 'NOK {{rate}} from {{from}}', nb: 'NOK {{rate}} fra {{from}}' },
  arrangement: {
    en: '{{kind}}{{rota}} over {{weeks}} weeks ({{basis}})',
    nb: '{{kind}}{{rota}} over {{weeks}} uker ({{basis}})',
  },
  'arrangement-1': { en: '{{kind}}{{rota}} over 1 week ({{basis}})', nb: '{{kind}}{{rota}} over 1 uke ({{basis}})' },
};

/** @summary A sector as a message (its name in each language). */
export const sectorMessage = (sector: string) => ({ id: `sector.${sector}` });
/** @summary A worker category as a message. */
export const categoryMessage = (category: string) => ({ id: `category.${category}` });
