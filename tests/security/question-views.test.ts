import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicQuestion, QuestionListResponse, TestCase } from '@mockloop/shared';
import { loadBank } from '../../server/src/bank/loadBank';
import type { InterviewerQuestion, QuestionBank } from '../../server/src/bank/types';
import { startTestServer, type TestServer } from '../integration/helpers/startTestServer';

/**
 * Walks every question of the real bank over HTTP, as a candidate would, and proves the public
 * views carry no hidden case, no reference solution and no interviewer-only section.
 */
let server: TestServer;
let bank: QuestionBank;
const served = new Map<string, { json: string; prose: string }>();

const PUBLIC_KEYS = [
  'id',
  'kind',
  'title',
  'difficulty',
  'tags',
  'competencies',
  'timeLimitMinutes',
  'prompt',
  'sections',
  'hints',
  'contentHash',
  'coding',
];
const CODING_KEYS = [
  'style',
  'entry',
  'compare',
  'cpuTimeLimitMs',
  'memoryLimitMb',
  'examples',
  'hiddenCount',
  'starters',
];
/** Shorter needles (`[1]`, `0`) occur by chance; longer ones would only be there by a leak. */
const MIN_NEEDLE = 12;

/** Every string value inside a JSON value, joined: what a person could read on the page. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Distinctive lines of a text: long enough that a match would not be a coincidence. */
function distinctiveLines(text: string, minLength: number): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/^[-*>#\d.\s]+/, ''))
    .filter((line) => line.length >= minLength);
}

const inputOf = (c: TestCase) => JSON.stringify('args' in c ? c.args : c.calls);

async function getJson<T>(path: string): Promise<{ text: string; body: T }> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, body: JSON.parse(text) as T };
}

beforeAll(async () => {
  server = await startTestServer();
  bank = await loadBank(server.config.questionBankDir);
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const { text, body } = await getJson<QuestionListResponse>(
      `/api/questions?limit=100&offset=${offset}`,
    );
    served.set(`list@${offset}`, { json: text, prose: strings(body).join('\n') });
    ids.push(...body.items.map((q) => q.id));
    if (offset + 100 >= body.total) break;
  }
  for (const id of ids) {
    const { text, body } = await getJson<PublicQuestion>(`/api/questions/${id}`);
    served.set(id, { json: text, prose: strings(body).join('\n') });
  }
});
afterAll(async () => {
  await server?.stop();
});

function fullViews(): InterviewerQuestion[] {
  const { items } = bank.list({ limit: 100_000 });
  return items.map((s) => {
    const view = bank.interviewerView(s.id);
    if (!view) throw new Error(`no interviewer view for ${s.id}`);
    return view;
  });
}

describe('public question views over HTTP', () => {
  it('serves every question of the bank, and the bank is not empty', () => {
    const views = fullViews();
    expect(views.length).toBeGreaterThan(0);
    for (const view of views) expect(served.has(view.id), view.id).toBe(true);
  });

  it('carries only public fields', async () => {
    for (const view of fullViews()) {
      const { body } = await getJson<Record<string, unknown>>(`/api/questions/${view.id}`);
      expect(
        Object.keys(body).every((k) => PUBLIC_KEYS.includes(k)),
        view.id,
      ).toBe(true);
      if (body.coding) {
        expect(Object.keys(body.coding).sort(), view.id).toEqual([...CODING_KEYS].sort());
      }
      for (const s of [
        ...(body.sections as PublicQuestion['sections']),
        ...(body.hints as PublicQuestion['hints']),
      ]) {
        expect(s.visibility, `${view.id}: ${s.heading}`).not.toBe('interviewer');
      }
    }
  });

  it('never contains interviewer-only section text', () => {
    const everything = [...served.values()].map((s) => s.prose).join('\n');
    let checked = 0;
    for (const view of fullViews()) {
      for (const section of view.interviewerSections) {
        for (const line of distinctiveLines(section.markdown, 30)) {
          checked++;
          expect(everything.includes(line), `${view.id} / ${section.heading}: "${line}"`).toBe(
            false,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never contains a reference solution', () => {
    const everything = [...served.values()].map((s) => s.prose).join('\n');
    // Starter code is public by design, and signatures recur across questions' starters.
    const starters = fullViews()
      .flatMap((v) => Object.values(bank.coding(v.id)?.starters ?? {}))
      .join('\n');
    for (const view of fullViews()) {
      for (const solution of Object.values(view.solutions ?? {})) {
        const lines = distinctiveLines(solution, 25).filter((line) => !starters.includes(line));
        for (const line of lines) {
          expect(everything.includes(line), `${view.id}: solution line "${line}"`).toBe(false);
        }
      }
    }
  });

  it('never contains a hidden case: not its name, input or expected output', () => {
    for (const view of fullViews()) {
      const coding = bank.coding(view.id);
      if (!coding) continue;
      const mine = served.get(view.id);
      // Its own view and the list pages: another question may share a short input by chance.
      const all = [
        mine?.json ?? '',
        ...[...served.entries()].filter(([k]) => k.startsWith('list@')).map(([, v]) => v.json),
      ].join('\n');
      const exampleInputs = new Set(coding.examples.map(inputOf));
      const exampleOutputs = new Set(coding.examples.map((c) => JSON.stringify(c.expected)));
      for (const hidden of coding.hidden) {
        expect(
          mine?.json.includes(`"name":${JSON.stringify(hidden.name)}`),
          `${view.id}: ${hidden.name}`,
        ).toBe(false);
        const input = inputOf(hidden);
        if (input.length >= MIN_NEEDLE && !exampleInputs.has(input)) {
          expect(all.includes(input), `${view.id}: input of hidden "${hidden.name}"`).toBe(false);
        }
        const output = JSON.stringify(hidden.expected);
        if (output.length >= MIN_NEEDLE && !exampleOutputs.has(output)) {
          expect(all.includes(output), `${view.id}: output of hidden "${hidden.name}"`).toBe(false);
        }
      }
    }
  });

  it('does not find a question by words that only its interviewer sections contain', async () => {
    let probes = 0;
    for (const view of fullViews()) {
      const publicText = strings(bank.publicView(view.id)).join(' ').toLowerCase();
      const secret = view.interviewerSections
        .flatMap((s) => s.markdown.toLowerCase().match(/[a-z]{9,}/g) ?? [])
        .find((word) => !publicText.includes(word));
      if (!secret) continue;
      probes++;
      const { body } = await getJson<QuestionListResponse>(`/api/questions?limit=100&q=${secret}`);
      expect(
        body.items.map((q) => q.id),
        `${view.id}: "${secret}"`,
      ).not.toContain(view.id);
    }
    expect(probes).toBeGreaterThan(0);
  });
});
