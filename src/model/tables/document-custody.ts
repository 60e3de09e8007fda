import * as z from 'zod';
import { CODE_WORDS, DOCUMENT_HOLDERS, DOCUMENT_KINDS } from '../enums.js';
import { dateField, enumField, flagField, idField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const heldInOrder = datesInOrder('from', 'to');

/** Who holds a worker's document and since when (table `documents`, nb `dokumenter`). */
export const DocumentCustodySchema = withRowChecks(
  z.object({
    workerId: idField('worker_id of the document owner', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    document: enumField(
      DOCUMENT_KINDS,
      'passport, id-card, residence-permit, bank-card or phone',
      ['dokument'],
      CODE_WORDS.documentKind,
    ).optional(),
    heldBy: enumField(
      DOCUMENT_HOLDERS,
      'who holds it: worker, employer, recruiter, landlord, other',
      ['oppbevart_av', 'holdes_av'],
      CODE_WORDS.documentHolder,
    ).optional(),
    from: dateField('held from', ['fra', 'fra_dato']).optional(),
    to: dateField('held until', ['til', 'til_dato']).optional(),
    workerHasAccess: flagField('the worker can get the document when they want', ['tilgang', 'har_tilgang']).optional(),
  }),
  [heldInOrder],
);

/** A document-custody row (see {@link DocumentCustodySchema}). */
export type DocumentCustody = z.infer<typeof DocumentCustodySchema>;
