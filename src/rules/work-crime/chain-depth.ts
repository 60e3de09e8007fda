import * as z from 'zod';
import { chainPaths, MAX_CHAIN_DEPTH, MAX_CHAIN_PATHS } from '../chains.js';
import { evidenceOf } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { WHO_ACTS } from './shared.js';

const options = z
  .object({
    maxLevels: z
      .number()
      .int()
      .min(0)
      .default(2)
      .describe('Levels of subcontractors allowed below the main contractor (the buyer’s terms).'),
  })
  .strict();

export const chainDepth = defineRule({
  meta: {
    id: 'chain-depth',
    title: { en: 'Subcontractor chain deeper than allowed', nb: 'Kontraktskjede dypere enn tillatt' },
    tier: 'work-crime',
    defaultSeverity: 'medium',
    needs: ['subcontracts'],
    legalRefs: [
      'forskrift om lønns- og arbeidsvilkår i offentlige kontrakter',
      'DFØ seriøsitetskrav (standard requirements for public building contracts): at most two levels of subcontractors',
      'Oslo-modellen (one level in some trades)',
    ],
    options,
    docs: {
      en: [
        'Walks every path down the `subcontracts` from a root buyer. The main contractor is the first organisation with role `main-contractor` on the path; else the supplier of a root with role `client`; else the root itself. A path where an organisation sits more than `maxLevels` (default 2) levels below the main contractor is a finding about that chain, showing the whole path and citing each subcontract row.',
        '',
        'Long chains spread responsibility thin: each level takes a margin, and at the bottom the price no longer covers legal pay. Norwegian public buyers limit chains to two levels below the main contractor; the Oslo model allows one in some trades: set `maxLevels` to the buyer’s terms.',
        '',
        'One finding per organisation beyond the limit (the first path that reaches it). Grading: `high` when two or more levels beyond the limit.',
        '',
        'Paths are walked 50 organisations deep and 10 000 paths at most (a loop or a hostile file cannot make the work explode); when the data goes beyond that, an `info` finding says so.',
      ].join('\n'),
      nb: 'Finner kontraktskjeder med flere ledd under hovedentreprenøren enn oppdragsgiverens krav (standard to ledd; Oslo-modellen ett i enkelte fag), med hele kjeden og hver kontraktsrad som grunnlag. Kjedene følges høyst 50 ledd dypt og 10 000 kjeder; går dataene lenger, sier et `info`-funn det.',
    },
    nextSteps: {
      en: `Ask the main contractor for the approval of each subcontractor and the contracts; check the lowest levels’ pay and registration first. ${WHO_ACTS.en}`,
      nb: `Be hovedentreprenøren om godkjenningen av hver underleverandør og kontraktene; kontroller lønn og registrering i de laveste leddene først. ${WHO_ACTS.nb}`,
    },
    messages: {
      truncated: {
        en: 'The subcontract chains were not walked to the end: more than {{paths}} paths, or a path deeper than {{depth}} organisations (a loop or a hostile file?). Chains beyond that are not screened for depth.',
        nb: 'Underleverandørkjedene ble ikke fulgt til enden: mer enn {{paths}} stier, eller en sti dypere enn {{depth}} virksomheter (en sløyfe eller en fiendtlig fil?). Kjeder ut over dette er ikke screenet for dybde.',
      },
      'too-deep': {
        en: '{{org}} works {{level}} levels below the main contractor {{main}}, more than the {{allowed}} allowed: {{path}}.',
        nb: '{{org}} arbeider {{level}} ledd under hovedleverandøren {{main}}, flere enn de {{allowed}} som er tillatt: {{path}}.',
      },
    },
    coverage: { unit: { en: 'paths down the contracting chains', nb: 'stier ned kontraktskjedene' }, unmeasured: {} },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Four levels of subcontractors below the main contractor',
          nb: 'Fire ledd underleverandører under hovedentreprenøren',
        },
        on: '2025-06-30',
        tables: {
          organisations: [
            'org_id,role',
            'client,client',
            'main,main-contractor',
            'a,subcontractor',
            'b,subcontractor',
            'c,subcontractor',
            'd,subcontractor',
          ],
          workers: ['worker_id,employer_id', 'w1,d'],
          subcontracts: ['buyer_id,supplier_id,project', 'client,main,x', 'main,a,x', 'a,b,x', 'b,c,x', 'c,d,x'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A main contractor with one level of subcontractors',
          nb: 'En hovedentreprenør med ett ledd underleverandører',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,role', 'client,client', 'main,main-contractor', 'a,subcontractor'],
          workers: ['worker_id,employer_id', 'w1,a'],
          subcontracts: ['buyer_id,supplier_id,project', 'client,main,x', 'main,a,x'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const role = (org: string) => context.organisations.get(org)?.role;
    const reported = new Set<string>();
    const { paths, truncated } = chainPaths(context.dataset.subcontracts ?? []);
    const first = context.dataset.subcontracts?.[0];
    if (truncated && first)
      findings.push({
        subject: { kind: 'chain', id: '(truncated)' },
        severity: 'info',
        message: { id: 'truncated', data: { paths: MAX_CHAIN_PATHS, depth: MAX_CHAIN_DEPTH } },
        evidence: [evidenceOf(first, 'buyerId')],
      });
    coverage.judged(paths.length);
    for (const { orgs, links } of paths) {
      const marked = orgs.findIndex((org) => role(org) === 'main-contractor');
      const main = marked >= 0 ? marked : role(orgs[0]!) === 'client' ? 1 : 0;
      for (let i = main + opts.maxLevels + 1; i < orgs.length; i++) {
        const org = orgs[i]!;
        if (reported.has(org)) continue;
        reported.add(org);
        const level = i - main;
        const path = orgs.slice(0, i + 1);
        findings.push({
          subject: { kind: 'chain', id: path.join(' > ') },
          severity: level - opts.maxLevels >= 2 ? 'high' : 'medium',
          message: {
            id: 'too-deep',
            data: { org, level, main: orgs[main] ?? '', allowed: opts.maxLevels, path: path.join(' → ') },
          },
          evidence: links.slice(0, i).flatMap((link) => [evidenceOf(link, 'buyerId'), evidenceOf(link, 'supplierId')]),
        });
      }
    }
    return findings;
  },
});
