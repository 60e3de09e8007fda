import * as z from 'zod';
import { isIloIndicator, type IloIndicator, type Severity, type WorkCrimeCode } from '../../model/enums.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding, type LocalText } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import { codeMessage } from '../../i18n/code-names.js';

const options = z.object({}).strict();

/** What each work-crime sign is, in words that fit an organisation, and the ILO indicator it also is for a worker. */
const SIGNS: Readonly<Record<WorkCrimeCode, { readonly words: LocalText; readonly forWorker?: IloIndicator }>> = {
  'false-declarations': {
    words: {
      en: 'false declarations to the authorities (payroll reporting, tax, permits)',
      nb: 'uriktige opplysninger til myndighetene (a-melding, skatt, tillatelser)',
    },
  },
  'illegal-employment': {
    words: {
      en: 'illegal employment (work without a permit or without registration)',
      nb: 'ulovlig sysselsetting (arbeid uten tillatelse eller uten registrering)',
    },
  },
  usury: {
    words: {
      en: 'usury: a gain out of all proportion taken from someone’s difficult situation',
      nb: 'åger: en urimelig fordel tatt ut av noens vanskelige situasjon',
    },
  },
  'pay-returned-to-employer': {
    words: { en: 'pay returned to the employer (kickbacks)', nb: 'lønn betalt tilbake til arbeidsgiveren' },
    forWorker: 'wage-manipulation',
  },
  'control-of-worker-account': {
    words: { en: 'control of a worker’s bank account', nb: 'kontroll over en arbeidstakers bankkonto' },
    forWorker: 'withholding-of-wages',
  },
};

const SEVERITY_BY_CONFIDENCE: Readonly<Record<'low' | 'medium' | 'high', Severity>> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
};

export const observedWorkCrime = defineRule({
  meta: {
    id: 'observed-work-crime',
    title: { en: 'Sign of work crime observed by a person', nb: 'Tegn på arbeidslivskriminalitet observert av en person' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['observations'],
    legalRefs: [
      'straffeloven § 295 (åger)',
      'utlendingsloven § 108 (employing without a work permit)',
      'a-opplysningsloven (a-melding)',
    ],
    options,
    docs: {
      en: [
        'Every `observations` row with a work-crime code becomes a finding: signs an inspector, the tax authority, the police or a worker sees that the tables cannot show.',
        '',
        '- `false-declarations`: false declarations to the authorities (payroll reporting, tax, permits);',
        '- `illegal-employment`: work without a permit or without registration;',
        '- `usury`: a gain out of all proportion taken from someone’s difficult situation;',
        '- `pay-returned-to-employer`: pay the worker must give back (kickbacks); about a worker, also the ILO indicator *wage manipulation*;',
        '- `control-of-worker-account`: someone else controls the worker’s bank account; about a worker, also *withholding of wages*.',
        '',
        'An observation about an organisation is a finding about that organisation, in words that fit it; about a worker, a finding about the worker. Severity follows the observer’s confidence (`low`, `medium`, `high`; `medium` when none is given), and one observed with `low` confidence sets no level. The free-text note is never copied into the message.',
      ].join('\n'),
      nb: 'Hver rad i `observations` med en kode for arbeidslivskriminalitet blir et funn: uriktige opplysninger til myndighetene, ulovlig sysselsetting, åger, lønn betalt tilbake til arbeidsgiver og kontroll over arbeidstakers bankkonto. Observasjoner om en virksomhet blir funn om virksomheten. Alvorlighet følger sikkerheten; lav sikkerhet gir ikke noe nivå.',
    },
    nextSteps: {
      en: `Go back to the observer for what they saw and when; ask the tax authority and the police for what they hold on the organisation. ${WHO_ACTS.en}`,
      nb: `Gå tilbake til den som observerte, for hva de så og når; be Skatteetaten og politiet om det de har om virksomheten. ${WHO_ACTS.nb}`,
    },
    messages: {
      'organisation-observed': {
        en: 'The organisation {{org}}: observed {{sign}} ({{source}}, confidence {{confidence}}){{on}}.',
        nb: 'Virksomheten {{org}}: observert {{sign}} ({{source}}, sikkerhet {{confidence}}){{on}}.',
      },
      'worker-observed': {
        en: 'The worker: observed sign of {{sign}} ({{source}}, confidence {{confidence}}){{on}}.',
        nb: 'Arbeidstakeren: observert tegn på {{sign}} ({{source}}, sikkerhet {{confidence}}){{on}}.',
      },
      'source-not-given': { en: 'source not given', nb: 'kilde ikke oppgitt' },
      'not-given': { en: 'not given', nb: 'ikke oppgitt' },
      on: { en: ' on {{date}}', nb: ' {{date}}' },
      ...Object.fromEntries(Object.entries(SIGNS).map(([code, sign]) => [`sign.${code}`, sign.words])),
    },
    coverage: {
      unit: { en: 'observations of work-crime signs', nb: 'observasjoner av tegn på arbeidslivskriminalitet' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'An inspection finds the employer took back part of the wages in cash',
          nb: 'Et tilsyn finner at arbeidsgiveren tok tilbake deler av lønnen kontant',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,name', 'build,Bygg AS'],
          workers: ['worker_id,employer_id', 'w1,build'],
          observations: [
            'subject_id,observed_on,source,indicator,confidence',
            'build,2025-05-02,inspection,pay-returned-to-employer,medium',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Observations of ILO indicators only are the observed-indicator rule’s',
          nb: 'Observasjoner av ILO-indikatorer hører til regelen observed-indicator',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          observations: ['subject_id,observed_on,source,indicator,confidence', 'w1,2025-05-02,interview,isolation,medium'],
        },
      },
    ],
  },
  check(context, _options, coverage) {
    const findings: DraftFinding[] = [];
    for (const [subjectId, rows] of context.observationsBySubject) {
      const kind = context.workers.has(subjectId) || !context.organisations.has(subjectId) ? 'worker' : 'employer';
      for (const row of rows) {
        const code = row.indicator;
        if (isIloIndicator(code)) continue;
        coverage.judged();
        const sign = SIGNS[code];
        const evidence: Evidence[] = [evidenceOf(row, 'indicator')];
        if (row.source) evidence.push(evidenceOf(row, 'source'));
        if (row.confidence) evidence.push(evidenceOf(row, 'confidence'));
        const source = row.source ? codeMessage('source', row.source) : { id: 'source-not-given' };
        const confidence = row.confidence ? codeMessage('confidence', row.confidence) : { id: 'not-given' };
        const on = row.observedOn ? { id: 'on', data: { date: row.observedOn } } : '';
        findings.push({
          subject: { kind, id: subjectId },
          period: row.observedOn ? { from: row.observedOn, to: row.observedOn } : undefined,
          severity: SEVERITY_BY_CONFIDENCE[row.confidence ?? 'medium'],
          ...(kind === 'worker' && sign.forWorker ? { indicator: sign.forWorker } : {}),
          observed: { confidence: row.confidence ?? 'medium' },
          message:
            kind === 'employer'
              ? { id: 'organisation-observed', data: { org: subjectId, sign: { id: `sign.${code}` }, source, confidence, on } }
              : { id: 'worker-observed', data: { sign: { id: `sign.${code}` }, source, confidence, on } },
          evidence,
        });
      }
    }
    return findings;
  },
});
