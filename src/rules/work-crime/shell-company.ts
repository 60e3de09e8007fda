import * as z from 'zod';
import { isoDateToDayNumber } from '../../dates/iso-date.js';
import { compareSeverities, type Severity } from '../../model/enums.js';
import type { SourcedRow } from '../../model/dataset.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { addressKey } from '../housing.js';
import { groupBy } from '../../collections/group-by.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';
import type { Message } from '../../i18n/format-message.js';

const options = z
  .object({
    recentDays: z
      .number()
      .int()
      .min(0)
      .default(180)
      .describe('Registered this many days or fewer before its first contract or worker.'),
    vatThresholdMajor: z
      .number()
      .min(0)
      .default(50_000)
      .describe('Contract value above which a supplier must be VAT-registered (Norway: NOK 50 000 in 12 months).'),
    phoenixYears: z
      .number()
      .min(0)
      .default(3)
      .describe('A firm at a bankrupt firm’s address registered within this many years after the bankruptcy.'),
  })
  .strict();

type Org = SourcedRow<'organisations'>;

export const shellCompany = defineRule({
  meta: {
    id: 'shell-company',
    title: { en: 'Signs of a shell or phoenix company', nb: 'Tegn på skallselskap eller fugl føniks-selskap' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['organisations'],
    legalRefs: ['enhetsregisterloven', 'merverdiavgiftsloven § 2-1 (registration above NOK 50 000)', 'konkursloven'],
    options,
    docs: {
      en: [
        'From the organisation data, for every organisation that employs workers or supplies work in the data:',
        '',
        '- registered (`registered_on`) `recentDays` (180) or fewer days before its first subcontract or worker (`medium`);',
        '- bankrupt (`bankrupt_on`) on or before the reference date (`medium`), `high` when its contracts or workers go on after the bankruptcy;',
        '- not VAT-registered while supplying a contract worth more than `vatThresholdMajor` (`medium`);',
        '- zero registered employees while supplying work with `estimated_hours` (`medium`);',
        '- a phoenix: registered at the address of another organisation that went bankrupt up to `phoenixYears` (3) before (`high`).',
        '',
        'One finding per organisation with every sign and the worst grading. These are the marks of firms set up to carry a contract and disappear with the taxes and wages. Dissolution (`underAvvikling`) from the registry is kept in `extra` and not judged here.',
      ].join('\n'),
      nb: 'Nyregistrert rett før kontrakten, konkurs, ikke MVA-registrert ved fakturering, null ansatte ved levering av arbeid, og «fugl føniks»: nytt selskap på adressen til et selskap som gikk konkurs.',
    },
    nextSteps: {
      en: `Look the firm up in Enhetsregisteret and Brønnøysund (roles, board, history), ask the buyer for its seriousness checks and tax certificates (skatteattest). ${WHO_ACTS.en}`,
      nb: `Slå opp selskapet i Enhetsregisteret (roller, styre, historikk), be oppdragsgiveren om seriøsitetskontroll og skatteattest. ${WHO_ACTS.nb}`,
    },
    messages: {
      signs: { en: '{{org}}: {{signs|; }}.', nb: '{{org}}: {{signs|; }}.' },
      recent: {
        en: 'registered {{days}} day(s) before its first contract or worker ({{first}})',
        nb: 'registrert {{days}} dag(er) før sin første kontrakt eller arbeidstaker ({{first}})',
      },
      bankrupt: { en: 'bankrupt on {{on}}{{after}}', nb: 'konkurs {{on}}{{after}}' },
      'work-after': {
        en: ', with contracts or work going on after it',
        nb: ', med kontrakter eller arbeid som fortsatte etterpå',
      },
      'no-vat': {
        en: 'not VAT-registered while supplying {{contracts}} contract(s) above {{threshold}}',
        nb: 'ikke registrert i Merverdiavgiftsregisteret, men leverer {{contracts}} kontrakt(er) over {{threshold}}',
      },
      'no-employees': {
        en: 'no registered employees while supplying {{hours}} estimated hours of work',
        nb: 'ingen registrerte ansatte, men leverer anslagsvis {{hours}} timer arbeid',
      },
      phoenix: {
        en: 'registered on {{registered}} at the address of {{predecessor}}, bankrupt on {{bankrupt}}',
        nb: 'registrert {{registered}} på adressen til {{predecessor}}, som gikk konkurs {{bankrupt}}',
      },
    },
    coverage: {
      unit: { en: 'organisations with suppliers’ contracts or staff', nb: 'virksomheter med leveranser eller ansatte' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'A month-old firm with no employees takes a NOK 900 000 contract',
          nb: 'Et én måned gammelt firma uten ansatte tar en kontrakt på 900 000 kroner',
        },
        on: '2025-06-30',
        tables: {
          organisations: [
            'org_id,address,registered_on,registered_employees,vat_registered,bankrupt_on',
            'main,"Storgata 1, Oslo",2001-01-01,80,yes,',
            'new,"Kaigata 5, Bergen",2025-02-01,0,no,',
          ],
          workers: ['worker_id,employer_id', 'w1,new'],
          subcontracts: ['buyer_id,supplier_id,from,to,value,estimated_hours', 'main,new,2025-03-01,2025-12-31,900000.00,3000'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'An established, VAT-registered subcontractor with staff',
          nb: 'En etablert, momsregistrert underleverandør med ansatte',
        },
        on: '2025-06-30',
        tables: {
          organisations: [
            'org_id,address,registered_on,registered_employees,vat_registered,bankrupt_on',
            'main,"Storgata 1, Oslo",2001-01-01,80,yes,',
            'sub,"Kaigata 7, Bergen",2015-01-01,20,yes,',
          ],
          workers: ['worker_id,employer_id', 'w1,sub'],
          subcontracts: ['buyer_id,supplier_id,from,to,value,estimated_hours', 'main,sub,2025-03-01,,900000.00,3000'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const orgs = [...context.organisations.values()].sort((a, b) => (a.orgId < b.orgId ? -1 : 1));
    const links = context.dataset.subcontracts ?? [];
    const staffByEmployer = groupBy([...context.workers.values()], (w) => w.employerId);
    const workersOf = (org: string) => staffByEmployer.get(org) ?? [];
    // Grouped once (a scan of every link and every bankrupt firm per organisation was quadratic).
    const suppliesOf = groupBy(links, (l) => l.supplierId);
    const bankruptAt = groupBy(
      orgs.filter((o) => o.bankruptOn !== undefined && o.address !== undefined),
      (o) => addressKey(o.address!),
    );

    for (const org of orgs) {
      const supplies = suppliesOf.get(org.orgId) ?? [];
      const staff = workersOf(org.orgId);
      if (supplies.length === 0 && staff.length === 0) continue;
      coverage.judged();
      const signs: { text: Message; severity: Severity; evidence: Evidence[] }[] = [];
      const starts = [...supplies.map((l) => l.from), ...staff.map((w) => w.startDate)]
        .filter((d): d is string => d !== undefined)
        .sort();
      const first = starts[0];

      if (org.registeredOn && first) {
        const days = isoDateToDayNumber(first) - isoDateToDayNumber(org.registeredOn);
        if (days >= 0 && days <= opts.recentDays)
          signs.push({
            text: { id: 'recent', data: { days, first } },
            severity: 'medium',
            evidence: [evidenceOf(org, 'registeredOn')],
          });
      }
      if (org.bankruptOn && org.bankruptOn <= context.referenceDate) {
        const after =
          starts.filter((d) => d > org.bankruptOn!).length + supplies.filter((l) => (l.to ?? '0000') > org.bankruptOn!).length;
        signs.push({
          text: { id: 'bankrupt', data: { on: org.bankruptOn, after: after > 0 ? { id: 'work-after' } : '' } },
          severity: after > 0 ? 'high' : 'medium',
          evidence: [evidenceOf(org, 'bankruptOn')],
        });
      }
      const invoiced = supplies.filter((l) => (l.valueMinor ?? 0) > opts.vatThresholdMajor * 100);
      if (org.vatRegistered === false && invoiced.length > 0)
        signs.push({
          text: { id: 'no-vat', data: { contracts: invoiced.length, threshold: opts.vatThresholdMajor } },
          severity: 'medium',
          evidence: [evidenceOf(org, 'vatRegistered'), evidenceOf(invoiced[0]!, 'valueMinor')],
        });
      const labour = supplies.filter((l) => (l.estimatedHours ?? 0) > 0);
      if (org.registeredEmployees === 0 && labour.length > 0)
        signs.push({
          text: { id: 'no-employees', data: { hours: labour.reduce((s, l) => s + l.estimatedHours!, 0) } },
          severity: 'medium',
          evidence: [evidenceOf(org, 'registeredEmployees'), evidenceOf(labour[0]!, 'estimatedHours')],
        });
      const predecessor = phoenixOf(org, bankruptAt, opts.phoenixYears);
      if (predecessor)
        signs.push({
          text: {
            id: 'phoenix',
            data: { registered: org.registeredOn ?? '', predecessor: predecessor.orgId, bankrupt: predecessor.bankruptOn ?? '' },
          },
          severity: 'high',
          evidence: [
            evidenceOf(org, 'address'),
            evidenceOf(org, 'registeredOn'),
            evidenceOf(predecessor, 'address'),
            evidenceOf(predecessor, 'bankruptOn'),
          ],
        });
      if (signs.length === 0) continue;
      findings.push({
        subject: { kind: 'employer', id: org.orgId },
        severity: signs.map((s) => s.severity).reduce((a, b) => (compareSeverities(b, a) > 0 ? b : a)),
        message: { id: 'signs', data: { org: org.orgId, signs: signs.map((s) => s.text) } },
        evidence: signs.flatMap((s) => s.evidence),
      });
    }
    return findings;
  },
});

/** A bankrupt organisation at the same address, bankrupt before `org` was registered and within `years`. */
function phoenixOf(org: Org, bankruptAt: ReadonlyMap<string, readonly Org[]>, years: number): Org | undefined {
  if (org.address === undefined || org.registeredOn === undefined) return undefined;
  const registered = isoDateToDayNumber(org.registeredOn);
  return bankruptAt
    .get(addressKey(org.address))
    ?.find(
      (other) =>
        other.orgId !== org.orgId &&
        isoDateToDayNumber(other.bankruptOn!) <= registered &&
        registered - isoDateToDayNumber(other.bankruptOn!) <= years * 365.25,
    );
}
