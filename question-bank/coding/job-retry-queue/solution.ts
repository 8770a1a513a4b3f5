interface Job {
  id: string;
  seq: number; // enqueue order, the tie-break between equal visibility times
  receives: number;
  visibleAt: number;
  inFlight: boolean;
}

interface Entry {
  visibleAt: number;
  seq: number;
  job: Job;
}

const before = (a: Entry, b: Entry) =>
  a.visibleAt < b.visibleAt || (a.visibleAt === b.visibleAt && a.seq < b.seq);

/**
 * Jobs by id in a Map; a min-heap of (visibleAt, seq) entries with lazy deletion: an entry is
 * live only if its job still exists and still becomes visible at that time. Each operation is
 * O(log n) amortized.
 */
export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly heap: Entry[] = [];
  private readonly dead: string[] = [];
  private nextSeq = 0;

  constructor(
    private readonly visibilityMs: number,
    private readonly maxReceives: number,
  ) {}

  enqueue(id: string, now: number): boolean {
    if (this.jobs.has(id)) return false;
    const job: Job = { id, seq: this.nextSeq++, receives: 0, visibleAt: now, inFlight: false };
    this.jobs.set(id, job);
    this.schedule(job, now);
    return true;
  }

  receive(now: number): string | null {
    while (this.heap.length > 0 && this.heap[0]!.visibleAt <= now) {
      const { job, visibleAt } = this.pop();
      if (this.jobs.get(job.id) !== job || job.visibleAt !== visibleAt) continue; // stale entry
      if (job.receives === this.maxReceives) {
        this.jobs.delete(job.id);
        this.dead.push(job.id);
        continue;
      }
      job.receives++;
      job.inFlight = true;
      this.schedule(job, now + this.visibilityMs);
      return `${job.id}#${job.receives}`;
    }
    return null;
  }

  ack(receipt: string, now: number): boolean {
    const job = this.leased(receipt, now);
    if (job === null) return false;
    this.jobs.delete(job.id);
    return true;
  }

  nack(receipt: string, now: number, delayMs: number): boolean {
    const job = this.leased(receipt, now);
    if (job === null) return false;
    job.inFlight = false;
    this.schedule(job, now + delayMs);
    return true;
  }

  deadLetters(): string[] {
    return [...this.dead];
  }

  /** The job if the receipt is its latest delivery and that delivery's lease is still running. */
  private leased(receipt: string, now: number): Job | null {
    const hash = receipt.lastIndexOf('#');
    const job = this.jobs.get(receipt.slice(0, hash));
    if (job === undefined || !job.inFlight || String(job.receives) !== receipt.slice(hash + 1))
      return null;
    return now < job.visibleAt ? job : null;
  }

  private schedule(job: Job, visibleAt: number): void {
    job.visibleAt = visibleAt;
    const h = this.heap;
    const entry = { visibleAt, seq: job.seq, job };
    let i = h.length;
    h.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, h[parent]!)) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = entry;
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= h.length) break;
      if (child + 1 < h.length && before(h[child + 1]!, h[child]!)) child++;
      if (!before(h[child]!, last)) break;
      h[i] = h[child]!;
      i = child;
    }
    h[i] = last;
    return top;
  }
}
