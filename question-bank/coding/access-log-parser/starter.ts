type Entry = [string, string | null, string | null, number, number, string] | null;

function parseAccessLog(log: string): Entry[] {
  // Your code here.
  return [];
}
