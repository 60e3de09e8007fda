import type { Jurisdiction } from '../model/enums.js';
import { DENMARK } from './dk.js';
import { ILO_BASELINE } from './ilo.js';
import { NORWAY } from './no.js';
import type { JurisdictionPack } from './pack.js';

export * from './pack.js';
export { NORWAY, DENMARK, ILO_BASELINE };

/** The built-in packs by code. */
export const JURISDICTION_PACKS: Readonly<Record<Jurisdiction, JurisdictionPack>> = {
  NO: NORWAY,
  DK: DENMARK,
  ILO: ILO_BASELINE,
};
