function checkAllowlist(allowlist: string[], ips: string[]): number[] {
  // Your code here.
  return [];
}
