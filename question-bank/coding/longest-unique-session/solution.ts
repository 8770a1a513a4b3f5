/**
 * Sliding window with the last index of every user. When the user at `end` was last seen inside
 * the window, the window's start jumps just past that index. O(n) time, O(distinct users) space.
 */
export function longestUniqueRun(users: string[]): number[] {
  const lastSeen = new Map<string, number>();
  let start = 0;
  let bestStart = 0;
  let bestLength = 0;
  for (let end = 0; end < users.length; end++) {
    const user = users[end] as string;
    const previous = lastSeen.get(user);
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(user, end);
    if (end - start + 1 > bestLength) {
      bestLength = end - start + 1;
      bestStart = start;
    }
  }
  return [bestStart, bestLength];
}
