import * as z from 'zod';
import { INDICATOR_PROFILES } from '../../assess/ilo-table.js';
import { isIloIndicator, type Severity } from '../../model/enums.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import { codeMessage } from '../../i18n/code-names.js';

const options = z.object({}).strict();

const SEVERITY_BY_CONFIDENCE: Readonly<Record<'low' | 'medium' | 'high', Severity>> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
};

export const observedIndicator = defineRule({
  meta: {
    id: 'observed-indicator',
    title: { en: 'Forced-labour indicator observed by a person', nb: 'Tegn på tvangsarbeid observert av en person' },
    tier: 'forced-labour',
    defaultSeverity: 'medium',
    needs: ['observations'],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour',
      'ILO & European Commission (2009) Operational indicators of trafficking in human beings',
    ],
    options,
    docs: {
      en: [
        'Every `observations` row with an ILO indicator code becomes a finding for it (rows with a work-crime code are the `observed-work-crime` rule’s): signs that only a person can see (isolation, restriction of movement, threats, violence, abuse of vulnerability, being made to lie to the authorities, forced begging or crime) enter the screening this way, from an inspector, a nurse, a teacher, the police, an NGO or the worker.',
        '',
        'The finding carries the indicator, its Delphi dimensions and strengths from the ILO table, and the observer’s confidence. Severity follows the confidence (`low`, `medium`, `high`; `medium` when none is given); a strong indicator observed with high confidence is `critical`. Observations about an organisation are findings about that employer; those about a worker feed the worker’s ILO assessment. The free-text note is never copied into the message.',
        '',
        'How much an observation weighs in the assessment depends on it: one observed with `low` confidence never sets a level (it asks for verification); one row alone that is not a strong indicator observed with `high` confidence is not counted towards forced labour or trafficking until a second observation corroborates it.',
      ].join('\n'),
      nb: 'Hver rad i `observations` blir et funn for sin ILO-indikator, med dimensjoner og styrke fra ILO-tabellen og observatørens sikkerhet. Alvorlighet følger sikkerheten; en sterk indikator observert med høy sikkerhet er `critical`. Fritekstnotatet kopieres aldri inn i meldingen.',
    },
    nextSteps: {
      en: `Go back to the observer for what they saw and when; corroborate with the data (documents, pay, hours, housing). ${WHO_ACTS.en}`,
      nb: `Gå tilbake til den som observerte, for hva de så og når; underbygg med dataene (dokumenter, lønn, timer, bolig). ${WHO_ACTS.nb}`,
    },
    messages: {
      observed: {
        en: 'Observed {{indicator}} ({{source}}, confidence {{confidence}}){{on}}; ILO: {{feeds|; }}.',
        nb: 'Observert {{indicator}} ({{source}}, sikkerhet {{confidence}}){{on}}; ILO: {{feeds|; }}.',
      },
      feeds: { en: '{{strength}} in {{dimension}}', nb: '{{strength}} i {{dimension}}' },
      'source-not-given': { en: 'source not given', nb: 'kilde ikke oppgitt' },
      'not-given': { en: 'not given', nb: 'ikke oppgitt' },
      on: { en: ' on {{date}}', nb: ' {{date}}' },
    },
    coverage: { unit: { en: 'observations of ILO indicators', nb: 'observasjoner av ILO-indikatorer' }, unmeasured: {} },
    examples: [
      {
        kind: 'breach',
        title: { en: 'An interview records a threat of denunciation', nb: 'Et intervju registrerer trussel om anmeldelse' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          observations: [
            'subject_id,observed_on,source,indicator,note,confidence',
            'w1,2025-05-02,interview,threat-of-denunciation,Told he would be reported to the police,medium',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'An inspection that observed no indicator records no row',
          nb: 'Et tilsyn uten observerte indikatorer gir ingen rad',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          observations: ['subject_id,observed_on,source,indicator,note,confidence'],
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
        if (!isIloIndicator(code)) continue; // a work-crime sign: observed-work-crime
        coverage.judged();
        const profile = INDICATOR_PROFILES[code];
        const strong = profile.dimensions.some((d) => d.strength === 'strong');
        const severity: Severity =
          row.confidence === 'high' && strong ? 'critical' : SEVERITY_BY_CONFIDENCE[row.confidence ?? 'medium'];
        const evidence: Evidence[] = [evidenceOf(row, 'indicator')];
        if (row.source) evidence.push(evidenceOf(row, 'source'));
        if (row.confidence) evidence.push(evidenceOf(row, 'confidence'));
        const feeds = profile.dimensions.map((d) => ({
          id: 'feeds',
          data: { strength: { id: `strength.${d.strength}` }, dimension: { id: `dimension.${d.dimension}` } },
        }));
        findings.push({
          subject: { kind, id: subjectId },
          period: row.observedOn ? { from: row.observedOn, to: row.observedOn } : undefined,
          severity,
          indicator: code,
          observed: { confidence: row.confidence ?? 'medium' },
          message: {
            id: 'observed',
            data: {
              indicator: codeMessage('indicator', code),
              source: row.source ? codeMessage('source', row.source) : { id: 'source-not-given' },
              confidence: row.confidence ? codeMessage('confidence', row.confidence) : { id: 'not-given' },
              on: row.observedOn ? { id: 'on', data: { date: row.observedOn } } : '',
              feeds,
            },
          },
          evidence,
        });
      }
    }
    return findings;
  },
});
