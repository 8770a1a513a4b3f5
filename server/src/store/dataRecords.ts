import { z } from 'zod';
import { AuthSessionSchema, SessionEventSchema, SessionSchema, UserSchema } from '@mockloop/shared';
import { storeInvalid } from './errors';
import type { DataRecord } from './port';

/** First line of every export file; the importer refuses other formats and newer versions. */
export const EXPORT_HEADER = { type: 'header', format: 'mockloop-export', version: 1 } as const;

const DataRecordSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), user: UserSchema }).strict(),
  z.object({ type: z.literal('session'), session: SessionSchema }).strict(),
  z.object({ type: z.literal('event'), event: SessionEventSchema }).strict(),
  z.object({ type: z.literal('authSession'), authSession: AuthSessionSchema }).strict(),
]);

/** Checks a record about to be imported against the same schemas live writes use. */
export function checkDataRecord(record: unknown): DataRecord {
  const parsed = DataRecordSchema.safeParse(record);
  if (!parsed.success) throw storeInvalid('record', parsed.error);
  return parsed.data;
}

/**
 * One JSON line per record. Binary payloads cannot travel in JSON, so an event's payload is
 * wrapped: `{ "json": value }` or `{ "base64": "..." }`; a JSON payload shaped like a wrapper
 * stays unambiguous.
 */
export function toJsonLine(record: DataRecord | typeof EXPORT_HEADER): string {
  if (record.type !== 'event') return JSON.stringify(record);
  const { payload, ...rest } = record.event;
  const wrapped =
    payload instanceof Uint8Array
      ? { base64: Buffer.from(payload).toString('base64') }
      : { json: payload };
  return JSON.stringify({ type: 'event', event: { ...rest, payload: wrapped } });
}

const WrappedPayloadSchema = z.union([
  z.object({ base64: z.base64() }).strict(),
  z.object({ json: z.unknown() }).strict(),
]);

/** Parses one line of an export file; `null` for the header line. */
export function fromJsonLine(line: string, lineNumber: number): DataRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw storeInvalid(`line ${lineNumber}`, 'not JSON');
  }
  const header = z
    .object({ type: z.literal('header') })
    .loose()
    .safeParse(value);
  if (header.success) {
    const { format, version } = header.data as { format?: unknown; version?: unknown };
    if (format !== EXPORT_HEADER.format || version !== EXPORT_HEADER.version) {
      throw storeInvalid(`line ${lineNumber}`, 'not a mockloop-export version 1 header');
    }
    return null;
  }
  const event = z
    .object({
      type: z.literal('event'),
      event: z.object({ payload: WrappedPayloadSchema }).loose(),
    })
    .safeParse(value);
  if (event.success) {
    const wrapped = event.data.event.payload;
    const payload =
      'base64' in wrapped ? new Uint8Array(Buffer.from(wrapped.base64, 'base64')) : wrapped.json;
    return checkLine({ type: 'event', event: { ...event.data.event, payload } }, lineNumber);
  }
  return checkLine(value, lineNumber);
}

function checkLine(value: unknown, lineNumber: number): DataRecord {
  const parsed = DataRecordSchema.safeParse(value);
  if (!parsed.success) throw storeInvalid(`record on line ${lineNumber}`, parsed.error);
  return parsed.data;
}
