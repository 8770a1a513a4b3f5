/**
 * @param {string[][]} migrations each [name, ...dependsOn]
 * @param {string[]} applied
 * @param {string[]} targets
 * @returns {string[] | string} the plan, or an error string
 */
function planMigrations(migrations, applied, targets) {
  // Your code here.
  return [];
}
