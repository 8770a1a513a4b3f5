/**
 * @param {Record<string, Record<string, Record<string, string>>>} registry
 * @param {Record<string, string>} root
 * @returns {Record<string, string> | null} package name to chosen version
 */
function resolve(registry, root) {
  // Your code here.
  return null;
}
