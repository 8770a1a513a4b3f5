// `npm test`: every check CI runs, in order, stopping at the first stage that fails. Vitest
// stages also write JSON reports; the run ends with one line CI can read,
// `tests: N passed, N failed, N skipped`, summed over every Vitest stage that ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reportDir = path.join(root, '.test-results');

/** Each stage is an npm script; `report` names the JSON report its Vitest run writes. */
const stages = [
  { script: 'format:check' },
  { script: 'lint' },
  { script: 'check:deps' },
  { script: 'typecheck' },
  { script: 'test:unit', report: 'unit' },
  { script: 'bank:check' },
  { script: 'test:integration', report: 'integration' },
  { script: 'test:e2e', report: 'e2e' },
];

function vitestReportArgs(report) {
  const file = path.join(reportDir, `${report}.json`);
  return ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
}

function summarise() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const { report } of stages) {
    const file = report && path.join(reportDir, `${report}.json`);
    if (!file || !fs.existsSync(file)) continue;
    const result = JSON.parse(fs.readFileSync(file, 'utf8'));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.skipped += result.numPendingTests + result.numTodoTests;
  }
  return totals;
}

fs.rmSync(reportDir, { recursive: true, force: true });
fs.mkdirSync(reportDir, { recursive: true });

let failedStage = null;
for (const { script, report } of stages) {
  console.log(`\n== npm run ${script}`);
  const args = ['run', script, '--silent', ...(report ? vitestReportArgs(report) : [])];
  const run = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failedStage = script;
    break;
  }
}

const { passed, failed, skipped } = summarise();
if (failedStage) console.log(`\nStopped: \`npm run ${failedStage}\` failed.`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStage ? 1 : 0);
