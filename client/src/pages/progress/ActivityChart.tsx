import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgressWeek } from '@mockloop/shared';

const weekLabel = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** Sessions per week as bars, and the share of judged coding rounds accepted as a line. */
export function ActivityChart({ weeks }: { weeks: ProgressWeek[] }) {
  const data = weeks.map((w) => ({
    week: weekLabel.format(w.weekStart),
    sessions: w.sessions,
    passRate: w.judged > 0 ? Math.round((100 * w.accepted) / w.judged) : null,
  }));
  return (
    <figure className="progress-chart" aria-label="Sessions and pass rate per week">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis dataKey="week" />
          <YAxis yAxisId="count" allowDecimals={false} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          <Bar yAxisId="count" dataKey="sessions" name="Sessions" className="chart-bar" />
          <Line
            yAxisId="rate"
            dataKey="passRate"
            name="Pass rate"
            className="chart-line"
            connectNulls
            type="monotone"
          />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        Last 12 weeks. Pass rate: coding rounds accepted of those judged.
      </figcaption>
    </figure>
  );
}
