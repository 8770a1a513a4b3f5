type Session = [string, number, number, number];

/**
 * Groups times per user, sorts each user's times, and walks them once, cutting a session on a
 * gap over `gapMs` since the previous event or a span over `maxDurationMs` since the session
 * start. O(n log n).
 */
export function sessionize(
  events: [string, number][],
  gapMs: number,
  maxDurationMs: number,
): Session[] {
  const byUser = new Map<string, number[]>();
  for (const [user, t] of events) {
    const times = byUser.get(user);
    if (times) times.push(t);
    else byUser.set(user, [t]);
  }
  const sessions: Session[] = [];
  for (const [user, times] of byUser) {
    times.sort((a, b) => a - b);
    let current: Session | null = null;
    for (const t of times) {
      if (current === null || t - current[2] > gapMs || t - current[1] > maxDurationMs) {
        current = [user, t, t, 1];
        sessions.push(current);
      } else {
        current[2] = t;
        current[3]++;
      }
    }
  }
  return sessions.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
