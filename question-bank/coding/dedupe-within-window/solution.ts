/**
 * Times never decrease, so ids are accepted in time order: a queue of accepted ids (with a head
 * index instead of `shift`) has the oldest stored id at its front, and both expiry and eviction
 * pop from there. A `Map` answers "is it stored?". O(1) amortized per event.
 */
export function dedupeDeliveries(
  events: [string, number][],
  windowMs: number,
  capacity: number,
): { dropped: number[]; evictions: number } {
  const acceptedAt = new Map<string, number>();
  const queue: string[] = [];
  let head = 0;
  const dropped: number[] = [];
  let evictions = 0;
  events.forEach(([id, t], index) => {
    while (head < queue.length && acceptedAt.get(queue[head]!)! <= t - windowMs) {
      acceptedAt.delete(queue[head++]!);
    }
    if (acceptedAt.has(id)) {
      dropped.push(index);
      return;
    }
    if (acceptedAt.size >= capacity) {
      acceptedAt.delete(queue[head++]!);
      evictions++;
    }
    acceptedAt.set(id, t);
    queue.push(id);
  });
  return { dropped, evictions };
}
