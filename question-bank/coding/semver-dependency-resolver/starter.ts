type Registry = Record<string, Record<string, Record<string, string>>>;

function resolve(registry: Registry, root: Record<string, string>): Record<string, string> | null {
  // Your code here.
  return null;
}
