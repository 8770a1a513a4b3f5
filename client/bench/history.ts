import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { HistoryBenchSubject } from './historyInPage';

/**
 * `npm run bench:history`: the history page's first render of 1,000 sessions, in Debian's
 * Chromium (playwright-core), because the 300 ms target is about what a person waits for: React
 * (production build) rendering and committing the rows, then the browser's style and layout of
 * the table, all timed inside the page. jsdom was tried first and dropped: it builds DOM nodes
 * some 20x slower than a browser and lays nothing out, so it measured jsdom. The page's own CSS is
 * loaded. The floor, interleaved in the same run, is the same 1,000 sessions as plain `<li>` text.
 * The table paints its first rows first (HistoryTable's FIRST_ROWS); the time until every row is
 * laid out is printed too. Target: p99 first render under 300 ms.
 */

const SESSIONS = 1_000;
const WARMUP = 5;
const RUNS = 30;
const TARGET_MS = 300;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = path.dirname(new URL(import.meta.url).pathname);

const bundle = await build({
  entryPoints: [path.join(here, 'historyInPage.tsx')],
  bundle: true,
  write: false,
  minify: true,
  format: 'iife',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const css = ['src/theme.css', 'src/pages/history/HistoryPage.css']
  .map((file) => fs.readFileSync(path.join(here, '..', file), 'utf8'))
  .join('\n');

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-bench-history-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  viewport: { width: 1280, height: 860 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const run = (subject: HistoryBenchSubject) =>
    page.evaluate(([s, n]) => window.renderHistory(s, n), [subject, SESSIONS] as const);

  for (let i = 0; i < WARMUP; i += 1) {
    await run('table');
    await run('floor');
  }
  const tableMs: number[] = [];
  const floorMs: number[] = [];
  const commitMs: number[] = [];
  const allMs: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const table = await run('table');
    rows = table.rows;
    tableMs.push(table.ms);
    commitMs.push(table.commitMs);
    allMs.push(table.allMs);
    floorMs.push((await run('floor')).ms);
  }

  const percentile = (values: number[], p: number) =>
    [...values].sort((a, b) => a - b)[
      Math.min(values.length - 1, Math.floor((p / 100) * values.length))
    ] ?? Number.NaN;
  const row = (name: string, values: number[]) => ({
    render: name,
    'p50 ms': percentile(values, 50).toFixed(1),
    'p99 ms': percentile(values, 99).toFixed(1),
  });
  console.log(
    `bench:history: first render (React commit + style + layout) of ${SESSIONS} sessions in Chromium, ${RUNS} runs after ${WARMUP} warm-ups`,
  );
  console.table([
    row('history table', tableMs),
    row('  of which React render + commit', commitMs),
    row('  until all rows are laid out', allMs),
    row('floor: plain <li> text', floorMs),
  ]);
  const p99 = percentile(tableMs, 99);
  const ratio = (values: number[], p: number) =>
    (percentile(values, p) / percentile(floorMs, p)).toFixed(1);
  console.log(
    `first render vs floor: p50 ${ratio(tableMs, 50)}x, p99 ${ratio(tableMs, 99)}x; all rows vs floor: p50 ${ratio(allMs, 50)}x, p99 ${ratio(allMs, 99)}x`,
  );
  console.log(
    `first render p99 ${p99.toFixed(1)} ms (target < ${TARGET_MS} ms): ${p99 < TARGET_MS ? 'met' : 'MISSED'}`,
  );
  console.log(`rows rendered: ${rows} of ${SESSIONS}`);
  if (rows !== SESSIONS) process.exitCode = 1;
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
