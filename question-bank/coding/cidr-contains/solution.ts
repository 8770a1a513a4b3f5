const LENGTH = /^(0|[1-9][0-9]?)$/;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * The address as an unsigned 32-bit number, or null when it is not a valid dotted quad. One pass
 * over the characters: on a day of traffic the parsing, not the lookup, is the hot loop.
 */
function parseAddress(text: string): number | null {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      if (digits === 0 || dots === 3) return null;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= ZERO && c <= NINE) {
      if (digits === 1 && octet === 0) return null; // a leading zero
      octet = octet * 10 + (c - ZERO);
      digits++;
      if (octet > 255) return null;
    } else return null;
  }
  if (dots !== 3 || digits === 0) return null;
  return value * 256 + octet;
}

/** The first `length` bits of an address; `>>> 32` would be a no-op, so length 0 is special. */
function topBits(address: number, length: number): number {
  return length === 0 ? 0 : address >>> (32 - length);
}

/**
 * Groups the valid entries by prefix length, keeping a set of their network bits per length; an
 * address is then at most 33 set lookups away from its answer.
 */
function allowedFlags(allowlist: string[], ips: string[]): boolean[] {
  const networks = new Map<number, Set<number>>();
  for (const entry of allowlist) {
    const slash = entry.indexOf('/');
    const address = parseAddress(slash === -1 ? entry : entry.slice(0, slash));
    const lengthText = slash === -1 ? '32' : entry.slice(slash + 1);
    if (address === null || !LENGTH.test(lengthText) || Number(lengthText) > 32) continue;
    const length = Number(lengthText);
    let set = networks.get(length);
    if (set === undefined) networks.set(length, (set = new Set()));
    set.add(topBits(address, length));
  }
  const lengths = [...networks.entries()];
  return ips.map((ip) => {
    const address = parseAddress(ip);
    if (address === null) return false;
    return lengths.some(([length, set]) => set.has(topBits(address, length)));
  });
}

export function checkAllowlist(allowlist: string[], ips: string[]): number[] {
  const allowed: number[] = [];
  allowedFlags(allowlist, ips).forEach((ok, i) => {
    if (ok) allowed.push(i);
  });
  return allowed;
}
