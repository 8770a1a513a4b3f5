type QueryValue = string | null;

function parseQuery(query: string): Record<string, QueryValue | QueryValue[]> {
  // Your code here.
  throw new Error('Not implemented');
}
