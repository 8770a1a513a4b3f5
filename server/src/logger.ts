import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger for the process; secrets are redacted wherever they appear in a log object. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['password', '*.password', 'req.headers.cookie', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  });
}
