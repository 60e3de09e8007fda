import * as z from 'zod';
import type { Language } from './messages.js';

/**
 * Messages as data, in the manner of ESLint's `meta.messages`: a rule reports a message id and
 * its data, and the text is rendered in the report's language from templates such as
 * `Worked {{hours}} hours on {{date}}`. A value can itself be a message (a phrase with its own
 * id, such as the description of a rota) or a list of them, so messages built from parts are
 * translated part by part.
 * @module
 */

/** A message: its id and the values its template names. */
export interface Message {
  readonly id: string;
  readonly data?: MessageData;
}

/** A value a template can name. */
export type MessageValue = string | number | Message | readonly Message[];
export type MessageData = Readonly<Record<string, MessageValue>>;

/** The data of a message, as the JSON report carries it. */
export const MessageDataSchema: z.ZodType<MessageData> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), z.number(), MessageSchema, z.array(MessageSchema)])),
);
// Recursive, so typed by the interface (as zod's docs do for recursive schemas).
export const MessageSchema = z.lazy(() =>
  z.object({ id: z.string(), data: MessageDataSchema.optional() }),
) as unknown as z.ZodType<Message>;

/** Templates by message id, each in every language. */
export type MessageTemplates = Readonly<Record<string, { readonly en: string; readonly nb: string }>>;

/** `{{name}}` or `{{name|separator}}` (the separator joins a list; default `, `). */
const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w]*)\s*(?:\|([^}]*))?\}\}/g;

/** @summary The names a template uses, sorted. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** Thrown for a message that names an unknown id or lacks a value its template needs. */
export class MessageError extends Error {
  override readonly name = 'MessageError';
}

/**
 * @summary Render a message in a language: its template from the first catalogue that has its
 * id, each `{{name}}` replaced by its value (messages rendered the same way, lists joined).
 * @throws MessageError for an unknown id, or a value the template names that the data lacks
 * @example
 * formatMessage({ id: 'day', data: { hours: 14 } }, 'nb', [{ day: { en: 'Worked {{hours}} hours', nb: 'Arbeidet {{hours}} timer' } }])
 * //=> 'Arbeidet 14 timer'
 */
export function formatMessage(message: Message, lang: Language, catalogues: readonly MessageTemplates[]): string {
  const template = catalogues.find((catalogue) => Object.hasOwn(catalogue, message.id))?.[message.id];
  if (template === undefined) throw new MessageError(`unknown message id "${message.id}"`);
  const data = message.data ?? {};
  return template[lang].replace(PLACEHOLDER, (_, name: string, separator: string | undefined) => {
    if (!Object.hasOwn(data, name)) throw new MessageError(`message "${message.id}" needs a value for {{${name}}}`);
    const value = data[name]!;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map((part) => formatMessage(part, lang, catalogues)).join(separator ?? ', ');
    return formatMessage(value as Message, lang, catalogues);
  });
}
