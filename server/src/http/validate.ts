import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { describeZodError } from '@mockloop/shared';
import { validationFailed } from './AppError';

type Part = 'body' | 'query' | 'params';

/**
 * Checks one part of a request against a zod schema and stores the parsed value in
 * `res.locals[part]`, so handlers read typed, checked data and never the raw request.
 */
export function validate(part: Part, schema: z.ZodType): RequestHandler {
  return (req, res, next) => {
    const result = schema.safeParse(req[part]);
    if (!result.success) {
      next(validationFailed(`Invalid ${part}: ${describeZodError(result.error)}`));
      return;
    }
    res.locals[part] = result.data;
    next();
  };
}

/** Reads what `validate(part, schema)` stored, typed by the same schema. */
export function checked<S extends z.ZodType>(
  locals: Record<string, unknown>,
  part: Part,
  _schema: S,
): z.infer<S> {
  return locals[part] as z.infer<S>;
}
