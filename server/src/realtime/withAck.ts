import type { z } from 'zod';
import { describeZodError, ErrorCode, type Ack, type AckCallback } from '@mockloop/shared';
import { AppError } from '../http/AppError';
import type { Logger } from '../logger';

/**
 * Wraps a socket handler: checks the payload against `schema`, calls `handler` with the parsed
 * value, and always answers through the ack, whether the handler returns, throws or the client
 * sent garbage. A missing ack function (a client that emitted without one) is tolerated.
 */
export function withAck<S extends z.ZodType, T>(
  schema: S,
  handler: (payload: z.infer<S>) => T | Promise<T>,
  log: Logger,
): (payload: unknown, ack?: unknown) => Promise<void> {
  return async (payload, ack) => {
    const reply: AckCallback<T> = typeof ack === 'function' ? (ack as AckCallback<T>) : () => {};
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply({
        ok: false,
        error: { code: ErrorCode.ValidationFailed, message: describeZodError(parsed.error) },
      });
      return;
    }
    let response: Ack<T>;
    try {
      response = { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) {
        response = { ok: false, error: { code: error.code, message: error.message } };
      } else {
        log.error({ err: error }, 'socket handler failed');
        response = {
          ok: false,
          error: { code: ErrorCode.Internal, message: 'Something went wrong on our side.' },
        };
      }
    }
    reply(response);
  };
}
