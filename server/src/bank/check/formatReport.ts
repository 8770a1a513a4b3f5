import { COMPETENCIES, type CompetencyId } from '@mockloop/shared';
import type { BankCounts } from './bankCounts';
import type { BankReport } from './checkBank';

function formatCounts(counts: BankCounts): string[] {
  const lines = [`Counts (${counts.total} questions)`];
  for (const [kind, row] of Object.entries(counts.byKind)) {
    const total = Object.values(row).reduce((a, b) => a + b, 0);
    const parts = Object.entries(row).map(([d, n]) => `${d} ${n}`);
    lines.push(`  ${kind.padEnd(14)} ${String(total).padStart(3)}   (${parts.join(', ')})`);
  }
  const c = counts.coding;
  lines.push(`  coding styles  function ${c.function}, class ${c.class}, async ${c.async}`);
  lines.push('  competencies');
  for (const [id, n] of Object.entries(counts.byCompetency)) {
    const label = COMPETENCIES[id as CompetencyId]?.label ?? id;
    lines.push(`    ${label.padEnd(32)} ${String(n).padStart(3)}`);
  }
  return lines;
}

/** The human-readable report `npm run bank:check` prints. */
export function formatReport(report: BankReport): string {
  const lines = [`Question bank: ${report.dir}`];
  if (report.loadProblems.length > 0) {
    lines.push('', `Files that do not load (${report.loadProblems.length} problems):`);
    for (const p of report.loadProblems) lines.push(`  ✗ ${p.file}: ${p.field}: ${p.message}`);
  }
  lines.push('');
  for (const q of report.questions) {
    const runs = q.judgeRuns > 0 ? `  (${q.judgeRuns} judge runs)` : '';
    lines.push(`  ${q.problems.length === 0 ? '✓' : '✗'} ${q.where}${runs}`);
    for (const problem of q.problems) lines.push(`      - ${problem}`);
    for (const warning of q.warnings) lines.push(`      ! ${warning}`);
  }
  if (report.counts) lines.push('', ...formatCounts(report.counts));
  const failed = report.questions.filter((q) => q.problems.length > 0);
  const problemCount =
    report.loadProblems.length + failed.reduce((n, q) => n + q.problems.length, 0);
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  lines.push(
    '',
    problemCount === 0
      ? `OK: ${report.questions.length} questions checked, ${report.judgeRuns} judge runs, ${seconds} s.`
      : `FAILED: ${problemCount} problems (${report.loadProblems.length} in files that do not load, the rest in ${failed.length} of ${report.questions.length} questions; ${report.judgeRuns} judge runs, ${seconds} s).`,
  );
  return lines.join('\n');
}
