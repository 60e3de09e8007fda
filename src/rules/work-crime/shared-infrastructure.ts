import * as z from 'zod';
import { groupBy } from '../../collections/group-by.js';
import { UnionFind } from '../../collections/union-find.js';
import type { SourcedRow } from '../../model/dataset.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { addressKey, compliantCrewHousing } from '../housing.js';
import type { RuleContext } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS, accountKeys, phoneKey } from './shared.js';

const KINDS = ['bank account', 'address', 'phone'] as const;
type Kind = (typeof KINDS)[number];

const options = z
  .object({
    minMembers: z
      .number()
      .int()
      .min(2)
      .default(4)
      .describe('A cluster within one employer is reported from this many workers (clusters across employers always).'),
    maxEvidence: z.number().int().min(1).max(100).default(12).describe('Evidence rows cited per cluster.'),
    maxListed: z.number().int().min(1).max(1000).default(25).describe('Members named per cluster.'),
  })
  .strict();

/** One value a worker is linked by, with the row that shows it. */
interface Tie {
  readonly kind: Kind;
  readonly key: string;
  readonly workerId: string;
  readonly evidence: Evidence;
}

type LinkField = 'bankAccount' | 'address' | 'phone' | 'toAccount';

/** A row a worker is linked by (their own, or a payment to them). */
type LinkRow = { readonly provenance: { readonly source: string; readonly line: number } } & Partial<
  Record<LinkField, string | undefined>
>;

/** Calls `visit` with every value in normal form (empty ones left out) a worker or a payment to them is linked by. */
function eachCandidate(
  workers: readonly SourcedRow<'workers'>[],
  payments: ReadonlyMap<string, readonly SourcedRow<'payments'>[]>,
  accountKey: (value: string) => string,
  visit: (kind: Kind, key: string, workerId: string, row: LinkRow, field: LinkField) => void,
): void {
  const link = (kind: Kind, key: string, workerId: string, row: LinkRow, field: LinkField) => {
    if (key !== '') visit(kind, key, workerId, row, field);
  };
  for (const w of workers) {
    if (w.bankAccount) link('bank account', accountKey(w.bankAccount), w.workerId, w, 'bankAccount');
    if (w.address) link('address', addressKey(w.address), w.workerId, w, 'address');
    if (w.phone) link('phone', phoneKey(w.phone), w.workerId, w, 'phone');
  }
  for (const rows of payments.values())
    for (const p of rows) if (p.toAccount) link('bank account', accountKey(p.toAccount), p.workerId, p, 'toAccount');
}

const SHARED = Symbol('shared');

/**
 * The ties of each value that two or more workers share, by value. Two passes: most values
 * (every payment's account) belong to one worker, and a tie with evidence for each of millions of
 * payments would be built only to be dropped.
 */
function sharedTies(workers: readonly SourcedRow<'workers'>[], payments: ReadonlyMap<string, readonly SourcedRow<'payments'>[]>) {
  // The holder of each value, by kind (a map per kind: no key string built per payment).
  const holders = new Map<Kind, Map<string, string | typeof SHARED>>(KINDS.map((kind) => [kind, new Map()]));
  const accountKey = accountKeys();
  eachCandidate(workers, payments, accountKey, (kind, key, workerId) => {
    const holder = holders.get(kind)!;
    const first = holder.get(key);
    if (first === undefined) holder.set(key, workerId);
    else if (first !== workerId) holder.set(key, SHARED);
  });
  const byValue = new Map<string, Tie[]>();
  eachCandidate(workers, payments, accountKey, (kind, key, workerId, row, field) => {
    if (holders.get(kind)!.get(key) !== SHARED) return;
    const id = `${kind}\0${key}`;
    const tie: Tie = { kind, key, workerId, evidence: evidenceOf(row, field) };
    const list = byValue.get(id);
    if (list) list.push(tie);
    else byValue.set(id, [tie]);
  });
  return byValue;
}

const FIRST_DAY = '0000-00-00';
const LAST_DAY = '9999-12-31';

/**
 * @summary The ties of one address split into the groups that really lived there together:
 * workers whose stays (accommodation rows at the address, else their employment) overlap in time,
 * a declared household (a family) counting as one, and none at the employer's declared crew
 * housing that meets the standard. Swept by start date, so a camp of thousands costs a sort.
 */
function livingTogether(context: RuleContext): (ties: readonly Tie[]) => Tie[][] {
  const stays = context.dataset.accommodation ?? [];
  const compliant = new Set(stays.filter((stay) => compliantCrewHousing(context, stay)).map((stay) => addressKey(stay.address)));
  const staysAt = groupBy(stays, (stay) => `${stay.workerId}\0${addressKey(stay.address)}`);
  return (ties) => {
    if (compliant.has(ties[0]!.key)) return [];
    // One node per household (or per worker outside one), with the span of its stays.
    const nodes = new Map<string, { from: string; to: string; ties: Tie[] }>();
    for (const tie of ties) {
      const own = staysAt.get(`${tie.workerId}\0${tie.key}`) ?? [];
      const worker = context.workers.get(tie.workerId);
      const from =
        own.length > 0
          ? own.reduce((a, s) => ((s.from ?? FIRST_DAY) < a ? (s.from ?? FIRST_DAY) : a), LAST_DAY)
          : (worker?.startDate ?? FIRST_DAY);
      const to =
        own.length > 0
          ? own.reduce((a, s) => ((s.to ?? LAST_DAY) > a ? (s.to ?? LAST_DAY) : a), FIRST_DAY)
          : (worker?.endDate ?? LAST_DAY);
      const household = own.find((s) => s.household !== undefined)?.household;
      const key = household === undefined ? `worker\0${tie.workerId}` : `household\0${household}`;
      const node = nodes.get(key);
      if (node) {
        node.ties.push(tie);
        if (from < node.from) node.from = from;
        if (to > node.to) node.to = to;
      } else nodes.set(key, { from, to, ties: [tie] });
    }
    const ordered = [...nodes.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const groups: Tie[][] = [];
    let current: { to: string; ties: Tie[]; nodes: number } | undefined;
    for (const node of ordered) {
      if (current && node.from <= current.to) {
        for (const tie of node.ties) current.ties.push(tie);
        current.nodes++;
        if (node.to > current.to) current.to = node.to;
      } else {
        if (current && current.nodes > 1) groups.push(current.ties);
        current = { to: node.to, ties: [...node.ties], nodes: 1 };
      }
    }
    if (current && current.nodes > 1) groups.push(current.ties);
    return groups;
  };
}

export const sharedInfrastructure = defineRule({
  meta: {
    id: 'shared-infrastructure',
    title: {
      en: 'Bank accounts, addresses or phones shared across workers',
      nb: 'Bankkontoer, adresser eller telefoner som deles av flere',
    },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['workers'],
    legalRefs: ['ILO C95 art. 5 (wages paid directly to the worker)', 'hvitvaskingsloven (suspicious transactions)'],
    options,
    docs: {
      en: [
        'A network view: workers are linked when they share a bank account (`bank_account` or a payment’s `to_account`), a home `address` or a `phone`, compared in a normal form. Linked workers form clusters (union–find over every shared value), and each cluster is reported once, with its members, their employers and what they share:',
        '',
        '- a cluster spanning two or more employers (`high` when a bank account is among the links): someone outside any one employer controls money, housing or contact;',
        '- a cluster of `minMembers` (4) or more workers of one employer (`medium`).',
        '',
        'An address links workers only when they lived there at the same time (their `accommodation` stays at it, else their employment, overlap): a declared household (`household`, a family sharing its home) counts as one, and the employer’s declared crew housing (`crew_housing`) that meets the standard (at least 8 m² a person) links nobody.',
        '',
        'The finding is about the employer with most members in the cluster (then by id). Renaming ids or reordering rows never changes the clusters. The shared values are cited as evidence, never written into the message.',
      ].join('\n'),
      nb: 'Et nettverksbilde: arbeidstakere som deler bankkonto, adresse eller telefon knyttes sammen i klynger, og hver klynge rapporteres én gang med medlemmer, arbeidsgivere og hva de deler. Klynger på tvers av arbeidsgivere rapporteres alltid.',
    },
    nextSteps: {
      en: `Find out who holds the shared accounts and phones and who owns or rents the addresses; check whether the same people appear behind the different employers. ${WHO_ACTS.en}`,
      nb: `Finn ut hvem som eier de delte kontoene og telefonene og hvem som eier eller leier adressene; undersøk om de samme personene står bak de ulike arbeidsgiverne. ${WHO_ACTS.nb}`,
    },
    messages: {
      linked: {
        en: '{{workers}} workers of {{employers}} employer(s) ({{ids}}) are linked by shared {{kinds}}: {{members}}{{more}}.',
        nb: '{{workers}} arbeidstakere hos {{employers}} arbeidsgiver(e) ({{ids}}) er knyttet sammen ved felles {{kinds}}: {{members}}{{more}}.',
      },
      'kind.bank-account': { en: 'bank account', nb: 'bankkonto' },
      'kind.address': { en: 'address', nb: 'adresse' },
      'kind.phone': { en: 'phone', nb: 'telefon' },
      'and-more': { en: ' and {{count}} more', nb: ' og {{count}} til' },
    },
    coverage: { unit: { en: 'workers', nb: 'arbeidstakere' }, unmeasured: {} },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Workers of two firms share an address and a phone',
          nb: 'Arbeidstakere i to firmaer deler adresse og telefon',
        },
        on: '2025-06-30',
        tables: {
          workers: [
            'worker_id,employer_id,address,phone',
            'w1,a,"Kaiveien 1, Bergen",+47 912 34 567',
            'w2,b,"kaiveien 1 bergen",',
            'w3,b,,91234567',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Each worker with their own address, phone and account',
          nb: 'Hver arbeidstaker med egen adresse, telefon og konto',
        },
        on: '2025-06-30',
        tables: {
          workers: [
            'worker_id,employer_id,address,phone,bank_account',
            'w1,a,"Kaiveien 1, Bergen",+47 912 34 567,86011117947',
            'w2,b,"Nygata 4, Bergen",+47 913 00 001,15030000002',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A rotation crew in the employer’s declared crew housing, 24 m² a person',
          nb: 'Et skiftlag i arbeidsgiverens oppgitte mannskapsbolig, 24 m² per person',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,name', 'fish,Laks AS'],
          workers: [
            'worker_id,employer_id,address',
            'w1,fish,"Brakka 1, Frøya"',
            'w2,fish,"Brakka 1, Frøya"',
            'w3,fish,"Brakka 1, Frøya"',
            'w4,fish,"Brakka 1, Frøya"',
          ],
          accommodation: [
            'worker_id,address,provider_id,occupants,area_m2,crew_housing',
            'w1,"Brakka 1, Frøya",fish,4,96,yes',
            'w2,"Brakka 1, Frøya",fish,4,96,yes',
            'w3,"Brakka 1, Frøya",fish,4,96,yes',
            'w4,"Brakka 1, Frøya",fish,4,96,yes',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const workers = [...context.workers.values()];
    coverage.judged(workers.length);
    const byValue = sharedTies(workers, context.paymentsByWorker);
    const sets = new UnionFind();
    const shared: Tie[][] = [];
    const living = livingTogether(context);
    for (const whole of byValue.values())
      for (const list of whole[0]!.kind === 'address' ? living(whole) : [whole]) {
        const members = [...new Set(list.map((t) => t.workerId))];
        if (members.length < 2) continue;
        shared.push(list);
        for (const member of members.slice(1)) sets.union(members[0]!, member);
      }

    // The shared values of each cluster, by the cluster's root: one pass, not one per cluster.
    const linksByRoot = groupBy(shared, (list) => sets.find(list[0]!.workerId));
    const findings: DraftFinding[] = [];
    for (const members of sets.groups()) {
      const employers = new Map<string, number>();
      for (const id of members) {
        const employer = context.workers.get(id)?.employerId ?? '?';
        employers.set(employer, (employers.get(employer) ?? 0) + 1);
      }
      if (employers.size < 2 && members.length < opts.minMembers) continue;
      const links = linksByRoot.get(sets.find(members[0]!)) ?? [];
      const kinds = KINDS.filter((kind) => links.some((list) => list[0]!.kind === kind));
      const [main] = [...employers.entries()].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0]!;
      // Ordered by worker, then what is shared, so row order never changes what is cited.
      const order = (t: Tie) => `${t.workerId}\0${t.kind}\0${t.evidence.source}\0${t.evidence.field}\0${t.evidence.value}`;
      const evidence = links
        .flatMap((list) => list)
        .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
        .map((t) => t.evidence);
      findings.push({
        subject: { kind: 'employer', id: main },
        severity: employers.size >= 2 && kinds.includes('bank account') ? 'high' : 'medium',
        message: {
          id: 'linked',
          data: {
            workers: members.length,
            employers: employers.size,
            ids: [...employers.keys()].sort().join(', '),
            kinds: kinds.map((kind) => ({ id: `kind.${kind.replace(/ /g, '-')}` })),
            members: members.slice(0, opts.maxListed).join(', '),
            more: members.length > opts.maxListed ? { id: 'and-more', data: { count: members.length - opts.maxListed } } : '',
          },
        },
        evidence: evidence.slice(0, opts.maxEvidence),
      });
    }
    return findings;
  },
});
