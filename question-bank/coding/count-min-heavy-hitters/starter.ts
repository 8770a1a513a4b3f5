function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function column(key: string, r: number, width: number): number {
  return (Math.imul(fnv1a(key) ^ Math.imul(r, 0x9e3779b9), 0x85ebca6b) >>> 0) % width;
}

function heavyHitters(stream: string, width: number, depth: number, k: number): [string, number][] {
  // Your code here.
  return [];
}
