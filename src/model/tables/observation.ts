import * as z from 'zod';
import { CODE_WORDS, CONFIDENCE_LEVELS, ILO_INDICATORS, OBSERVATION_SOURCES } from '../enums.js';
import { dateField, enumField, idField, personalData, textField } from '../fields.js';

/**
 * A sign seen by a person: inspector, nurse, teacher, police, NGO, or the worker
 * (table `observations`, nb `observasjoner`).
 */
export const ObservationSchema = z.object({
  subjectId: idField('worker_id or org_id the observation is about', ['gjelder_id', 'gjelder']),
  observedOn: dateField('date of the observation', ['observert', 'dato']).optional(),
  source: enumField(
    OBSERVATION_SOURCES,
    'inspection, interview, tip, police, ngo or self-report',
    ['kilde'],
    CODE_WORDS.observationSource,
  ).optional(),
  indicator: enumField(ILO_INDICATORS, 'ILO indicator code (see the ILO indicators table)', ['indikator']),
  note: personalData(textField('what was seen', ['merknad', 'notat'])).optional(),
  confidence: enumField(CONFIDENCE_LEVELS, 'low, medium or high', ['sikkerhet', 'tillit'], CODE_WORDS.confidence).optional(),
});

/** An observation row (see {@link ObservationSchema}). */
export type Observation = z.infer<typeof ObservationSchema>;
