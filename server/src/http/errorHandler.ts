import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, type ApiErrorResponse } from '@mockloop/shared';
import { AppError, notFound } from './AppError';

/** Unknown `/api/*` routes answer 404 in the error shape rather than the SPA page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(notFound(`No route ${req.method} ${req.baseUrl}${req.path}.`));
};

/** Errors body-parser raises carry a status and a type; map them to our codes. */
function fromParserError(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (type === 'entity.too.large')
    return new AppError(413, ErrorCode.PayloadTooLarge, 'Request body is too large.');
  if (type === 'entity.parse.failed')
    return new AppError(400, ErrorCode.BadRequest, 'Request body is not valid JSON.');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, ErrorCode.BadRequest, 'The request could not be read.');
  }
  return undefined;
}

/** The last middleware: every error leaves as `{ error: { code, message } }`. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const known = error instanceof AppError ? error : fromParserError(error);
  if (!known) req.log.error({ err: error }, 'unhandled error');
  const status = known?.status ?? 500;
  const body: ApiErrorResponse = {
    error: {
      code: known?.code ?? ErrorCode.Internal,
      message: known?.message ?? 'Something went wrong on our side; it has been logged.',
    },
  };
  if (res.headersSent) return;
  if (known?.retryAfterSeconds !== undefined) {
    res.setHeader('Retry-After', String(known.retryAfterSeconds));
  }
  res.status(status).json(body);
};
