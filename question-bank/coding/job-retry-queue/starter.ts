class JobQueue {
  constructor(
    private readonly visibilityMs: number,
    private readonly maxReceives: number,
  ) {}

  enqueue(id: string, now: number): boolean {
    return true;
  }

  /** A receipt "<id>#<receive count>", or null if no job is visible. */
  receive(now: number): string | null {
    return null;
  }

  ack(receipt: string, now: number): boolean {
    return false;
  }

  nack(receipt: string, now: number, delayMs: number): boolean {
    return false;
  }

  deadLetters(): string[] {
    return [];
  }
}
