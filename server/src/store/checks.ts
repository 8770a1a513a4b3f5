import type { z } from 'zod';
import { storeInvalid, storeNotFound } from './errors';

/** Parses a value with a schema; a failure becomes a `validation_failed` store error. */
export function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw storeInvalid(what, parsed.error);
  return parsed.data;
}

/**
 * Ids, usernames and token hashes reach queries as values; anything but a short string (say a
 * `{ "$gt": "" }` object from a careless route) is refused here, before any adapter sees it.
 */
export function key(value: unknown, what: string): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= 128) return value;
  throw storeInvalid(what, 'must be a string of 1 to 128 characters');
}

/** Adapters answer `null` for "no such row"; the port answers `not_found`. */
export function found<T>(value: T | null, what: string): T {
  if (value === null) throw storeNotFound(what);
  return value;
}
