import * as z from 'zod';
import type { DimensionContribution } from '../../assess/ilo-table.js';
import { INDICATOR_PROFILES } from '../../assess/ilo-table.js';
import type { IloIndicator } from '../../model/enums.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { firstWorkDate } from '../age.js';
import { WHO_ACTS } from './shared.js';
import { codeMessage } from '../../i18n/code-names.js';

const options = z.object({}).strict();

/** What holding each document does: identity papers bind the worker, a bank card controls the pay, a phone cuts contact. */
const INDICATOR_BY_DOCUMENT: Readonly<Record<string, IloIndicator>> = {
  passport: 'retention-of-identity-documents',
  'id-card': 'retention-of-identity-documents',
  'residence-permit': 'retention-of-identity-documents',
  'bank-card': 'withholding-of-wages',
  phone: 'isolation',
};

export const retainedDocuments = defineRule({
  meta: {
    id: 'retained-documents',
    title: { en: 'Identity documents held by someone else', nb: 'Identitetsdokumenter holdt av andre' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'retention-of-identity-documents',
    needs: ['documents'],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour: retention of identity documents',
      'ILO C29 art. 2 (1)',
      'straffeloven § 257 (menneskehandel)',
    ],
    options,
    docs: {
      en: [
        'Each `documents` row where the document is held by anyone but the worker (`held_by` employer, recruiter, landlord or other), or where the worker has no access (`worker_has_access` = false), is a finding.',
        '',
        'A passport, ID card or residence permit feeds the ILO indicator *retention of identity documents* (strong, coercion at destination). A bank card held by someone else is treated as *withholding of wages* (they control the pay), a phone as *isolation*. When the document was taken by a recruiter or before the worker started, it also feeds *coercive recruitment* (medium).',
        '',
        'Grading: `high` while the document is still held on the reference date (no `to`, or `to` on or after it), `medium` for custody that has ended.',
      ].join('\n'),
      nb: 'Hver rad i `documents` der dokumentet holdes av andre enn arbeidstakeren, eller arbeidstakeren ikke har tilgang, gir et funn. Pass, ID-kort og oppholdstillatelse er ILO-indikatoren «tilbakeholdelse av identitetsdokumenter» (sterk); bankkort regnes som tilbakeholdelse av lønn og telefon som isolasjon. `high` når dokumentet fortsatt holdes på referansedatoen.',
    },
    nextSteps: {
      en: `Ask the worker, alone and with an interpreter, whether they can get the document back today; do not ask the employer first. ${WHO_ACTS.en}`,
      nb: `Spør arbeidstakeren, alene og med tolk, om de kan få dokumentet tilbake i dag; ikke spør arbeidsgiveren først. ${WHO_ACTS.nb}`,
    },
    messages: {
      retained: {
        en: 'The worker’s {{document}} is {{holder}}{{since}}{{until}}{{access}}{{recruitment}}.',
        nb: 'Arbeidstakerens {{document}} er {{holder}}{{since}}{{until}}{{access}}{{recruitment}}.',
      },
      'identity-document': { en: 'identity document', nb: 'identitetsdokument' },
      'held-by': { en: 'held by {{holder}}', nb: 'hos {{holder}}' },
      'out-of-reach': { en: 'out of the worker’s reach', nb: 'utenfor arbeidstakerens rekkevidde' },
      since: { en: ' since {{date}}', nb: ' siden {{date}}' },
      until: { en: ' until {{date}}', nb: ' til {{date}}' },
      'no-end': { en: ', with no end recorded', nb: ', uten registrert slutt' },
      'no-access': { en: '; the worker has no access to it', nb: '; arbeidstakeren har ikke tilgang til det' },
      'at-recruitment': {
        en: '; taken at recruitment or before the work began',
        nb: '; tatt ved rekrutteringen eller før arbeidet begynte',
      },
    },
    coverage: {
      unit: { en: 'document rows', nb: 'dokumentrader' },
      unmeasured: {
        'holder-unknown': {
          en: 'neither who holds the document nor whether the worker has access is recorded',
          nb: 'verken hvem som har dokumentet eller om arbeidstakeren har tilgang, er registrert',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'The employer holds the passport and the worker cannot get it',
          nb: 'Arbeidsgiver har passet og arbeidstakeren får det ikke',
        },
        on: '2025-08-31',
        tables: {
          workers: ['worker_id,employer_id,start_date', 'w1,farm,2025-05-05'],
          documents: ['worker_id,document,held_by,from,to,worker_has_access', 'w1,passport,employer,2025-05-05,,no'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'The worker keeps their own passport', nb: 'Arbeidstakeren har passet selv' },
        on: '2025-08-31',
        tables: {
          workers: ['worker_id,employer_id,start_date', 'w1,farm,2025-05-05'],
          documents: ['worker_id,document,held_by,from,to,worker_has_access', 'w1,passport,worker,2025-05-05,,yes'],
        },
      },
    ],
  },
  check(context, _options, coverage) {
    const findings: DraftFinding[] = [];
    for (const [workerId, rows] of context.documentsByWorker) {
      const started = firstWorkDate(context, workerId);
      for (const row of rows) {
        if (row.heldBy === undefined && row.workerHasAccess === undefined) {
          coverage.unmeasured('holder-unknown', row);
          continue;
        }
        coverage.judged();
        const heldByOther = row.heldBy !== undefined && row.heldBy !== 'worker';
        if (!heldByOther && row.workerHasAccess !== false) continue;
        const document = row.document ?? 'identity document';
        const indicator = INDICATOR_BY_DOCUMENT[document] ?? 'retention-of-identity-documents';
        const atRecruitment =
          row.heldBy === 'recruiter' || (row.from !== undefined && started !== undefined && row.from < started);
        const dimensions: DimensionContribution[] = [...INDICATOR_PROFILES[indicator].dimensions];
        if (atRecruitment) dimensions.push({ dimension: 'coercive-recruitment', strength: 'medium' });
        const ongoing = row.to === undefined || row.to >= context.referenceDate;
        const evidence: Evidence[] = [];
        if (row.document) evidence.push(evidenceOf(row, 'document'));
        if (row.heldBy) evidence.push(evidenceOf(row, 'heldBy'));
        if (row.workerHasAccess !== undefined) evidence.push(evidenceOf(row, 'workerHasAccess'));
        const holder =
          heldByOther && row.heldBy
            ? { id: 'held-by', data: { holder: codeMessage('holder', row.heldBy) } }
            : { id: 'out-of-reach' };
        findings.push({
          subject: { kind: 'worker', id: workerId },
          period: row.from || row.to ? { from: row.from ?? row.to!, to: row.to ?? context.referenceDate } : undefined,
          severity: ongoing ? 'high' : 'medium',
          indicator,
          dimensions,
          message: {
            id: 'retained',
            data: {
              document: row.document ? codeMessage('document', row.document) : { id: 'identity-document' },
              holder,
              since: row.from ? { id: 'since', data: { date: row.from } } : '',
              until: row.to ? { id: 'until', data: { date: row.to } } : ongoing ? { id: 'no-end' } : '',
              access: row.workerHasAccess === false ? { id: 'no-access' } : '',
              recruitment: atRecruitment ? { id: 'at-recruitment' } : '',
            },
          },
          evidence,
        });
      }
    }
    return findings;
  },
});
