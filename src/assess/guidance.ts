import type { Level } from '../model/enums.js';
import type { LocalText } from '../rules/rule.js';

/**
 * What each level means in plain language and who acts on it, in English and Norwegian. The seeds
 * stress that these cases fall between the silos of the labour inspectorate, the police, the tax
 * authority and the municipal coordinators against trafficking, so every next step names them.
 * @module
 */
export interface LevelGuidance {
  readonly meaning: LocalText;
  readonly nextSteps: LocalText;
}

/** Plain-language meaning and next steps for every level. */
export const LEVEL_GUIDANCE: Readonly<Record<Level, LevelGuidance>> = {
  none: {
    meaning: {
      en: 'No finding above `info` for this subject in the data given. That says nothing about what the data does not show.',
      nb: 'Ingen funn over `info` for dette i dataene som ble gitt. Det sier ingenting om det dataene ikke viser.',
    },
    nextSteps: {
      en: 'Nothing to follow up from this screening. Check that the data is complete (all tables, all periods).',
      nb: 'Ingenting å følge opp fra denne screeningen. Kontroller at dataene er komplette (alle tabeller, alle perioder).',
    },
  },
  'social-dumping': {
    meaning: {
      en: 'Pay or conditions below the legal or generally applicable floor: breaches of labour law that may be errors, not a business model.',
      nb: 'Lønn eller vilkår under lovens eller allmenngjøringens minstenivå: brudd på arbeidsmiljøloven som kan være feil, ikke en forretningsmodell.',
    },
    nextSteps: {
      en: 'The labour inspectorate (Arbeidstilsynet) follows up; the employer corrects pay and working time, with back pay. Check whether the same breach recurs across workers.',
      nb: 'Arbeidstilsynet følger opp; arbeidsgiveren retter lønn og arbeidstid og etterbetaler. Kontroller om samme brudd går igjen hos flere.',
    },
  },
  'work-crime': {
    meaning: {
      en: 'Signs that breaches are organised for profit (arbeidslivskriminalitet): money trails, identities or company structures that hide who employs and pays whom, or forced-labour indicators that do not yet meet the ILO combination.',
      nb: 'Tegn på at bruddene er organisert for vinning (arbeidslivskriminalitet): pengestrømmer, identiteter eller selskapsstrukturer som skjuler hvem som ansetter og betaler hvem, eller tvangsarbeidsindikatorer som ennå ikke oppfyller ILOs kombinasjon.',
    },
    nextSteps: {
      en: 'Share with the inter-agency work-crime centre (a-krimsenter: labour inspectorate, tax authority, NAV, police). The tax authority checks payroll reporting; buyers review the contract and the chain.',
      nb: 'Del med a-krimsenteret (Arbeidstilsynet, Skatteetaten, NAV, politiet). Skatteetaten kontrollerer a-meldingen; oppdragsgivere vurderer kontrakten og kjeden.',
    },
  },
  'forced-labour': {
    meaning: {
      en: 'Work that appears both involuntary and exacted under a menace of penalty (ILO C29; 20th ICLS 2018), or coercion at destination together with exploitative conditions (ILO 2009). An indication for trained people to verify, not a determination.',
      nb: 'Arbeid som ser ut til å være både ufrivillig og tvunget frem under trussel om straff eller sanksjon (ILO K29; 20. ICLS 2018), eller tvang på arbeidsstedet sammen med utnyttende arbeidsvilkår (ILO 2009). En indikasjon som må kontrolleres, ikke en avgjørelse.',
    },
    nextSteps: {
      en: 'Contact the police and the municipal coordinator against trafficking (in Norway also KOM, the national coordination unit for victims) before confronting the employer; the worker’s safety comes first. Offer help through an NGO or assistance programme; the labour inspectorate and tax authority follow the money.',
      nb: 'Kontakt politiet og kommunens koordinator mot menneskehandel (KOM nasjonalt) før arbeidsgiveren konfronteres; arbeidstakerens sikkerhet går først. Tilby hjelp gjennom en organisasjon eller et bistandsprogram; Arbeidstilsynet og Skatteetaten følger pengene.',
    },
  },
  trafficking: {
    meaning: {
      en: 'The ILO combination for trafficking for labour exploitation holds: recruitment by deception, coercion or abuse of vulnerability, exploitative conditions of work, and coercion or abuse of vulnerability at destination (ILO & EC 2009; Palermo Protocol art. 3). For a child, exploitation alone is enough (art. 3 (c)).',
      nb: 'ILOs kombinasjon for menneskehandel til tvangsarbeid er oppfylt: rekruttering ved bedrag, tvang eller utnyttelse av sårbarhet, utnyttende arbeidsvilkår, og tvang eller utnyttelse av sårbarhet på arbeidsstedet (ILO & EU 2009; Palermo-protokollen art. 3). For barn er utnyttingen nok (art. 3 (c)).',
    },
    nextSteps: {
      en: 'Urgent: the police and the municipal anti-trafficking coordinator (KOM in Norway; the Centre against Human Trafficking in Denmark) act first; for a child also child welfare services. Do not alert the employer. Possible victims are entitled to a reflection period and assistance.',
      nb: 'Haster: politiet og kommunens koordinator mot menneskehandel (KOM) handler først; for barn også barnevernet. Ikke varsle arbeidsgiveren. Mulige ofre har rett til refleksjonsperiode og bistand.',
    },
  },
};
