import * as z from 'zod';
import {
  countField,
  currencyField,
  dateField,
  flagField,
  idField,
  moneyField,
  personalData,
  quantityField,
  textField,
} from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const stayInOrder = datesInOrder('from', 'to');

/** Where a worker lives, when known (table `accommodation`, nb `bolig`). */
export const AccommodationSchema = withRowChecks(
  z.object({
    workerId: idField('worker_id of the resident', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    address: personalData(textField('address of the dwelling', ['adresse'])),
    providerId: idField('org_id of the organisation providing the housing', ['utleier_id', 'utleier']).optional(),
    from: dateField('first night', ['fra', 'fra_dato']).optional(),
    to: dateField('last night', ['til', 'til_dato']).optional(),
    occupants: countField('people living in the dwelling', ['beboere', 'antall_beboere']).optional(),
    areaM2: quantityField('floor area in square metres', 100_000, ['areal', 'areal_m2']).optional(),
    monthlyChargeMinor: moneyField('rent charged to the worker per month', ['husleie', 'månedsleie']).optional(),
    deductedFromWage: flagField('the charge is deducted from wages', ['trukket_i_lønn', 'trukket_i_lonn']).optional(),
    household: idField('household the resident belongs to: a family sharing its home is not a cluster', [
      'husstand',
      'husholdning',
    ]).optional(),
    crewHousing: flagField("the employer's crew housing, declared as such (brakke, mannskapsbolig)", [
      'mannskapsbolig',
      'personalbolig',
    ]).optional(),
    currency: currencyField(),
  }),
  [stayInOrder],
);

/** An accommodation row (see {@link AccommodationSchema}). */
export type Accommodation = z.infer<typeof AccommodationSchema>;
