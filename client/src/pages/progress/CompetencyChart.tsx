import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { COMPETENCIES, type CompetencyScore } from '@mockloop/shared';

/** Mean score (1 to 4) per competency, from interviewers' scorecards and self-ratings. */
export function CompetencyChart({ scores }: { scores: CompetencyScore[] }) {
  if (scores.length === 0) {
    return (
      <p className="muted">
        No scores yet: rate yourself after a behavioral round, or get a scorecard in a live
        interview.
      </p>
    );
  }
  const data = scores.map((s) => ({
    name: COMPETENCIES[s.competency].label,
    mean: Number(s.mean.toFixed(2)),
    ratings: s.fromInterviewers + s.fromSelf,
  }));
  return (
    <figure className="progress-chart" aria-label="Score per competency">
      <ResponsiveContainer width="100%" height={Math.max(160, 36 * data.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis type="number" domain={[0, 4]} ticks={[1, 2, 3, 4]} />
          <YAxis type="category" dataKey="name" width={200} />
          <Tooltip />
          <Bar dataKey="mean" name="Mean score (1–4)" className="chart-bar" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
