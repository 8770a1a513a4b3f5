import { ZodError } from 'zod';
import { describeZodError, ErrorCode } from '@mockloop/shared';
import { AppError } from '../http/AppError';

/**
 * Store errors are AppErrors, so a route that lets one escape answers with the right status and
 * the usual `{ error: { code, message } }` body.
 */
export class StoreError extends AppError {
  override name = 'StoreError';
}

export function storeInvalid(what: string, error: ZodError | string): StoreError {
  const detail = error instanceof ZodError ? describeZodError(error) : error;
  return new StoreError(400, ErrorCode.ValidationFailed, `Invalid ${what}: ${detail}`);
}

export function storeNotFound(what: string): StoreError {
  return new StoreError(404, ErrorCode.NotFound, `${what} not found.`);
}

export function storeConflict(message: string): StoreError {
  return new StoreError(409, ErrorCode.Conflict, message);
}
