import { canonicalHeader } from '../ingest/headers.js';
import { fieldMeta } from '../model/fields.js';
import { TABLE_NAMES, TABLES } from '../model/tables.js';
import type { Screening } from '../screen/screen.js';
import type { Message, MessageData } from '../i18n/format-message.js';

/** CSV headers of personal-data columns in any table (names, national ids, accounts, phones, addresses…). */
function personalHeaders(): ReadonlySet<string> {
  const headers = new Set<string>();
  for (const name of TABLE_NAMES) {
    const shape = TABLES[name].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>;
    for (const [field, schema] of Object.entries(shape)) if (fieldMeta(schema)?.personal) headers.add(canonicalHeader(field));
  }
  return headers;
}

const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Message data with every text value scrubbed, nested messages included. */
function scrubData(data: MessageData, scrub: (text: string) => string): MessageData {
  const scrubMessage = (message: Message): Message =>
    message.data === undefined ? message : { ...message, data: scrubData(message.data, scrub) };
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? scrub(value)
        : typeof value === 'number'
          ? value
          : Array.isArray(value)
            ? value.map(scrubMessage)
            : scrubMessage(value as Message),
    ]),
  );
}

/** Options of {@link pseudonymise}. */
export interface PseudonymiseOptions {
  /** Also replace worker ids (on when they could be national ids or names). Default `true`. */
  readonly workerIds?: boolean;
}

/**
 * @summary Replace personal data in a screening with keyed tokens, consistently: the same value
 * always gets the same token under the same key, so findings, workers and evidence still link.
 *
 * @description
 * Tokens are `p-` + the first 16 hex digits of HMAC-SHA-256(key, value), computed with Web Crypto
 * (browsers, workers, Node 20+). Replaced: worker ids (subjects, worker lists, and wherever they
 * occur in messages), evidence values of personal-data columns (`name`, `national_id`,
 * `bank_account`, `to_account`, `phone`, `address`, `hms_card`, `note`, …) and those values where
 * they occur in messages. Organisation ids are kept: employers are not protected persons. Without
 * the key the tokens cannot be reversed or recomputed from guessed values.
 *
 * @throws TypeError when the key is shorter than 16 bytes
 */
export async function pseudonymise(
  screening: Screening,
  key: string | Uint8Array,
  options: PseudonymiseOptions = {},
): Promise<Screening> {
  const keyBytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (keyBytes.byteLength < 16) throw new TypeError('the pseudonymisation key must be at least 16 bytes');
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    keyBytes as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const personal = personalHeaders();
  const values = new Set<string>();
  if (options.workerIds ?? true) for (const worker of screening.workers) values.add(worker.id);
  if (options.workerIds ?? true)
    for (const finding of screening.findings) if (finding.subject.kind === 'worker') values.add(finding.subject.id);
  for (const finding of screening.findings)
    for (const evidence of finding.evidence)
      if (personal.has(evidence.field) && evidence.value !== '') values.add(evidence.value);

  const tokens = new Map<string, string>();
  for (const value of [...values].sort()) {
    const mac = await globalThis.crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(value));
    tokens.set(value, `p-${toHex(mac).slice(0, 16)}`);
  }
  // Longest first, so a value inside another value is not replaced half-way.
  const ordered = [...tokens.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = ordered.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = ordered.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const scrub = (text: string) => (pattern ? text.replace(pattern, (match) => tokens.get(match) ?? match) : text);
  const token = (value: string) => tokens.get(value) ?? value;

  return {
    ...screening,
    findings: screening.findings.map((f) => ({
      ...f,
      subject: f.subject.kind === 'worker' ? { ...f.subject, id: token(f.subject.id) } : f.subject,
      message: scrub(f.message),
      // The data a message is rendered from holds the same values: scrubbed the same way.
      data: scrubData(f.data, scrub),
      evidence: f.evidence.map((e) => ({ ...e, value: personal.has(e.field) ? token(e.value) : scrub(e.value) })),
    })),
    workers: screening.workers.map((w) => ({ ...w, id: token(w.id) })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ingestIssues: screening.ingestIssues.map((issue) => ({
      ...issue,
      message: scrub(issue.message),
      ...(issue.value !== undefined ? { value: scrub(issue.value) } : {}),
    })),
  };
}
