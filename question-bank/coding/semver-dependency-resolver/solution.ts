type Registry = Record<string, Record<string, Record<string, string>>>;
type Version = [number, number, number];
type Check = (v: Version) => boolean;

function parseVersion(text: string): Version {
  return text.split('.').map(Number) as Version;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The upper bound of a caret range: the first non-zero part is the one that may not change. */
function caretLimit([major, minor, patch]: Version): Version {
  if (major > 0) return [major + 1, 0, 0];
  if (minor > 0) return [0, minor + 1, 0];
  return [0, 0, patch + 1];
}

function parseComparator(token: string): Check {
  if (token === '*') return () => true;
  const op = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(token)!;
  const v = parseVersion(op[2]!);
  switch (op[1]) {
    case '^': {
      const limit = caretLimit(v);
      return (x) => compare(x, v) >= 0 && compare(x, limit) < 0;
    }
    case '~':
      return (x) => compare(x, v) >= 0 && compare(x, [v[0], v[1] + 1, 0]) < 0;
    case '>=':
      return (x) => compare(x, v) >= 0;
    case '<=':
      return (x) => compare(x, v) <= 0;
    case '>':
      return (x) => compare(x, v) > 0;
    case '<':
      return (x) => compare(x, v) < 0;
    default:
      return (x) => compare(x, v) === 0;
  }
}

function parseRange(range: string): Check {
  const checks = range.trim().split(/\s+/).map(parseComparator);
  return (v) => checks.every((check) => check(v));
}

interface Requirement {
  name: string;
  check: Check;
}

/**
 * Depth-first search over a FIFO of requirements. A package is chosen at its first requirement,
 * trying matching versions newest first; every later requirement on it is checked against the
 * choice, and a failed check backtracks to the most recent choice with versions left to try.
 */
export function resolve(
  registry: Registry,
  root: Record<string, string>,
): Record<string, string> | null {
  const sorted = new Map<string, { text: string; v: Version }[]>();
  for (const [name, versions] of Object.entries(registry)) {
    const list = Object.keys(versions).map((text) => ({ text, v: parseVersion(text) }));
    sorted.set(
      name,
      list.sort((a, b) => compare(b.v, a.v)),
    );
  }
  const chosen = new Map<string, { text: string; v: Version }>();
  const requirements = (deps: Record<string, string>): Requirement[] =>
    Object.entries(deps).map(([name, range]) => ({ name, check: parseRange(range) }));

  const search = (queue: Requirement[], at: number): boolean => {
    if (at === queue.length) return true;
    const { name, check } = queue[at]!;
    const picked = chosen.get(name);
    if (picked !== undefined) return check(picked.v) && search(queue, at + 1);
    for (const candidate of sorted.get(name) ?? []) {
      if (!check(candidate.v)) continue;
      chosen.set(name, candidate);
      const more = requirements(registry[name]![candidate.text]!);
      if (search([...queue, ...more], at + 1)) return true;
      chosen.delete(name);
    }
    return false;
  };

  if (!search(requirements(root), 0)) return null;
  return Object.fromEntries([...chosen].map(([name, c]) => [name, c.text]));
}
