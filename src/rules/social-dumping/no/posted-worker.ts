import * as z from 'zod';
import { addMonthsToIsoDate } from '../../../dates/iso-date.js';
import type { SourcedRow } from '../../../model/dataset.js';
import { evidenceOf, type RuleContext } from '../../context.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { limitOn } from '../../working-weeks.js';
import type { Message } from '../../../i18n/format-message.js';

const options = z
  .object({
    extended: z
      .boolean()
      .default(false)
      .describe('A motivated notification extended the posting to the longer limit (18 months).'),
    reportUnknownA1: z.boolean().default(true).describe('Report posted workers whose A1 status is not recorded (as `info`).'),
  })
  .strict();

type Worker = SourcedRow<'workers'>;

/** First and last day the worker is seen working or paid here, with the rows that show it. */
function postingSpan(context: RuleContext, worker: Worker): { from: string; to: string; evidence: Evidence[] } | undefined {
  let first: { date: string; evidence: Evidence } | undefined;
  let last: { date: string; evidence: Evidence } | undefined;
  const see = (from: string, to: string, fromEvidence: Evidence, toEvidence: Evidence) => {
    if (!first || from < first.date) first = { date: from, evidence: fromEvidence };
    if (!last || to > last.date) last = { date: to, evidence: toEvidence };
  };
  for (const entry of context.timeEntriesByWorker.get(worker.workerId) ?? [])
    see(entry.date, entry.date, evidenceOf(entry, 'date'), evidenceOf(entry, 'date'));
  for (const payment of context.paymentsByWorker.get(worker.workerId) ?? [])
    see(payment.periodStart, payment.periodEnd, evidenceOf(payment, 'periodStart'), evidenceOf(payment, 'periodEnd'));
  if (!first && worker.startDate) {
    const end = worker.endDate && worker.endDate < context.referenceDate ? worker.endDate : context.referenceDate;
    see(worker.startDate, end, evidenceOf(worker, 'startDate'), evidenceOf(worker, worker.endDate ? 'endDate' : 'startDate'));
  }
  if (!first || !last) return undefined;
  return { from: first.date, to: last.date, evidence: [first.evidence, last.evidence] };
}

export const postedWorker = defineRule({
  meta: {
    id: 'no/posted-worker',
    title: {
      en: 'Posted worker without A1 or beyond the posting limits',
      nb: 'Utsendt arbeidstaker uten A1 eller ut over utsendingsgrensene',
    },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    needs: ['workers'],
    legalRefs: [
      'Regulation (EC) 883/2004 art. 12 (EEA)',
      'Directive 96/71/EC as amended by Directive (EU) 2018/957 art. 3 (1a)',
      'forskrift om utsendte arbeidstakere (utsendingsforskriften)',
    ],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'For each worker marked `posted`:',
        '',
        "- no A1 certificate (`a1_certificate = no`): the A1 shows that social security is paid in the sending country; without it, Norwegian social security and the employer's contribution apply, and a missing A1 is a common sign of letterbox postings (`medium`; an unrecorded A1 status is `info` unless `reportUnknownA1` is off);",
        '- a posting longer than 12 months (18 with a motivated notification, option `extended`): from then on all Norwegian terms of employment apply, not only the core ones (`low`);',
        '- a posting longer than 24 months, the most an A1 under art. 12 can cover (`medium`).',
        '',
        'The posting runs from the first to the last day the worker is seen here (time entries, pay periods), else from `start_date` to `end_date` or the reference date. A worker posted from the country of work itself is a data error and gives no finding.',
      ].join('\n'),
      nb: [
        'For hver utsendt arbeidstaker: manglende A1-attest (trygd og arbeidsgiveravgift i Norge gjelder da), utsending over 12 måneder (18 ved begrunnet melding), da gjelder alle norske arbeidsvilkår, og over 24 måneder, lengste periode en A1 etter art. 12 dekker.',
      ].join('\n'),
    },
    nextSteps: {
      en: 'Ask for the A1 certificates and the posting notification; check with NAV and the Tax Administration whether social security and tax are paid; for long postings, check the pay against all Norwegian terms.',
      nb: 'Be om A1-attester og melding om utsending; sjekk med NAV og Skatteetaten om trygd og skatt betales; ved lange utsendinger, kontroller lønn mot alle norske vilkår.',
    },
    messages: {
      'no-a1': {
        en: "Posted{{from}} without an A1 certificate: Norwegian social security and the employer's contribution apply unless one is shown.",
        nb: 'Utsendt{{from}} uten A1-attest: norsk trygd og arbeidsgiveravgift gjelder med mindre en attest legges fram.',
      },
      'a1-unknown': {
        en: 'Posted{{from}}; whether the worker holds an A1 certificate is not recorded.',
        nb: 'Utsendt{{from}}; om arbeidstakeren har A1-attest, er ikke registrert.',
      },
      'beyond-limit': {
        en: 'Posted{{from}} from {{start}} to at least {{end}}, beyond {{months}} months, {{why}}.',
        nb: 'Utsendt{{from}} fra {{start}} til minst {{end}}, over {{months}} måneder, {{why}}.',
      },
      'from-country': { en: ' from {{country}}', nb: ' fra {{country}}' },
      'why-a1-limit': {
        en: 'the longest posting an A1 certificate can cover',
        nb: 'den lengste utsendingen en A1-attest kan dekke',
      },
      'why-full-terms': {
        en: 'after which all Norwegian terms of employment apply',
        nb: 'etter dette gjelder alle norske arbeidsvilkår',
      },
      'skip-no-posting': {
        en: 'no posting rules in the {{pack}} pack',
        nb: 'ingen regler for utsending i {{pack}}-pakken',
      },
    },
    coverage: { unit: { en: 'posted workers', nb: 'utsendte arbeidstakere' }, unmeasured: {} },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Posted from Poland without an A1 certificate', nb: 'Utsendt fra Polen uten A1-attest' },
        tables: {
          workers: ['worker_id,employer_id,posted,posting_country,a1_certificate,start_date', 'w1,build,yes,PL,no,2025-09-01'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Posted for four months with an A1 certificate', nb: 'Utsendt i fire måneder med A1-attest' },
        tables: {
          workers: [
            'worker_id,employer_id,posted,posting_country,a1_certificate,start_date,end_date',
            'w1,build,yes,PL,yes,2025-09-01,2025-12-19',
          ],
        },
      },
    ],
  },
  skipReason: (context) =>
    context.jurisdiction.posting ? undefined : { id: 'skip-no-posting', data: { pack: context.jurisdiction.code } },
  check(context, opts, coverage) {
    const posting = context.jurisdiction.posting;
    if (!posting) return [];
    const findings: DraftFinding[] = [];
    for (const worker of context.dataset.workers) {
      if (worker.posted !== true || worker.postingCountry === context.jurisdiction.code) continue;
      coverage.judged();
      const subject = { kind: 'worker' as const, id: worker.workerId };
      const from = worker.postingCountry ? { id: 'from-country', data: { country: worker.postingCountry } } : '';
      const postedEvidence = [
        evidenceOf(worker, 'posted'),
        ...(worker.postingCountry ? [evidenceOf(worker, 'postingCountry')] : []),
      ];
      if (worker.a1Certificate === false) {
        findings.push({
          subject,
          severity: 'medium',
          message: { id: 'no-a1', data: { from } },
          evidence: [...postedEvidence, evidenceOf(worker, 'a1Certificate')],
        });
      } else if (worker.a1Certificate === undefined && opts.reportUnknownA1) {
        findings.push({
          subject,
          severity: 'info',
          message: { id: 'a1-unknown', data: { from } },
          evidence: postedEvidence,
        });
      }
      const span = postingSpan(context, worker);
      if (!span) continue;
      const limits: { months: number | undefined; severity: 'low' | 'medium'; why: Message }[] = [
        {
          months: limitOn(posting.a1MaxMonths, span.from),
          severity: 'medium',
          why: { id: 'why-a1-limit' },
        },
        {
          months: limitOn(
            opts.extended ? (posting.fullTermsAfterMonthsExtended ?? posting.fullTermsAfterMonths) : posting.fullTermsAfterMonths,
            span.from,
          ),
          severity: 'low',
          why: { id: 'why-full-terms' },
        },
      ];
      // Report the longest limit passed only: 24 months implies 12.
      const passed = limits.find((limit) => limit.months !== undefined && span.to >= addMonthsToIsoDate(span.from, limit.months));
      if (passed?.months !== undefined) {
        findings.push({
          subject,
          period: { from: span.from, to: span.to },
          severity: passed.severity,
          message: {
            id: 'beyond-limit',
            data: { from, start: span.from, end: span.to, months: passed.months, why: passed.why },
          },
          evidence: [...postedEvidence, ...span.evidence],
        });
      }
    }
    return findings;
  },
});
