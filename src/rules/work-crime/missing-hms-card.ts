import * as z from 'zod';
import type { Sector } from '../../model/enums.js';
import { SECTORS } from '../../model/enums.js';
import { evidenceOf, groupsByKey, sectorOn } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { firstOf } from '../forced-labour/shared.js';
import { WHO_ACTS } from './shared.js';
import { sectorMessage } from '../../i18n/shared-messages.js';

const options = z
  .object({
    sectors: z.array(z.enum(SECTORS)).default(['construction', 'cleaning']).describe('Sectors where an HMS card is required.'),
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

export const missingHmsCard = defineRule({
  meta: {
    id: 'no/missing-hms-card',
    title: { en: 'Working without a valid HMS card', nb: 'Arbeid uten gyldig HMS-kort' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['workers', 'timeEntries'],
    jurisdictions: ['NO'],
    legalRefs: [
      'forskrift om HMS-kort for bygge- og anleggsplasser',
      'forskrift om offentlig godkjenning av renholdsvirksomheter (ID-kort)',
    ],
    options,
    docs: {
      en: [
        'For workers in construction and cleaning (the sector of the contract in force, else the employer’s; option `sectors`): days worked with no `hms_card` at all, or after `hms_card_valid_to`. One finding per worker, with the days.',
        '',
        'The HMS card ties a person on a Norwegian building site or in a cleaning job to a registered employer; working without one hides who is on site.',
      ].join('\n'),
      nb: 'For arbeidstakere i bygg og anlegg og renhold: arbeidsdager uten HMS-kort eller etter at kortet gikk ut.',
    },
    nextSteps: {
      en: `Check the card at the site and in the HMS-card register (Arbeidstilsynet); ask the main contractor for the site’s attendance list (byggeplassliste). ${WHO_ACTS.en}`,
      nb: `Kontroller kortet på arbeidsplassen og i HMS-kortregisteret; be hovedentreprenøren om mannskapslisten. ${WHO_ACTS.nb}`,
    },
    messages: {
      'no-card': {
        en: 'Worked {{days}} day(s) in {{sectors| and }} with no HMS card{{more}}.',
        nb: 'Arbeidet {{days}} dag(er) innen {{sectors| og }} uten HMS-kort{{more}}.',
      },
      expired: {
        en: 'Worked {{days}} day(s) after the HMS card expired on {{expired}}{{more}}.',
        nb: 'Arbeidet {{days}} dag(er) etter at HMS-kortet gikk ut {{expired}}{{more}}.',
      },
      'skip-no-cards': {
        en: 'no worker has an hms_card or hms_card_valid_to value',
        nb: 'ingen arbeidstaker har en verdi i hms_card eller hms_card_valid_to',
      },
    },
    coverage: {
      unit: { en: 'workers with time entries', nb: 'arbeidstakere med timelister' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Work on a building site after the HMS card expired',
          nb: 'Arbeid på byggeplass etter at HMS-kortet gikk ut',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,sector', 'build,construction'],
          workers: ['worker_id,employer_id,hms_card,hms_card_valid_to', 'w1,build,HMS1,2025-03-04'],
          time_entries: ['worker_id,date,hours', 'w1,2025-03-03,8', 'w1,2025-03-05,8'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'A valid HMS card for every day on site', nb: 'Gyldig HMS-kort for hver dag på byggeplassen' },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,sector', 'build,construction'],
          workers: ['worker_id,employer_id,hms_card,hms_card_valid_to', 'w1,build,HMS1,2026-01-01'],
          time_entries: ['worker_id,date,hours', 'w1,2025-03-03,8', 'w1,2025-03-05,8'],
        },
      },
    ],
  },
  skipReason: (context) =>
    [...context.workers.values()].some((w) => w.hmsCard !== undefined || w.hmsCardValidTo !== undefined)
      ? undefined
      : { id: 'skip-no-cards' },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const sectorOf = (workerId: string, employerId: string, date: string): Sector | undefined =>
      sectorOn(context, workerId, date, employerId)?.sector;
    for (const [workerId, entries] of groupsByKey(context.timeEntriesByWorker)) {
      const worker = context.workers.get(workerId);
      if (!worker) continue;
      coverage.judged();
      // The card first: it is one comparison, the sector a contract lookup per entry.
      const invalid = entries.filter((e) => {
        if (!(worker.hmsCard === undefined || (worker.hmsCardValidTo !== undefined && e.date > worker.hmsCardValidTo)))
          return false;
        const sector = sectorOf(workerId, e.employerId ?? worker.employerId, e.date);
        return sector !== undefined && opts.sectors.includes(sector);
      });
      if (invalid.length === 0) continue;
      const days = new Set(invalid.map((e) => e.date)).size;
      const { shown, more } = firstOf(invalid, opts.maxEvidence);
      findings.push({
        subject: { kind: 'worker', id: workerId },
        period: { from: invalid[0]!.date, to: invalid.at(-1)!.date },
        message:
          worker.hmsCard === undefined
            ? {
                id: 'no-card',
                data: {
                  days,
                  sectors: [
                    ...new Set(invalid.map((e) => sectorOf(workerId, e.employerId ?? worker.employerId, e.date) ?? 'other')),
                  ].map(sectorMessage),
                  more,
                },
              }
            : { id: 'expired', data: { days, expired: worker.hmsCardValidTo ?? '', more } },
        evidence: [
          worker.hmsCard === undefined ? evidenceOf(worker, 'workerId') : evidenceOf(worker, 'hmsCardValidTo'),
          ...shown.map((e) => evidenceOf(e, 'date')),
        ],
      });
    }
    return findings;
  },
});
