import * as z from 'zod';
import { validateBankAccount } from '../../ids/bank-account.js';
import { validateDanishCpr } from '../../ids/dk-cpr.js';
import { validateDanishCvr } from '../../ids/dk-cvr.js';
import { validateNorwegianNationalId } from '../../ids/no-national-id.js';
import { validateNorwegianOrganisationNumber } from '../../ids/no-organisation-number.js';
import type { SourcedRow } from '../../model/dataset.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { groupBy } from '../../collections/group-by.js';
import { WHO_ACTS } from './shared.js';

const options = z
  .object({
    checkBankAccounts: z.boolean().default(true).describe('Check the check digits of `bank_account` (NO 11 digits or IBAN).'),
    maxListed: z.number().int().min(1).max(100).default(10).describe('Other workers named and cited per finding.'),
  })
  .strict();

type Worker = SourcedRow<'workers'>;

/** The national id's own validation, when its kind is one the library knows. */
function checkNationalId(
  worker: Worker,
): { valid: true; normalised: string; birthDate: string } | { valid: false; reason: string } | undefined {
  const id = worker.nationalId;
  if (id === undefined || worker.idKind === 'passport' || worker.idKind === 'other') return undefined;
  if (worker.idKind === 'dk-cpr') return validateDanishCpr(id);
  if (worker.idKind === 'no-fnr' || worker.idKind === 'no-dnr') return validateNorwegianNationalId(id);
  // No kind given: valid as either is enough.
  const no = validateNorwegianNationalId(id);
  if (no.valid) return no;
  const dk = validateDanishCpr(id);
  return dk.valid ? dk : no;
}

/** Worker ids, the first `max`, with how many more. */
const listed = (workers: readonly Worker[], max: number) =>
  workers
    .slice(0, max)
    .map((w) => w.workerId)
    .join(', ') + (workers.length > max ? ` and ${workers.length - max} more` : '');

const nameKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * @summary Whether two worker rows may be one person's two employments rather than one identity
 * used twice: different employers, or the same employer at times that do not overlap (a worker
 * hired again for a later season).
 */
function separateEmployments(a: Worker, b: Worker): boolean {
  if (a.employerId !== b.employerId) return true;
  const overlap =
    (a.startDate ?? '0000-00-00') <= (b.endDate ?? '9999-12-31') && (b.startDate ?? '0000-00-00') <= (a.endDate ?? '9999-12-31');
  return !overlap;
}

/** @summary Two known names that differ (a borrowed identity), in the normal form names are compared in. */
const namesDiffer = (a: Worker, b: Worker) => a.name !== undefined && b.name !== undefined && nameKey(a.name) !== nameKey(b.name);

export const identityAnomalies = defineRule({
  meta: {
    id: 'identity-anomalies',
    title: { en: 'Identity numbers that do not add up', nb: 'Identitetsnumre som ikke stemmer' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['workers'],
    legalRefs: [
      'folkeregisterloven (fødselsnummer, D-nummer)',
      'enhetsregisterloven (organisasjonsnummer)',
      'a-opplysningsloven (reporting of employees)',
    ],
    options,
    docs: {
      en: [
        'Identity data that cannot be right, or is used twice:',
        '',
        '- a national id (fødselsnummer, D-nummer, CPR) with wrong check digits or an impossible date (`medium`);',
        '- a `birth_date` that differs from the date in a valid national id (`medium`);',
        '- one national id used by several workers (`high`, one finding per worker) under another name, or by the same person twice at one employer at the same time;',
        '- one person under several worker ids at one employer at the same time: the same name and date of birth (`high`);',
        '- a `bank_account` with wrong check digits (`low`; option `checkBankAccounts`);',
        '- an organisation number (NO) or CVR number (DK) with wrong check digits (`info`, about the organisation): a data-quality issue to correct, not a sign of work crime by itself (look the firm up in the register).',
        '',
        'A person who works for several employers (one row each), or for one employer again in a later season with another worker id, is not an anomaly: the rows are separate employments.',
        '',
        'Borrowed, bought or invented identities are how work crime hides who works and who is paid. Identifiers are cited as evidence (and pseudonymised in reports on request), never written into messages.',
      ].join('\n'),
      nb: 'Identitetsopplysninger som ikke kan stemme eller brukes to ganger: ugyldige kontrollsifre i fødselsnummer, D-nummer, CPR, kontonummer, organisasjonsnummer og CVR; fødselsdato som avviker fra fødselsnummeret; samme fødselsnummer hos flere arbeidstakere; samme person under flere ansattnumre.',
    },
    nextSteps: {
      en: `Check the identity documents in person and the worker’s registration in the population register (Folkeregisteret) and the employee register (Aa-registeret). ${WHO_ACTS.en}`,
      nb: `Kontroller identitetsdokumentene ved oppmøte og registreringen i Folkeregisteret og Aa-registeret. ${WHO_ACTS.nb}`,
    },
    messages: {
      'national-id-invalid': {
        en: 'The national id is not valid: {{reason}}.',
        nb: 'Fødselsnummeret eller D-nummeret er ikke gyldig: {{why}}.',
      },
      'birth-date-differs': {
        en: 'The date of birth {{date}} differs from the one in the national id.',
        nb: 'Fødselsdatoen {{date}} er en annen enn den i fødselsnummeret.',
      },
      'shared-national-id': {
        en: 'The same national id is used by {{count}} other worker(s): {{workers}}.',
        nb: 'Samme fødselsnummer brukes av {{count}} andre arbeidstaker(e): {{workers}}.',
      },
      'same-person': {
        en: 'The same name and date of birth appear under {{count}} other worker id(s): {{workers}}.',
        nb: 'Samme navn og fødselsdato finnes under {{count}} andre arbeidstaker-ID(er): {{workers}}.',
      },
      'account-invalid': { en: 'The bank account is not valid: {{reason}}.', nb: 'Bankkontoen er ikke gyldig: {{why}}.' },
      'org-number-invalid': {
        en: 'The organisation number is not valid: {{reason}}.',
        nb: 'Organisasjonsnummeret er ikke gyldig: {{why}}.',
      },
      'cvr-invalid': { en: 'The CVR number is not valid: {{reason}}.', nb: 'CVR-nummeret er ikke gyldig: {{why}}.' },
      'invalid.empty': { en: 'empty', nb: 'tomt' },
      'invalid.format': { en: 'wrong format', nb: 'feil format' },
      'invalid.length': { en: 'wrong length', nb: 'feil lengde' },
      'invalid.checksum': { en: 'the check digit does not match', nb: 'kontrollsifferet stemmer ikke' },
      'invalid.date': { en: 'no existing date of birth', nb: 'angir ingen gyldig fødselsdato' },
      'invalid.country': { en: 'unknown country', nb: 'ukjent land' },
    },
    coverage: { unit: { en: 'workers and organisations', nb: 'arbeidstakere og virksomheter' }, unmeasured: {} },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Two workers under one fødselsnummer', nb: 'To arbeidstakere med samme fødselsnummer' },
        on: '2025-06-30',
        tables: {
          workers: [
            'worker_id,employer_id,name,national_id,id_kind,birth_date',
            'w1,build,Ana Pop,15076500565,no-fnr,1965-07-15',
            'w2,build,Ion Pop,15076500565,no-fnr,',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A valid fødselsnummer, a passport and a valid organisation number',
          nb: 'Gyldig fødselsnummer, et pass og gyldig organisasjonsnummer',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,country,org_number', 'build,NO,915000002'],
          workers: [
            'worker_id,employer_id,name,national_id,id_kind,birth_date,bank_account',
            'w1,build,Ana Pop,15076500565,no-fnr,1965-07-15,86011117947',
            'w2,build,Ion Pop,AB123456,passport,,',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'One person with two employers over two seasons (a row each)',
          nb: 'Én person med to arbeidsgivere over to sesonger (én rad hver)',
        },
        on: '2025-12-31',
        tables: {
          workers: [
            'worker_id,employer_id,name,national_id,id_kind,start_date,end_date',
            'w1,farm-a,Ana Pop,15076500565,no-fnr,2024-05-01,2024-09-30',
            'w2,farm-b,Ana Pop,15076500565,no-fnr,2025-05-01,2025-09-30',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const workers = [...context.workers.values()].sort((a, b) => (a.workerId < b.workerId ? -1 : 1));
    const checked = new Map(workers.map((w) => [w.workerId, checkNationalId(w)]));
    const byId = groupBy(
      workers.filter((w) => checked.get(w.workerId)?.valid),
      (w) => (checked.get(w.workerId) as { normalised: string }).normalised,
    );
    const byPerson = groupBy(
      workers.filter((w) => w.name !== undefined && w.birthDate !== undefined),
      (w) => `${nameKey(w.name!)}\0${w.birthDate}`,
    );

    coverage.judged(workers.length + context.organisations.size);
    for (const worker of workers) {
      const subject = { kind: 'worker' as const, id: worker.workerId };
      const national = checked.get(worker.workerId);
      if (national && !national.valid)
        findings.push({
          subject,
          message: {
            id: 'national-id-invalid',
            data: { reason: national.reason, why: { id: `invalid.${'code' in national ? national.code : 'format'}` } },
          },
          evidence: [evidenceOf(worker, 'nationalId')],
        });
      if (national?.valid && worker.birthDate !== undefined && worker.birthDate !== national.birthDate)
        findings.push({
          subject,
          message: { id: 'birth-date-differs', data: { date: worker.birthDate } },
          evidence: [evidenceOf(worker, 'birthDate'), evidenceOf(worker, 'nationalId')],
        });
      if (national?.valid) {
        // One person with several employments (seasons, two jobs) is not an anomaly; another
        // name under the same id, or the same person twice at one employer at once, is.
        const others = byId
          .get(national.normalised)!
          .filter((w) => w !== worker && (namesDiffer(w, worker) || !separateEmployments(w, worker)));
        if (others.length > 0)
          findings.push({
            subject,
            severity: 'high',
            message: { id: 'shared-national-id', data: { count: others.length, workers: listed(others, opts.maxListed) } },
            evidence: [worker, ...others.slice(0, opts.maxListed)].map((w) => evidenceOf(w, 'nationalId')),
          });
      }
      if (worker.name !== undefined && worker.birthDate !== undefined) {
        const same = byPerson
          .get(`${nameKey(worker.name)}\0${worker.birthDate}`)!
          .filter((w) => w !== worker && !separateEmployments(w, worker));
        if (same.length > 0)
          findings.push({
            subject,
            severity: 'high',
            message: { id: 'same-person', data: { count: same.length, workers: listed(same, opts.maxListed) } },
            evidence: [worker, ...same.slice(0, opts.maxListed)].flatMap((w): Evidence[] => [
              evidenceOf(w, 'name'),
              evidenceOf(w, 'birthDate'),
            ]),
          });
      }
      if (opts.checkBankAccounts && worker.bankAccount !== undefined) {
        const account = validateBankAccount(worker.bankAccount);
        if (!account.valid)
          findings.push({
            subject,
            severity: 'low',
            message: { id: 'account-invalid', data: { reason: account.reason, why: { id: `invalid.${account.code}` } } },
            evidence: [evidenceOf(worker, 'bankAccount')],
          });
      }
    }

    for (const org of [...context.organisations.values()].sort((a, b) => (a.orgId < b.orgId ? -1 : 1))) {
      if (org.orgNumber === undefined) continue;
      const country = org.country ?? context.jurisdiction.code;
      const result =
        country === 'NO'
          ? validateNorwegianOrganisationNumber(org.orgNumber)
          : country === 'DK'
            ? validateDanishCvr(org.orgNumber)
            : undefined;
      if (result && !result.valid)
        findings.push({
          subject: { kind: 'employer', id: org.orgId },
          // A mistyped number is a data-quality issue until the register says otherwise.
          severity: 'info',
          message: {
            id: country === 'NO' ? 'org-number-invalid' : 'cvr-invalid',
            data: { reason: result.reason, why: { id: `invalid.${result.code}` } },
          },
          evidence: [evidenceOf(org, 'orgNumber')],
        });
    }
    return findings;
  },
});
