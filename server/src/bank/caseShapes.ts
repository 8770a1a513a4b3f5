import { z } from 'zod';
import type { ClassCase, FunctionCase, JsonValue } from '@mockloop/shared';

/*
 * The shared case schemas check every value deeply against JsonValueSchema and copy every array,
 * which takes seconds on a bank whose large cases hold 10^5-element arrays. Values parsed from
 * tests.json are JSON by construction, so the loader checks only the shape, without copying.
 */
const json = z.custom<JsonValue>((value) => value !== undefined, 'expected a JSON value');
const array = z.custom<JsonValue[]>((value) => Array.isArray(value), 'expected an array');
const isCall = (call: unknown) =>
  Array.isArray(call) && typeof call[0] === 'string' && call[0].length > 0;
const calls = z.custom<[string, ...JsonValue[]][]>(
  (value) => Array.isArray(value) && value.length > 0 && value.every(isCall),
  'expected a non-empty array of calls, each ["method", ...args]',
);
const name = z.string().min(1).max(120);

export const FunctionCaseShape: z.ZodType<FunctionCase> = z
  .object({ name, args: array, expected: json })
  .strict();

export const ClassCaseShape: z.ZodType<ClassCase> = z
  .object({ name, calls, expected: array })
  .strict()
  .refine((c) => c.calls.length === c.expected.length, {
    message: 'expected must have one result per call (the constructor counts as null)',
    path: ['expected'],
  });
