const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}(?:\.\d{1,9})?Z ([A-Za-z]+)(?: |$)/;

const CANONICAL: Record<string, string> = {
  TRACE: 'TRACE',
  DEBUG: 'DEBUG',
  INFO: 'INFO',
  WARN: 'WARN',
  WARNING: 'WARN',
  ERROR: 'ERROR',
  ERR: 'ERROR',
  FATAL: 'FATAL',
  CRITICAL: 'FATAL',
};

interface LevelSummary {
  count: number;
  peakMinute: string;
  peakCount: number;
}

/**
 * One pass over the lines with a per-level map from minute to count, then one walk per map for
 * the peak (ties to the earliest minute: same-width ISO strings compare chronologically).
 */
export function levelCounts(log: string): {
  skipped: number;
  levels: Record<string, LevelSummary>;
} {
  const perLevel = new Map<string, Map<string, number>>();
  let skipped = 0;
  for (const raw of log.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') continue;
    const match = LINE.exec(line);
    const level = match ? CANONICAL[(match[2] as string).toUpperCase()] : undefined;
    if (!match || level === undefined) {
      skipped++;
      continue;
    }
    const minute = match[1] as string;
    let minutes = perLevel.get(level);
    if (!minutes) perLevel.set(level, (minutes = new Map()));
    minutes.set(minute, (minutes.get(minute) ?? 0) + 1);
  }
  const levels: Record<string, LevelSummary> = {};
  for (const [level, minutes] of perLevel) {
    const summary = { count: 0, peakMinute: '', peakCount: 0 };
    for (const [minute, n] of minutes) {
      summary.count += n;
      if (n > summary.peakCount || (n === summary.peakCount && minute < summary.peakMinute)) {
        summary.peakMinute = minute;
        summary.peakCount = n;
      }
    }
    levels[level] = summary;
  }
  return { skipped, levels };
}
