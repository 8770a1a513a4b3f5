import { ErrorCode } from '@mockloop/shared';

/** An error that is safe to show the caller: a status, a stable code and a message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Whole seconds before a retry can succeed; sent as `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function badRequest(message: string, code: string = ErrorCode.BadRequest): AppError {
  return new AppError(400, code, message);
}
export function validationFailed(message: string): AppError {
  return new AppError(400, ErrorCode.ValidationFailed, message);
}
export function unauthorized(message = 'Sign in first.'): AppError {
  return new AppError(401, ErrorCode.Unauthorized, message);
}
export function forbidden(message = 'You may not do that.'): AppError {
  return new AppError(403, ErrorCode.Forbidden, message);
}
export function notFound(message = 'Not found.'): AppError {
  return new AppError(404, ErrorCode.NotFound, message);
}
export function conflict(message: string): AppError {
  return new AppError(409, ErrorCode.Conflict, message);
}
export function payloadTooLarge(message: string): AppError {
  return new AppError(413, ErrorCode.PayloadTooLarge, message);
}
/** 429 with `Retry-After`: every rate limit says when to come back, in the header and the message. */
export function rateLimited(what: string, retryAfterMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError(
    429,
    ErrorCode.RateLimited,
    `Too many ${what}; try again in ${seconds} s.`,
    seconds,
  );
}
export function busy(message = 'The server is busy; try again in a moment.'): AppError {
  return new AppError(503, ErrorCode.Busy, message);
}
