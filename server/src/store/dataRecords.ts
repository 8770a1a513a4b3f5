import { z } from 'zod';
import {
  AuthSessionSchema,
  fromWireEvent,
  SessionEventSchema,
  SessionSchema,
  toWireEvent,
  UserSchema,
  WireSessionEventSchema,
} from '@mockloop/shared';
import { storeInvalid } from './errors';
import type { DataRecord } from './port';

/**
 * First line of every export file; the importer refuses other formats and newer versions.
 * Version 2 writes events in the one JSON form REST uses (`payloadKind` beside the payload);
 * version 1 files, with `{ json }` / `{ base64 }` wrappers, still import.
 */
export const EXPORT_HEADER = { type: 'header', format: 'mockloop-export', version: 2 } as const;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];

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

/** One JSON line per record; an event as `toWireEvent` writes it, binary payloads as base64. */
export function toJsonLine(record: DataRecord | typeof EXPORT_HEADER): string {
  if (record.type !== 'event') return JSON.stringify(record);
  return JSON.stringify({ type: 'event', event: toWireEvent(record.event) });
}

/** Version 1's event payloads. */
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
    if (format !== EXPORT_HEADER.format || !READABLE_VERSIONS.includes(version)) {
      throw storeInvalid(`line ${lineNumber}`, 'not a mockloop-export version 1 or 2 header');
    }
    return null;
  }
  const wire = z
    .object({ type: z.literal('event'), event: WireSessionEventSchema })
    .strict()
    .safeParse(value);
  if (wire.success) return { type: 'event', event: fromWireEvent(wire.data.event) };
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
