import type { Logger } from '../../logger';
import type { Store } from '../../store/port';

/**
 * With several nodes, a round's deadline must fire even when the node that started it is gone
 * [ST9]. Every node lists the timed sessions now and then and takes a fresh look (`probe`) at each
 * session whose deadline it has not seen yet; the look schedules the real deadline.
 */
export class DeadlineSweep {
  private readonly seen = new Map<string, number>();
  private readonly ignored = new Set<string>();
  private handle: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly store: Store,
    private readonly probe: (sessionId: string) => void,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  /** Sweeps now and then every `intervalMs`; resolves after the first sweep. */
  async start(): Promise<void> {
    this.handle = setInterval(() => void this.sweep(), this.intervalMs);
    this.handle.unref();
    await this.sweep();
  }

  /** Live interviews are listed too; their timers are not practice's. */
  ignore(sessionId: string): void {
    this.ignored.add(sessionId);
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle);
    this.handle = null;
  }

  private async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const listed = await this.store.listTimedSessions();
      const ids = new Set(listed.map((s) => s.id));
      for (const id of this.seen.keys()) if (!ids.has(id)) this.seen.delete(id);
      for (const id of this.ignored) if (!ids.has(id)) this.ignored.delete(id);
      for (const { id, deadline } of listed) {
        if (this.ignored.has(id) || this.seen.get(id) === deadline) continue;
        this.seen.set(id, deadline);
        this.probe(id);
      }
    } catch (error) {
      this.log.warn(
        { err: error },
        'listing timed sessions failed; trying again at the next sweep',
      );
    } finally {
      this.running = false;
    }
  }
}
