import type { Logger } from './logger';

/**
 * On SIGTERM or SIGINT (once), runs `stop` and exits 0, or 1 when it fails or takes longer
 * than `deadlineMs`: a process manager's stop never hangs on a stuck dependency.
 */
export function exitOnSignals(
  log: Logger,
  { what, deadlineMs, stop }: { what: string; deadlineMs: number; stop: () => Promise<unknown> },
): void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${what} stopping`);
    setTimeout(() => {
      log.error(`${what} took longer than ${deadlineMs / 1000} s to stop; exiting anyway`);
      process.exit(1);
    }, deadlineMs).unref();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, `${what} shutdown failed`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
