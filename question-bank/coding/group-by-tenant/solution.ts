interface TenantStats {
  tenant: string;
  requests: number;
  errors: number;
  totalMs: number;
}

/** One pass into a Map keyed by tenant id (never a plain object: `__proto__` is a valid id). */
export function noisiestTenants(lines: string[], k: number): TenantStats[] {
  const byTenant = new Map<string, TenantStats>();
  for (const line of lines) {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const tenant = line.slice(0, first);
    const status = Number(line.slice(first + 1, second));
    const ms = Number(line.slice(second + 1));
    let stats = byTenant.get(tenant);
    if (stats === undefined) {
      stats = { tenant, requests: 0, errors: 0, totalMs: 0 };
      byTenant.set(tenant, stats);
    }
    stats.requests++;
    if (status >= 500 && status <= 599) stats.errors++;
    stats.totalMs += ms;
  }
  return [...byTenant.values()]
    .sort(
      (left, right) =>
        right.requests - left.requests ||
        right.errors - left.errors ||
        (left.tenant < right.tenant ? -1 : left.tenant > right.tenant ? 1 : 0),
    )
    .slice(0, k);
}
