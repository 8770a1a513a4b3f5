const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const HORIZON_DAYS = 10_000;

/** Parses one field into a table: allowed[v] is true when value v matches. */
function parseField(text: string, min: number, max: number): boolean[] {
  const allowed = new Array<boolean>(max + 1).fill(false);
  for (const item of text.split(',')) {
    const [range = '', stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a = '', b] = range.split('-');
      from = Number(a);
      to = b === undefined ? from : Number(b);
    }
    for (let v = from; v <= to; v += step) allowed[v] = true;
  }
  return allowed;
}

export function nextRuns(schedule: string, start: string, count: number): string[] {
  const fields = schedule.trim().split(/\s+/);
  const [minuteText = '', hourText = '', domText = '', monthText = '', dowText = ''] = fields;
  const minutes = parseField(minuteText, 0, 59);
  const hours = parseField(hourText, 0, 23);
  const daysOfMonth = parseField(domText, 1, 31);
  const months = parseField(monthText, 1, 12);
  const daysOfWeek = parseField(dowText, 0, 6);
  // Standard cron rule: with both day fields restricted, a day matches if either one does.
  const eitherDay = domText !== '*' && dowText !== '*';

  const startMs = Date.parse(start);
  const horizonMs = startMs + HORIZON_DAYS * DAY_MS;
  const runs: string[] = [];
  for (let dayMs = startMs - (startMs % DAY_MS); dayMs <= horizonMs; dayMs += DAY_MS) {
    const day = new Date(dayMs);
    if (!months[day.getUTCMonth() + 1]) continue;
    const domOk = daysOfMonth[day.getUTCDate()] === true;
    const dowOk = daysOfWeek[day.getUTCDay()] === true;
    if (eitherDay ? !domOk && !dowOk : !domOk || !dowOk) continue;
    for (let h = 0; h < 24; h++) {
      if (!hours[h]) continue;
      for (let m = 0; m < 60; m++) {
        if (!minutes[m]) continue;
        const t = dayMs + (h * 60 + m) * MINUTE_MS;
        if (t <= startMs) continue;
        if (t > horizonMs) return runs;
        runs.push(new Date(t).toISOString());
        if (runs.length === count) return runs;
      }
    }
  }
  return runs;
}
