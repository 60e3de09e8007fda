import * as z from 'zod';
import type { SourcedRow } from '../../../model/dataset.js';
import type { Severity } from '../../../model/enums.js';
import { evidenceOf, groupsByKey } from '../../context.js';
import type { Evidence } from '../../finding.js';
import { paymentsUnderMinimum } from '../../minimum-pay.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { groupBy } from '../../../collections/group-by.js';

const options = z
  .object({
    tolerancePct: z
      .number()
      .min(0)
      .max(10)
      .default(0.5)
      .describe('Shortfalls of a supplier’s pay below this share of the minimum are ignored (as in no/minimum-wage).'),
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

type Link = SourcedRow<'subcontracts'>;

export const buyerDuty = defineRule({
  meta: {
    id: 'no/buyer-duty',
    title: {
      en: 'Buyer’s own duty to ensure its supplier pays the minimum wage',
      nb: 'Oppdragsgiverens egen påseplikt for leverandørens minstelønn',
    },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    needs: ['subcontracts', 'payments'],
    legalRefs: [
      'allmenngjøringsloven § 13 (solidaransvar)',
      'forskrift om informasjons- og påseplikt og innsynsrett (påseplikt)',
    ],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'A buyer of work covered by a generally applicable agreement must ensure that its suppliers pay the minimum wage (påseplikt) and is jointly liable for the wages (allmenngjøringsloven § 13). This rule reports the **buyer’s own** breach: for each buyer–supplier link in `subcontracts`, when workers of the supplier are paid under the minimum wage (as no/minimum-wage finds it) during the link’s term and the link does not record that the buyer checked (`duty_checked`), one finding about the buyer.',
        '',
        'Graded `high` when `duty_checked` is `false`: the buyer did not check, a breach of its own duty that sets its own level. When it is not recorded the finding is `info`: the buyer is jointly liable for the wages, but whether it checked is not known, so no level follows (ask). With `duty_checked` `true` the buyer did its part and nothing is reported about it. The supplier’s findings stay the supplier’s, shown to the buyer *in chain* only.',
      ].join('\n'),
      nb: 'En oppdragsgiver skal påse at leverandørene betaler allmenngjort minstelønn, og hefter solidarisk for lønnen (allmenngjøringsloven § 13). Regelen melder oppdragsgiverens eget brudd: når leverandørens arbeidstakere er betalt under minstelønnen i kontraktens løpetid og kontraktsleddet ikke viser at oppdragsgiveren har kontrollert (`duty_checked`). `high` når det står at påseplikten ikke er utført; `info` (uten nivå) når det ikke er registrert, for oppdragsgiveren hefter for lønnen, men om den har kontrollert, er ukjent.',
    },
    nextSteps: {
      en: 'Ask the buyer for its documentation of the duty to ensure (the supplier’s pay slips and time sheets it checked, and when); claim the wages from the buyer under joint liability where the supplier does not pay; report to the Labour Inspection Authority.',
      nb: 'Be oppdragsgiveren om dokumentasjon av påseplikten (leverandørens lønnsslipper og timelister som ble kontrollert, og når); krev lønnen fra oppdragsgiveren etter solidaransvaret der leverandøren ikke betaler; meld fra til Arbeidstilsynet.',
    },
    messages: {
      'not-checked': {
        en: 'Buys from {{supplier}}, which paid {{workers}} worker(s) under the generally applicable minimum wage in {{payments}} payment(s) during the contract, and the buyer did not check the pay (påseplikt); the buyer is jointly liable for the wages (allmenngjøringsloven § 13).',
        nb: 'Kjøper fra {{supplier}}, som betalte {{workers}} arbeidstaker(e) under allmenngjort minstelønn i {{payments}} utbetaling(er) i kontraktsperioden, og kjøperen kontrollerte ikke lønnen (påseplikt); kjøperen er solidarisk ansvarlig for lønnen (allmenngjøringsloven § 13).',
      },
      'check-not-recorded': {
        en: 'Buys from {{supplier}}, which paid {{workers}} worker(s) under the generally applicable minimum wage in {{payments}} payment(s) during the contract, and nothing records that the buyer checked the pay (påseplikt); the buyer is jointly liable for the wages (allmenngjøringsloven § 13).',
        nb: 'Kjøper fra {{supplier}}, som betalte {{workers}} arbeidstaker(e) under allmenngjort minstelønn i {{payments}} utbetaling(er) i kontraktsperioden, og ingenting viser at kjøperen kontrollerte lønnen (påseplikt); kjøperen er solidarisk ansvarlig for lønnen (allmenngjøringsloven § 13).',
      },
    },
    coverage: {
      unit: { en: 'buyer–supplier links without a recorded check', nb: 'kontraktsledd uten registrert kontroll' },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'A main contractor buys from a firm paying NOK 180 an hour, and has not checked',
          nb: 'En hovedentreprenør kjøper fra et firma som betaler 180 kroner timen, uten å ha kontrollert',
        },
        tables: {
          organisations: ['org_id,name,sector', 'main,Hoved AS,construction', 'sub,Under AS,construction'],
          workers: ['worker_id,employer_id', 'w1,sub'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-09-01,2025-09-30,28800.00,160'],
          subcontracts: ['buyer_id,supplier_id,from,to,duty_checked', 'main,sub,2025-01-01,2025-12-31,no'],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'The same supplier, and the buyer has documented its checks',
          nb: 'Samme leverandør, og oppdragsgiveren har dokumentert kontrollen',
        },
        tables: {
          organisations: ['org_id,name,sector', 'main,Hoved AS,construction', 'sub,Under AS,construction'],
          workers: ['worker_id,employer_id', 'w1,sub'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-09-01,2025-09-30,28800.00,160'],
          subcontracts: ['buyer_id,supplier_id,from,to,duty_checked', 'main,sub,2025-01-01,2025-12-31,yes'],
        },
      },
    ],
  },
  skipReason: (context) =>
    context.jurisdiction.minimumWages.length === 0
      ? context.jurisdiction.noMinimumWageReason
        ? { id: 'skip.pack-reason', data: { ...context.jurisdiction.noMinimumWageReason } }
        : { id: 'skip.no-minimum-wages' }
      : undefined,
  check(context, opts, coverage) {
    const links = (context.dataset.subcontracts ?? []).filter((link) => link.dutyChecked !== true);
    if (links.length === 0) return [];
    coverage.judged(links.length);
    const suppliers = new Set(links.map((link) => link.supplierId));
    // The payments under the minimum of each supplier's workers, a worker at a time.
    const underBySupplier = new Map<string, ReturnType<typeof paymentsUnderMinimum>>();
    for (const [workerId, payments] of groupsByKey(context.paymentsByWorker)) {
      const worker = context.workers.get(workerId);
      for (const under of paymentsUnderMinimum(context, payments, opts.tolerancePct)) {
        const employer = under.pay.payment.employerId ?? worker?.employerId;
        if (employer === undefined || !suppliers.has(employer)) continue;
        const list = underBySupplier.get(employer);
        if (list) list.push(under);
        else underBySupplier.set(employer, [under]);
      }
    }
    const findings: DraftFinding[] = [];
    for (const [buyerId, own] of groupBy(links, (link: Link) => link.buyerId)) {
      for (const link of own) {
        const under = (underBySupplier.get(link.supplierId) ?? []).filter(
          ({ pay }) =>
            (link.from ?? '0000-00-00') <= pay.payment.periodEnd && (link.to ?? '9999-12-31') >= pay.payment.periodStart,
        );
        if (under.length === 0) continue;
        const workers = new Set(under.map(({ pay }) => pay.payment.workerId));
        // Not recorded: the buyer owes the wages, but whether it checked is not known, so no level.
        const severity: Severity = link.dutyChecked === false ? 'high' : 'info';
        const evidence: Evidence[] = [
          evidenceOf(link, link.dutyChecked === false ? 'dutyChecked' : 'supplierId'),
          ...under.slice(0, opts.maxEvidence).map(({ pay }) => evidenceOf(pay.payment, 'grossMinor')),
        ];
        const periods = under.map(({ pay }) => pay.payment);
        findings.push({
          subject: { kind: 'employer', id: buyerId },
          period: {
            from: periods.reduce((a, p) => (p.periodStart < a ? p.periodStart : a), periods[0]!.periodStart),
            to: periods.reduce((a, p) => (p.periodEnd > a ? p.periodEnd : a), periods[0]!.periodEnd),
          },
          severity,
          message: {
            id: link.dutyChecked === false ? 'not-checked' : 'check-not-recorded',
            data: { supplier: link.supplierId, workers: workers.size, payments: under.length },
          },
          evidence,
        });
      }
    }
    return findings;
  },
});
