import {
  describeZodError,
  ErrorCode,
  type Ack,
  type AckCallback,
  type AckDataOf,
  type AckedHandler,
  type ClientEventSpec,
  type PayloadOf,
} from '@mockloop/shared';
import { AppError } from '../http/AppError';
import type { Logger } from '../logger';

/**
 * Wraps a handler for an acked event: checks the payload against the event's schema, calls
 * `handler` with the parsed value, and always answers through the ack, whether the handler
 * returns, throws or the client sent garbage. A missing ack function (a client that emitted
 * without one) is tolerated. Payload and ack types come from `spec`, the event's table entry.
 */
export function withAck<S extends ClientEventSpec>(
  spec: S,
  handler: AckedHandler<S>,
  log: Logger,
): (payload: unknown, ack?: unknown) => Promise<void> {
  type Data = AckDataOf<S>;
  return async (payload, ack) => {
    const reply: AckCallback<Data> =
      typeof ack === 'function' ? (ack as AckCallback<Data>) : () => {};
    const parsed = spec.payload.safeParse(payload);
    if (!parsed.success) {
      reply({
        ok: false,
        error: { code: ErrorCode.ValidationFailed, message: describeZodError(parsed.error) },
      });
      return;
    }
    let response: Ack<Data>;
    try {
      response = { ok: true, data: await handler(parsed.data as PayloadOf<S>) };
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
