/** Messages between the playground page and its screening worker. */
import type { Jurisdiction } from '../src/index.js';
import type { Language } from '../src/i18n/messages.js';

export interface ScreenRequest {
  readonly type: 'screen';
  readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[];
  readonly jurisdiction: Jurisdiction | 'auto';
  readonly lang: Language;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly stage: string; readonly done: number; readonly total: number }
  | {
      readonly type: 'result';
      readonly html: string;
      readonly downloads: { readonly json: string; readonly sarif: string; readonly csv: string };
      readonly summary: string;
      /** Reading issues as the CLI prints them (`file:line: severity: message`). */
      readonly issues: readonly string[];
    }
  | { readonly type: 'error'; readonly message: string; readonly issues: readonly string[] };
