/**
 * Two keys collide exactly when their sorted code points are equal, so that sorted form is the
 * group's signature. Spreading a string iterates code points, not UTF-16 units. O(n * L log L).
 */
export function groupAnagramKeys(keys: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const signature = [...key].sort().join('');
    const group = groups.get(signature);
    if (group === undefined) groups.set(signature, [key]);
    else group.push(key);
  }
  return [...groups.values()];
}
