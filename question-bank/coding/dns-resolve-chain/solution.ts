interface NameRecords {
  cname: string | null; // the first CNAME target, normalised
  addresses: string[]; // A values in record order, without duplicates
}

const MAX_HOPS = 8;

function normalise(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function buildZone(records: string[]): Map<string, NameRecords> {
  const zone = new Map<string, NameRecords>();
  for (const line of records) {
    const [rawName, rawType, value] = line.trim().split(/ +/) as [string, string, string];
    const name = normalise(rawName);
    let entry = zone.get(name);
    if (entry === undefined) zone.set(name, (entry = { cname: null, addresses: [] }));
    const type = rawType.toUpperCase();
    if (type === 'CNAME' && entry.cname === null) entry.cname = normalise(value);
    if (type === 'A' && !entry.addresses.includes(value)) entry.addresses.push(value);
  }
  return zone;
}

/** The records answering for `name`: its own, else the longest matching wildcard, else none. */
function lookup(zone: Map<string, NameRecords>, name: string): NameRecords | undefined {
  const own = zone.get(name);
  if (own !== undefined) return own;
  for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) {
    const wildcard = zone.get(`*${name.slice(dot)}`);
    if (wildcard !== undefined) return wildcard;
  }
  return undefined;
}

/**
 * One Map from normalised name to its records, then a walk of at most MAX_HOPS CNAMEs per query,
 * remembering the names seen to detect loops. O(records + queries * hops * labels).
 */
export function resolveAll(records: string[], queries: string[]): (string[] | string)[] {
  const zone = buildZone(records);
  return queries.map((query) => {
    let name = normalise(query);
    const seen = new Set([name]);
    for (let hops = 0; ; hops++) {
      const entry = lookup(zone, name);
      if (entry === undefined) return 'NXDOMAIN';
      if (entry.cname !== null) {
        if (seen.has(entry.cname)) return 'LOOP';
        if (hops === MAX_HOPS) return 'DEPTH';
        name = entry.cname;
        seen.add(name);
        continue;
      }
      return entry.addresses.length > 0 ? [...entry.addresses] : 'NODATA';
    }
  });
}
