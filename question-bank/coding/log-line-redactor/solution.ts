const BEARER = /(?<![A-Za-z0-9_])(Bearer +)[A-Za-z0-9\-._~+/]+=*/gi;
const SECRET =
  /(?<![A-Za-z0-9_])(password|passwd|secret|token|api_key|apikey|access_token)=[^ \t&,;"']+/gi;
// Flat character classes only: each run can be matched one way, so no catastrophic backtracking.
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/g;

/**
 * Applies the three rules in order with one global regular expression each, counting the
 * replacements in the replacement callbacks.
 */
export function redactLines(lines: string[]): { lines: string[]; counts: number[] } {
  const counts = [0, 0, 0];
  const out = lines.map((line) =>
    line
      .replace(BEARER, (_m, word: string) => {
        counts[0]!++;
        return `${word}[TOKEN]`;
      })
      .replace(SECRET, (_m, key: string) => {
        counts[1]!++;
        return `${key}=[REDACTED]`;
      })
      .replace(EMAIL, (_m, first: string, domain: string) => {
        counts[2]!++;
        return `${first}***@${domain}`;
      }),
  );
  return { lines: out, counts };
}
