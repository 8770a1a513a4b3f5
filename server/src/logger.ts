import { pino, type DestinationStream, type Logger } from 'pino';

/** Where log lines go: stdout unless given (tests capture them). */
export type { DestinationStream as LogDestination, Logger };

// A session token in a log line signs in as its owner, so every header that can carry one is
// censored wherever a request or response is logged: pino-http's `req`/`res`, an `err` with a
// request attached, or headers logged on their own. Child loggers and pino-http share these.
const SECRET_HEADERS = ['cookie', 'authorization', '["set-cookie"]', '["proxy-authorization"]'];
const HEADER_HOLDERS = ['headers', '*.headers', '*.*.headers'];
const REDACT_PATHS = [
  'password',
  '*.password',
  ...HEADER_HOLDERS.flatMap((holder) =>
    SECRET_HEADERS.map((header) => `${holder}${header.startsWith('[') ? '' : '.'}${header}`),
  ),
];

/** One JSON logger for the process; secrets are redacted wherever they appear in a log object. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}
