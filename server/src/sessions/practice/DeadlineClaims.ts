/**
 * Who settles a round when several nodes time the same sessions: before closing or judging a
 * round a node claims it, and only the claimant writes. A claim is a lease: it renews itself
 * while its holder works and lapses when the holder dies, so another node can take over.
 */
export interface DeadlineClaims {
  /** Claims `key` for this node; `null` when another node holds it. */
  claim(key: string): Promise<ClaimLease | null>;
}

export interface ClaimLease {
  /** Stops renewing and gives the claim up (only if this node still holds it). */
  release(): Promise<void>;
}

/**
 * The key of every piece of work on round `index`: closing it and recording its verdict. The
 * round's own deadline is part of it, so a key never outlives the round it names.
 */
export function deadlineKey(sessionId: string, index: number, deadline: number): string {
  return `deadline:${sessionId}:${index}:${deadline}`;
}
