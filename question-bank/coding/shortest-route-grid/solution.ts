export function shortestRoute(floor: string[], start: number[], target: number[]): number {
  const height = floor.length;
  const width = height === 0 ? 0 : (floor[0] ?? '').length;
  const [sr = 0, sc = 0] = start;
  const [tr = 0, tc = 0] = target;
  const open = (r: number, c: number) =>
    r >= 0 && r < height && c >= 0 && c < width && floor[r]?.[c] === '.';
  if (!open(sr, sc) || !open(tr, tc)) return -1;
  if (sr === tr && sc === tc) return 0;

  const dist = new Int32Array(height * width).fill(-1);
  const queue = new Int32Array(height * width);
  let head = 0;
  let tail = 0;
  dist[sr * width + sc] = 0;
  queue[tail++] = sr * width + sc;
  const moves = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const;
  while (head < tail) {
    const cell = queue[head++] ?? 0;
    const r = Math.floor(cell / width);
    const c = cell % width;
    const next = (dist[cell] ?? 0) + 1;
    for (const [dr, dc] of moves) {
      const nr = r + dr;
      const nc = c + dc;
      if (!open(nr, nc) || dist[nr * width + nc] !== -1) continue;
      if (nr === tr && nc === tc) return next;
      dist[nr * width + nc] = next;
      queue[tail++] = nr * width + nc;
    }
  }
  return -1;
}
