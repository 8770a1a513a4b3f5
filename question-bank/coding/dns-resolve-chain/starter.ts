function resolveAll(records: string[], queries: string[]): (string[] | string)[] {
  // Your code here.
  return queries.map(() => 'NXDOMAIN');
}
