interface TenantStats {
  tenant: string;
  requests: number;
  errors: number;
  totalMs: number;
}

function noisiestTenants(lines: string[], k: number): TenantStats[] {
  // Your code here.
  return [];
}
