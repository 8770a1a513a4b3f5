function planMigrations(
  migrations: string[][],
  applied: string[],
  targets: string[],
): string[] | string {
  // Your code here.
  return [];
}
