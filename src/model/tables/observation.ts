import * as z from 'zod';
import { CODE_WORDS, CONFIDENCE_LEVELS, OBSERVATION_CODES, OBSERVATION_SOURCES } from '../enums.js';
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
  indicator: enumField(
    OBSERVATION_CODES,
    'ILO indicator code (see the ILO indicators table), or a work-crime sign: false-declarations, illegal-employment, usury, pay-returned-to-employer, control-of-worker-account',
    ['indikator'],
  ),
  note: personalData(textField('what was seen', ['merknad', 'notat'])).optional(),
  confidence: enumField(CONFIDENCE_LEVELS, 'low, medium or high', ['sikkerhet', 'tillit'], CODE_WORDS.confidence).optional(),
});

/** An observation row (see {@link ObservationSchema}). */
export type Observation = z.infer<typeof ObservationSchema>;
