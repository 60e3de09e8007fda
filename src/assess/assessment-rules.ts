import * as z from 'zod';
import type { Documented } from '../rules/rule.js';
import { WHO_ACTS } from '../rules/forced-labour/shared.js';

/**
 * The findings the assessment itself adds, documented like rules (docs pages, SARIF descriptors,
 * `labour-screen explain`). They are computed from the other findings and never change a level.
 * @module
 */

/** Thresholds of the assessment (`ScreenOptions.assessment`). */
export const AssessmentOptionsSchema = z
  .object({
    employerMinShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe('An employer takes a level held by at least this share of its workers …'),
    employerMinCount: z.number().int().min(1).default(2).describe('… or by at least this many of them.'),
    systematicShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('A rule hitting at least this share of an employer’s workers is a systematic pattern …'),
    systematicMinWorkers: z.number().int().min(1).default(3).describe('… when it hits at least this many workers.'),
  })
  .strict();
export type AssessmentOptions = z.output<typeof AssessmentOptionsSchema>;
export type AssessmentOptionsInput = z.input<typeof AssessmentOptionsSchema>;

export const needsVerification: Documented = {
  meta: {
    id: 'assessment/needs-verification',
    title: { en: 'Forced-labour indicator that needs verification', nb: 'Tegn på tvangsarbeid som må kontrolleres' },
    tier: 'forced-labour',
    defaultSeverity: 'medium',
    needs: [],
    legalRefs: [
      'ILO & European Commission (2009) Operational indicators of trafficking in human beings',
      '20th ICLS (2018) Guidelines concerning the measurement of forced labour',
    ],
    options: z.object({}).strict(),
    messages: {
      name: { en: '{{name}}', nb: '{{name}}' },
      'one-finding': { en: '1 finding', nb: '1 funn' },
      findings: { en: '{{count}} findings', nb: '{{count}} funn' },
      'verify-indicators': {
        en: 'Strong, coercion or uncorroborated indicators without a definition of forced labour that holds: {{indicators}} (from {{from}}). One indicator alone is not enough; a trained person should verify.',
        nb: 'Sterke, tvangs- eller ubekreftede indikatorer uten at en definisjon av tvangsarbeid er oppfylt: {{indicators}} (fra {{from}}). Én indikator alene er ikke nok; en person med kompetanse bør kontrollere.',
      },
    },
    coverage: { unit: { en: 'workers', nb: 'arbeidstakere' }, unmeasured: {} },
    docs: {
      en: [
        'Added by the assessment for a worker below the `forced-labour` level who has a strong ILO indicator (retained documents, debt bondage, excessive hours, …), a coercion signal (withheld wages, threats, …), or a sign the ILO rules set aside: an observation of low confidence, a weak indicator, or a single observation row that is not a strong indicator observed with high confidence (it needs corroboration).',
        '',
        'One indicator alone does not meet the ILO rules: a dimension needs two strong indicators, a strong and another, or three medium ones, and forced labour needs involuntariness *and* coercion. But a strong or uncorroborated sign on its own is exactly what a trained person should look into, so it is raised here, with the findings behind it as evidence, at the severity of the most severe of them (at least `medium`). It never sets a level.',
      ].join('\n'),
      nb: 'Legges til av vurderingen for en arbeidstaker under nivået `forced-labour` som har en sterk ILO-indikator, et tegn på tvang, eller et tegn ILO-reglene setter til side: en observasjon med lav sikkerhet, en svak indikator, eller én enkelt observasjon som ikke er en sterk indikator observert med høy sikkerhet. Én indikator alene oppfyller ikke ILOs regler, men bør kontrolleres av en person med kompetanse. Funnet endrer aldri nivået.',
    },
    nextSteps: {
      en: `Talk to the worker in a safe setting, without the employer or recruiter present and with an independent interpreter, about the indicator and the others in the ILO list (movement, documents, debt, threats, housing). ${WHO_ACTS.en}`,
      nb: `Snakk med arbeidstakeren i trygge omgivelser, uten arbeidsgiver eller rekrutterer til stede og med uavhengig tolk, om indikatoren og de andre i ILOs liste (bevegelsesfrihet, dokumenter, gjeld, trusler, bolig). ${WHO_ACTS.nb}`,
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'A held passport, and nothing else known', nb: 'Et tilbakeholdt pass, og ingenting annet kjent' },
        on: '2025-08-31',
        tables: {
          workers: ['worker_id,employer_id,start_date', 'w1,farm,2025-05-05'],
          documents: ['worker_id,document,held_by,from,to,worker_has_access', 'w1,passport,employer,2025-05-05,,no'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Pay under the minimum wage alone is social dumping, not a forced-labour sign',
          nb: 'Lønn under minstelønn alene er sosial dumping, ikke tegn på tvangsarbeid',
        },
        on: '2025-08-31',
        tables: {
          organisations: ['org_id,name,sector', 'clean,Renhold AS,cleaning'],
          workers: ['worker_id,employer_id', 'w1,clean'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,hours_paid',
            'p1,w1,2025-07-01,2025-07-31,2025-08-05,28800.00,160',
          ],
        },
      },
    ],
  },
};

export const systematicPattern: Documented = {
  meta: {
    id: 'assessment/systematic-pattern',
    title: { en: 'The same breach across an employer’s workforce', nb: 'Samme brudd hos en stor del av arbeidsstokken' },
    tier: 'work-crime',
    defaultSeverity: 'high',
    needs: [],
    legalRefs: [
      'Definition of arbeidslivskriminalitet in the Norwegian government’s strategy against work crime: organised breaches as a business model',
    ],
    options: AssessmentOptionsSchema.pick({ systematicShare: true, systematicMinWorkers: true }),
    messages: {
      pattern: {
        en: 'The same breach across the workforce, a pattern rather than an accident: {{rules}}.',
        nb: 'Samme brudd går igjen i arbeidsstokken, et mønster og ikke et uhell: {{rules}}.',
      },
      patterns: {
        en: 'The same breaches across the workforce, a pattern rather than an accident: {{rules}}.',
        nb: 'Samme brudd går igjen i arbeidsstokken, et mønster og ikke et uhell: {{rules}}.',
      },
      'rule-count': { en: '{{rule}} ({{workers}} of {{staff}})', nb: '{{rule}} ({{workers}} av {{staff}})' },
    },
    coverage: { unit: { en: 'employers', nb: 'arbeidsgivere' }, unmeasured: {} },
    docs: {
      en: [
        'Added by the assessment for an employer when a rule hits at least `systematicShare` (default 50 %) and at least `systematicMinWorkers` (default 3) of its workers: the breach is a pattern, not an accident, which is what separates work crime from a payroll error.',
        '',
        'One finding per employer lists every such rule with how many workers it hits, cites the first evidence row of each, takes the highest tier among them and a severity one step above the worst of their findings (at most `critical`). It does not change any level: the employer’s level comes from its workers’ levels.',
      ].join('\n'),
      nb: 'Legges til av vurderingen for en arbeidsgiver når en regel slår ut for minst halvparten og minst tre av arbeidstakerne: bruddet er et mønster, ikke et uhell. Ett funn per arbeidsgiver lister reglene, med én grad høyere alvorlighet enn det alvorligste funnet, men endrer ikke nivået.',
    },
    nextSteps: {
      en: 'Audit the employer’s payroll and contracts as a whole rather than worker by worker; share with the inter-agency work-crime centre (a-krimsenter) and, for buyers, review the contract.',
      nb: 'Kontroller arbeidsgiverens lønn og kontrakter samlet, ikke per arbeidstaker; del med a-krimsenteret, og oppdragsgivere bør vurdere kontrakten.',
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'All three cleaners paid under the minimum', nb: 'Alle tre renholderne betalt under minstelønnen' },
        tables: {
          organisations: ['org_id,name,sector', 'clean,Renhold AS,cleaning'],
          workers: ['worker_id,employer_id', 'w1,clean', 'w2,clean', 'w3,clean'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,hours_paid',
            'p1,w1,2025-07-01,2025-07-31,2025-08-05,28800.00,160',
            'p2,w2,2025-07-01,2025-07-31,2025-08-05,28800.00,160',
            'p3,w3,2025-07-01,2025-07-31,2025-08-05,28800.00,160',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'One cleaner of four under the minimum: a case, not a pattern',
          nb: 'Én av fire renholdere under minstelønnen: en enkeltsak, ikke et mønster',
        },
        tables: {
          organisations: ['org_id,name,sector', 'clean,Renhold AS,cleaning'],
          workers: ['worker_id,employer_id', 'w1,clean', 'w2,clean', 'w3,clean', 'w4,clean'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,hours_paid',
            'p1,w1,2025-07-01,2025-07-31,2025-08-05,28800.00,160',
            'p2,w2,2025-07-01,2025-07-31,2025-08-05,40000.00,160',
            'p3,w3,2025-07-01,2025-07-31,2025-08-05,40000.00,160',
            'p4,w4,2025-07-01,2025-07-31,2025-08-05,40000.00,160',
          ],
        },
      },
    ],
  },
};

/** Every finding the assessment can add. */
export const ASSESSMENT_RULES: readonly Documented[] = [needsVerification, systematicPattern];
