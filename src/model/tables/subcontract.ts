import * as z from 'zod';
import { currencyField, dateField, flagField, idField, moneyField, quantityField, textField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const termInOrder = datesInOrder('from', 'to');

/** One link of a contracting chain: a buyer and its supplier (table `subcontracts`, nb `kontraktskjede`). */
export const SubcontractSchema = withRowChecks(
  z.object({
    buyerId: idField('org_id of the buyer (client or contractor)', ['oppdragsgiver_id', 'oppdragsgiver']),
    supplierId: idField('org_id of the supplier (contractor or subcontractor)', [
      'leverandør_id',
      'leverandor_id',
      'underleverandør',
    ]),
    project: textField('project or site', ['prosjekt']).optional(),
    from: dateField('first day of the contract', ['fra', 'fra_dato']).optional(),
    to: dateField('last day of the contract', ['til', 'til_dato']).optional(),
    valueMinor: moneyField('contract value', ['verdi', 'kontraktsverdi']).optional(),
    estimatedHours: quantityField('hours of work the price must cover', 100_000_000, ['estimerte_timer']).optional(),
    dutyChecked: flagField(
      'the buyer has checked that the supplier pays the generally applicable minimum wage (påseplikt, allmenngjøringsloven § 13)',
      ['påseplikt', 'paseplikt', 'påseplikt_utført'],
    ).optional(),
    currency: currencyField(),
  }),
  [
    { check: (link) => link.buyerId !== link.supplierId, message: 'an organisation cannot buy from itself', field: 'supplierId' },
    termInOrder,
  ],
);

/** A subcontract row (see {@link SubcontractSchema}). */
export type Subcontract = z.infer<typeof SubcontractSchema>;
