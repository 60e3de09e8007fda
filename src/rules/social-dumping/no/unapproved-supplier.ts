import * as z from 'zod';
import type { Severity } from '../../../model/enums.js';
import { evidenceOf } from '../../context.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { codeMessage } from '../../../i18n/code-names.js';

const options = z.object({}).strict();

export const unapprovedSupplier = defineRule({
  meta: {
    id: 'no/unapproved-supplier',
    title: {
      en: 'Buying cleaning or hired labour from a firm that is not approved',
      nb: 'Kjøp av renhold eller innleie fra en virksomhet som ikke er godkjent',
    },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    needs: ['subcontracts', 'organisations'],
    legalRefs: [
      'forskrift om offentlig godkjenning av renholdsvirksomheter (renholdsforskriften): buyers’ duty',
      'forskrift om bemanningsforetak (bemanningsforskriften): hirers’ duty',
    ],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'Buying cleaning services from a firm that is not approved in the Cleaning Register (Renholdsregisteret), or hiring workers from a staffing agency not registered in the Staffing Agency Register (Bemanningsforetaksregisteret), is a breach of the **buyer’s own** duty. For each buyer–supplier link in `subcontracts` whose supplier is in cleaning (`sector`) or a staffing agency (`role`) with a `register_status` other than `approved`, one finding about the buyer.',
        '',
        'Being listed is not being approved: `pending` (under behandling) is not approved yet. Graded `high` for `not-approved` or `not-registered`, `medium` for `pending`. A supplier whose status is not recorded gives no finding (the register decides, not the absence of a column).',
      ].join('\n'),
      nb: 'Kjøp av renholdstjenester fra en virksomhet som ikke er godkjent i Renholdsregisteret, eller innleie fra et bemanningsforetak som ikke er registrert, er et brudd på oppdragsgiverens egen plikt. For hvert kontraktsledd der leverandøren driver renhold eller er bemanningsforetak og `register_status` ikke er `approved`, ett funn om oppdragsgiveren. Å stå i registeret er ikke det samme som å være godkjent.',
    },
    nextSteps: {
      en: 'Check the supplier’s status in the register on the contract dates; ask the buyer why it bought from a firm that was not approved; report to the Labour Inspection Authority.',
      nb: 'Kontroller leverandørens status i registeret på kontraktsdatoene; spør oppdragsgiveren hvorfor den kjøpte fra en virksomhet som ikke var godkjent; meld fra til Arbeidstilsynet.',
    },
    messages: {
      'not-approved': {
        en: 'Buys from {{supplier}}{{name}}, whose status in {{register}} is {{status}}: only approved firms may be used.',
        nb: 'Kjøper fra {{supplier}}{{name}}, som har status «{{status}}» i {{register}}: bare godkjente virksomheter kan brukes.',
      },
      'cleaning-register': { en: 'the Cleaning Register (Renholdsregisteret)', nb: 'Renholdsregisteret' },
      'staffing-register': {
        en: 'the Staffing Agency Register (Bemanningsforetaksregisteret)',
        nb: 'Bemanningsforetaksregisteret',
      },
    },
    coverage: {
      unit: {
        en: 'links to cleaning firms and staffing agencies',
        nb: 'kontraktsledd til renholdsvirksomheter og bemanningsforetak',
      },
      unmeasured: {
        'no-status': {
          en: 'the supplier’s register status is not recorded',
          nb: 'leverandørens status i registeret er ikke registrert',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'An office buys cleaning from a firm whose approval was refused',
          nb: 'Et kontor kjøper renhold fra en virksomhet som har fått avslag på godkjenning',
        },
        tables: {
          organisations: [
            'org_id,name,sector,register_status',
            'office,Kontor AS,other,',
            'clean,Vask AS,cleaning,Ikke godkjent',
          ],
          workers: ['worker_id,employer_id', 'w1,clean'],
          subcontracts: ['buyer_id,supplier_id,from', 'office,clean,2025-01-01'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'The cleaning firm is approved with employees', nb: 'Renholdsvirksomheten er godkjent med ansatte' },
        tables: {
          organisations: [
            'org_id,name,sector,register_status',
            'office,Kontor AS,other,',
            'clean,Vask AS,cleaning,Godkjent med ansatte',
          ],
          workers: ['worker_id,employer_id', 'w1,clean'],
          subcontracts: ['buyer_id,supplier_id,from', 'office,clean,2025-01-01'],
        },
      },
    ],
  },
  check(context, _options, coverage) {
    const findings: DraftFinding[] = [];
    for (const link of context.dataset.subcontracts ?? []) {
      const supplier = context.organisations.get(link.supplierId);
      if (!supplier) continue;
      const register =
        supplier.sector === 'cleaning'
          ? { id: 'cleaning-register' }
          : supplier.role === 'staffing-agency'
            ? { id: 'staffing-register' }
            : undefined;
      if (register === undefined) continue;
      if (supplier.registerStatus === undefined) {
        coverage.unmeasured('no-status', link);
        continue;
      }
      coverage.judged();
      if (supplier.registerStatus === 'approved') continue;
      const severity: Severity = supplier.registerStatus === 'pending' ? 'medium' : 'high';
      findings.push({
        subject: { kind: 'employer', id: link.buyerId },
        ...(link.from || link.to ? { period: { from: link.from ?? link.to!, to: link.to ?? context.referenceDate } } : {}),
        severity,
        message: {
          id: 'not-approved',
          data: {
            supplier: link.supplierId,
            name: supplier.name ? ` (${supplier.name})` : '',
            register,
            status: codeMessage('register-status', supplier.registerStatus),
          },
        },
        evidence: [evidenceOf(link, 'supplierId'), evidenceOf(supplier, 'registerStatus')],
      });
    }
    return findings;
  },
});
