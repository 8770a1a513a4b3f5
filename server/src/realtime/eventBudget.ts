import type { Event, Socket } from 'socket.io';
import { ErrorCode, type ServerToClientEvents } from '@mockloop/shared';
import { RateLimiter } from '../http/rateLimit';

/** Sustained events per second one socket may send, and the burst it may save up. */
export const EVENT_BUDGET = { perSecond: 100, burst: 300 } as const;

type BudgetedSocket = Pick<
  Socket<Record<string, never>, ServerToClientEvents>,
  'emit' | 'disconnect'
>;

/**
 * `socket.use(eventBudget(socket))`: a token bucket per socket. Live editing sends tens of
 * events a second; a socket far past that is a script, so it is told why (`system:closing`, which
 * the client can show) and disconnected, and none of its excess events reaches a handler.
 */
export function eventBudget(
  socket: BudgetedSocket,
  { perSecond, burst }: { perSecond: number; burst: number } = EVENT_BUDGET,
): (event: Event, next: (error?: Error) => void) => void {
  const bucket = new RateLimiter({ limit: burst, windowMs: (burst / perSecond) * 1000 });
  let closed = false;
  return (_event, next) => {
    if (closed) return;
    if (bucket.take('events').ok) {
      next();
      return;
    }
    closed = true;
    socket.emit('system:closing', {
      code: ErrorCode.RateLimited,
      message: `Too many messages from this connection (more than ${perSecond} a second); reload to reconnect.`,
    });
    socket.disconnect(true);
  };
}
