import * as z from 'zod';
import { clockTimeToMinutes, isoDateToDayNumber } from '../../dates/iso-date.js';
import { inForce, type YoungWorkerRules } from '../../jurisdictions/pack.js';
import type { SourcedRow } from '../../model/dataset.js';
import { isIloIndicator, type IloIndicator } from '../../model/enums.js';
import { entryHours } from '../../model/tables/time-entry.js';
import { WORST_FORMS_FOR_CHILDREN } from '../../assess/ilo-table.js';
import { ageOn, birthDateOf, type BirthDate } from '../age.js';
import { evidenceOf, sectorOn, type RuleContext } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { weekOf } from '../working-weeks.js';
import { groupBy } from '../../collections/group-by.js';
import { WHO_ACTS, firstOf } from './shared.js';
import type { Message } from '../../i18n/format-message.js';
import { codeMessage } from '../../i18n/code-names.js';
import { sectorMessage } from '../../i18n/shared-messages.js';

const options = z
  .object({
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

type Entry = SourcedRow<'timeEntries'>;
type Worker = SourcedRow<'workers'>;

/** Does a shift touch the night window (`from`–`to`, which may pass midnight)? Needs start and end. */
function touchesNight(entry: Entry, rules: YoungWorkerRules): boolean {
  if (!entry.start || !entry.end) return false;
  const start = clockTimeToMinutes(entry.start);
  let end = clockTimeToMinutes(entry.end);
  if (end <= start) end += 1440;
  const from = clockTimeToMinutes(rules.nightFrom);
  const to = clockTimeToMinutes(rules.nightTo);
  const nights =
    from > to
      ? [
          [from - 1440, to],
          [from, to + 1440],
        ]
      : [
          [from, to],
          [from + 1440, to + 1440],
        ];
  return nights.some(([a, b]) => start < b! && end > a!);
}

interface Breach {
  readonly kind: 'below-light-work-age' | 'hours' | 'night' | 'hazardous';
  readonly entries: Entry[];
  readonly detail: Message[];
}

export const childLabour = defineRule({
  meta: {
    id: 'child-labour',
    title: { en: 'Child labour', nb: 'Barnearbeid' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'hazardous-work',
    needs: ['workers'],
    legalRefs: [
      'ILO C138 (minimum age)',
      'ILO C182 art. 3 (worst forms of child labour)',
      'Palermo Protocol art. 3 (c), (d)',
      'aml. kap. 11',
      'Directive 94/33/EC',
    ],
    options,
    docs: {
      en: [
        'For workers under 18 on a work date, with the age from `birth_date` or, failing that, from a valid Norwegian fødselsnummer / D-nummer or Danish CPR number, and the limits for young workers from the jurisdiction pack (minimum age, light-work age and hours, daily and weekly hours, night, hazardous sectors):',
        '',
        '- any work below the light-work age (13) (`critical`);',
        '- hours beyond the limits: for children under the minimum age (15) the light-work hours per day and week, for those from 15 to 18 the young workers’ hours (Norway: 8 a day, 40 a week);',
        '- night work (Norway: 20:00–06:00; needs start and end times);',
        '- work in a sector the pack treats as hazardous for under-18s (construction, shipyards, electrical work and maritime work by default);',
        '- a child employed below the minimum age when there are no time entries to judge (from `start_date` or pay periods);',
        '- observations of forced begging or forced criminal activity about a child: worst forms of child labour (ILO C182 art. 3), always `critical`.',
        '',
        'For a child, exploitation needs no proof of coercion: recruiting or harbouring a child for exploitation is trafficking (Palermo Protocol art. 3 (c)). The assessment applies that rule to workers under 18.',
      ].join('\n'),
      nb: 'For arbeidstakere under 18 år (alder fra fødselsdato eller fødselsnummer/D-nummer/CPR): arbeid under 13 år, timer over grensene for barn og unge, nattarbeid, arbeid i farlige bransjer, ansettelse under minstealderen, og observasjoner av tvungen tigging eller kriminalitet (ILO C182). For barn er utnytting menneskehandel uten at tvang må bevises (Palermo-protokollen art. 3 (c)).',
    },
    nextSteps: {
      en: `Treat as urgent: involve child welfare services (barnevernet) and the police at once, and the anti-trafficking coordinator; do not contact the employer before the child is safe. ${WHO_ACTS.en}`,
      nb: `Behandle som hastesak: varsle barnevernet og politiet straks, og koordinatoren mot menneskehandel; ikke kontakt arbeidsgiveren før barnet er trygt. ${WHO_ACTS.nb}`,
    },
    messages: {
      'child-worked': {
        en: 'A child (born {{born}}) {{detail|; }}{{more}}.',
        nb: 'Et barn (født {{born}}) {{detail|; }}{{more}}.',
      },
      'under-light-work-age': {
        en: 'worked at age {{age}}, under the lowest age for any work ({{lowest}})',
        nb: 'arbeidet i en alder av {{age}}, under laveste alder for noe arbeid ({{lowest}})',
      },
      'day-hours-under': {
        en: 'worked more than the {{limit}} hours a day allowed at age under {{minimumAge}}',
        nb: 'arbeidet mer enn de {{limit}} timene per dag som er tillatt under {{minimumAge}} år',
      },
      'day-hours-at': {
        en: 'worked more than the {{limit}} hours a day allowed at age {{age}}',
        nb: 'arbeidet mer enn de {{limit}} timene per dag som er tillatt i en alder av {{age}}',
      },
      night: { en: 'worked at night ({{from}}–{{to}})', nb: 'arbeidet om natten ({{from}}–{{to}})' },
      hazardous: {
        en: 'worked in {{sector}}, hazardous work for under-18s',
        nb: 'arbeidet innen {{sector}}, farlig arbeid for dem under 18 år',
      },
      'week-hours-young': {
        en: 'worked more than the {{limit}} hours a week allowed for young workers',
        nb: 'arbeidet mer enn de {{limit}} timene per uke som er tillatt for unge arbeidstakere',
      },
      'week-hours-light': {
        en: 'worked more than the {{limit}} hours a week allowed for light work',
        nb: 'arbeidet mer enn de {{limit}} timene per uke som er tillatt for lett arbeid',
      },
      'employed-under-age': {
        en: 'Employed from {{started}} at age {{age}}, under the minimum age of {{minimumAge}}; no time entries show whether the work was light.',
        nb: 'Ansatt fra {{started}} i en alder av {{age}}, under minstealderen på {{minimumAge}}; ingen timeføringer viser om arbeidet var lett.',
      },
      'worst-form': {
        en: 'A child (born {{born}}) observed in {{form}}, a worst form of child labour (ILO C182 art. 3).',
        nb: 'Et barn (født {{born}}) observert i {{form}}, en av de verste formene for barnearbeid (ILO C182 art. 3).',
      },
      'skip-no-limits': {
        en: 'the {{pack}} pack has no limits for young workers',
        nb: '{{pack}}-pakken har ingen grenser for unge arbeidstakere',
      },
    },
    coverage: {
      unit: { en: 'workers', nb: 'arbeidstakere' },
      unmeasured: {
        'no-birth-date': {
          en: 'no birth date and no valid national id to read one from',
          nb: 'ingen fødselsdato og ikke noe gyldig identitetsnummer å lese den av',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'A 16-year-old works an 11-hour evening shift', nb: 'En 16-åring jobber et elleve timers kveldsskift' },
        on: '2025-08-31',
        tables: {
          organisations: ['org_id,sector', 'shop,hospitality'],
          workers: ['worker_id,employer_id,birth_date', 'k1,shop,2009-03-01'],
          time_entries: ['worker_id,employer_id,date,start,end,break_minutes', 'k1,shop,2025-07-07,12:00,23:00,30'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A 17-year-old works five daytime hours in a shop',
          nb: 'En 17-åring jobber fem timer på dagtid i en butikk',
        },
        on: '2025-08-31',
        tables: {
          organisations: ['org_id,sector', 'shop,hospitality'],
          workers: ['worker_id,employer_id,birth_date', 'k1,shop,2008-03-01'],
          time_entries: ['worker_id,employer_id,date,start,end,break_minutes', 'k1,shop,2025-07-07,10:00,15:00,30'],
        },
      },
    ],
  },
  skipReason: (context) =>
    context.jurisdiction.youngWorkers.length === 0
      ? { id: 'skip-no-limits', data: { pack: context.jurisdiction.code } }
      : undefined,
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const worker of [...context.workers.values()].sort((a, b) => (a.workerId < b.workerId ? -1 : 1))) {
      const birth = birthDateOf(worker);
      if (!birth) {
        coverage.unmeasured('no-birth-date', worker);
        continue;
      }
      coverage.judged();
      const minorOn = (date: string) => ageOn(birth.date, date) < 18;
      const birthEvidence = evidenceOf(worker, birth.field);
      const subject = { kind: 'worker' as const, id: worker.workerId };
      const entries = (context.timeEntriesByWorker.get(worker.workerId) ?? []).filter((e) => minorOn(e.date));

      for (const breach of breachesOf(context, worker, birth, entries)) {
        const { shown, more } = firstOf(breach.entries, opts.maxEvidence);
        const code: IloIndicator =
          breach.kind === 'hours'
            ? 'excessive-overtime'
            : breach.kind === 'below-light-work-age'
              ? 'abuse-of-vulnerability'
              : 'hazardous-work';
        findings.push({
          subject,
          period: { from: breach.entries[0]!.date, to: breach.entries.at(-1)!.date },
          severity: breach.kind === 'below-light-work-age' ? 'critical' : 'high',
          indicator: code,
          dimensions: [{ dimension: 'exploitative-conditions-of-work', strength: 'medium', aspect: `child-${breach.kind}` }],
          message: { id: 'child-worked', data: { born: birth.date, detail: breach.detail, more } },
          evidence: [birthEvidence, ...shown.map((e) => evidenceOf(e, e.hours !== undefined ? 'hours' : 'date'))],
        });
      }

      if (entries.length === 0) {
        const started = [worker.startDate, context.paymentsByWorker.get(worker.workerId)?.[0]?.periodStart]
          .filter((d): d is string => d !== undefined)
          .sort()[0];
        const rules = started ? inForce(context.jurisdiction.youngWorkers, started) : undefined;
        if (started && rules && ageOn(birth.date, started) < rules.minimumAge) {
          const age = ageOn(birth.date, started);
          const row = worker.startDate === started ? worker : context.paymentsByWorker.get(worker.workerId)![0]!;
          findings.push({
            subject,
            period: { from: started, to: started },
            severity: age < rules.lightWorkAge ? 'critical' : 'high',
            indicator: 'abuse-of-vulnerability',
            dimensions: [{ dimension: 'exploitative-conditions-of-work', strength: 'medium', aspect: 'child-below-minimum-age' }],
            message: { id: 'employed-under-age', data: { started, age, minimumAge: rules.minimumAge } },
            evidence: [
              birthEvidence,
              'startDate' in row && row === worker
                ? evidenceOf(worker, 'startDate')
                : evidenceOf(row as SourcedRow<'payments'>, 'periodStart'),
            ],
          });
        }
      }

      for (const observation of context.observationsBySubject.get(worker.workerId) ?? []) {
        const code = observation.indicator;
        if (!isIloIndicator(code) || !WORST_FORMS_FOR_CHILDREN.includes(code)) continue;
        const on = observation.observedOn ?? context.referenceDate;
        if (!minorOn(on)) continue;
        findings.push({
          subject,
          period: { from: on, to: on },
          // An observation, weighed as one: a low-confidence report is urgent to verify, not a level.
          severity: observation.confidence === 'low' ? 'high' : 'critical',
          indicator: code,
          observed: { confidence: observation.confidence ?? 'medium' },
          message: { id: 'worst-form', data: { born: birth.date, form: codeMessage('indicator', code) } },
          evidence: [birthEvidence, evidenceOf(observation, 'indicator')],
        });
      }
    }
    return findings;
  },
});

/** The young-worker limits broken by a minor's time entries, one breach per kind. */
function breachesOf(context: RuleContext, worker: Worker, birth: BirthDate, entries: readonly Entry[]): Breach[] {
  const found = new Map<Breach['kind'], { entries: Set<Entry>; detail: Message[]; keys: Set<string> }>();
  const add = (kind: Breach['kind'], list: readonly Entry[], detail: Message) => {
    let breach = found.get(kind);
    if (!breach) found.set(kind, (breach = { entries: new Set(), detail: [], keys: new Set() }));
    for (const e of list) breach.entries.add(e);
    const key = JSON.stringify(detail);
    if (!breach.keys.has(key)) {
      breach.keys.add(key);
      breach.detail.push(detail);
    }
  };
  const byDay = groupBy(entries, (e) => e.date);
  const byWeek = groupBy(entries, (e) => weekOf(isoDateToDayNumber(e.date)));
  const hoursOf = (list: readonly Entry[]) => list.reduce((sum, e) => sum + (entryHours(e) ?? 0), 0);

  for (const [date, day] of byDay) {
    const rules = inForce(context.jurisdiction.youngWorkers, date);
    if (!rules) continue;
    const age = ageOn(birth.date, date);
    if (age < rules.lightWorkAge)
      add('below-light-work-age', day, { id: 'under-light-work-age', data: { age, lowest: rules.lightWorkAge } });
    const limit = age < rules.minimumAge ? rules.lightWorkHoursPerDay : rules.hoursPerDay;
    const hours = hoursOf(day);
    if (limit !== undefined && hours > limit)
      add(
        'hours',
        day,
        age < rules.minimumAge
          ? { id: 'day-hours-under', data: { limit, minimumAge: rules.minimumAge } }
          : { id: 'day-hours-at', data: { limit, age } },
      );
    const night = day.filter((e) => touchesNight(e, rules));
    if (night.length > 0) add('night', night, { id: 'night', data: { from: rules.nightFrom, to: rules.nightTo } });
    const sector = sectorOn(context, worker.workerId, date);
    if (sector && rules.hazardousSectors.includes(sector.sector))
      add('hazardous', day, { id: 'hazardous', data: { sector: sectorMessage(sector.sector) } });
  }
  for (const week of byWeek.values()) {
    const first = week[0]!.date;
    const rules = inForce(context.jurisdiction.youngWorkers, first);
    if (!rules) continue;
    const young = ageOn(birth.date, first) >= rules.minimumAge;
    const limit = young ? rules.hoursPerWeek : rules.lightWorkHoursPerWeek;
    if (limit !== undefined && hoursOf(week) > limit)
      add('hours', week, { id: young ? 'week-hours-young' : 'week-hours-light', data: { limit } });
  }
  const order: Breach['kind'][] = ['below-light-work-age', 'hours', 'night', 'hazardous'];
  return order.flatMap((kind) => {
    const breach = found.get(kind);
    if (!breach) return [];
    const sorted = [...breach.entries].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    return [{ kind, entries: sorted, detail: breach.detail }];
  });
}
