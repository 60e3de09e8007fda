import * as z from 'zod';
import { CODE_WORDS, DEDUCTION_KINDS } from '../enums.js';
import { currencyField, enumField, idField, moneyField, personalData, textField } from '../fields.js';

/** An amount withheld from a worker's pay (table `deductions`, nb `trekk`). */
export const DeductionSchema = z.object({
  paymentId: idField('payment_id the deduction was made from', ['utbetaling_id']).optional(),
  workerId: idField('worker_id of the worker', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
  kind: enumField(DEDUCTION_KINDS, 'what the deduction is for', ['type', 'trekktype'], CODE_WORDS.deductionKind).optional(),
  amountMinor: moneyField('amount deducted (positive)', ['beløp', 'belop']),
  note: personalData(textField('free-text note', ['merknad', 'kommentar'])).optional(),
  currency: currencyField(),
});

/** A deduction row (see {@link DeductionSchema}). */
export type Deduction = z.infer<typeof DeductionSchema>;
