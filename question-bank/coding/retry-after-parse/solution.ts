const MAX_DELAY_S = 86400;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT$/;

/** Epoch milliseconds of a valid IMF-fixdate, or null. */
function parseImfFixdate(text: string): number | null {
  const m = IMF_FIXDATE.exec(text);
  if (m === null) return null;
  const [, dayName, dd, mon, yyyy, hh, mi, ss] = m as unknown as string[];
  const year = Number(yyyy);
  const month = MONTHS.indexOf(mon!);
  const day = Number(dd);
  const [hour, minute, second] = [Number(hh), Number(mi), Number(ss)];
  if (year < 1970 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(ms);
  // Date.UTC rolls 30 Feb over into March; a real date keeps its day.
  if (date.getUTCDate() !== day || DAYS[date.getUTCDay()] !== dayName) return null;
  return ms;
}

/** Whole seconds to wait for each Retry-After value, or null when the value is invalid. */
function retryDelays(values: string[], nowMs: number): (number | null)[] {
  return values.map((raw) => {
    const value = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (/^[0-9]+$/.test(value)) return Math.min(MAX_DELAY_S, Number(value));
    const ms = parseImfFixdate(value);
    if (ms === null) return null;
    return Math.min(MAX_DELAY_S, Math.max(0, Math.ceil((ms - nowMs) / 1000)));
  });
}

/** For each host in first-seen order, the longest valid delay among its responses, or null. */
export function hostPauses(
  responses: [string, string][],
  nowMs: number,
): [string, number | null][] {
  const delays = retryDelays(
    responses.map(([, value]) => value),
    nowMs,
  );
  // A Map keeps its keys in first-insertion order, which is the order the hosts were first seen.
  const longest = new Map<string, number | null>();
  responses.forEach(([host], i) => {
    const delay = delays[i]!;
    const best = longest.get(host) ?? null;
    longest.set(host, delay !== null && (best === null || delay > best) ? delay : best);
  });
  return [...longest];
}
