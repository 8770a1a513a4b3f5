import type { Transcript, TranscriptEntry } from '@mockloop/shared';

function time(at: number): string {
  return new Date(at)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/** A fence longer than any run of backticks in `text`, so code cannot close it early. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function quote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function entryLines(entry: TranscriptEntry, names: Map<string, string>): string[] {
  const who = entry.actorId ? (names.get(entry.actorId) ?? 'Former participant') : 'MockLoop';
  const lines = [`- **${time(entry.at)}** · ${who} · ${entry.summary}`];
  if (entry.body) lines.push('', quote(entry.body), '');
  return lines;
}

/** The transcript as a readable Markdown file: who, what was asked, every line, the final work. */
export function exportMarkdown({ session, people, entries, finalWork }: Transcript): string {
  const names = new Map(people.map((p) => [p.userId, p.displayName]));
  const duration = session.endedAt
    ? Math.round((session.endedAt - session.createdAt) / 60_000)
    : null;
  const out = [
    `# ${session.title || 'Session'}`,
    '',
    `- Kind: ${session.kind}; status: ${session.status}`,
    `- Started: ${time(session.createdAt)}${duration === null ? '' : `; lasted ${duration} min`}`,
    `- People: ${people.map((p) => `${p.displayName} (${p.role})`).join(', ')}`,
    `- Questions: ${session.questions.map((q) => q.questionId).join(', ') || 'none'}`,
    '',
    '## Transcript',
    '',
    ...entries.flatMap((entry) => entryLines(entry, names)),
  ];
  if (session.summary) {
    out.push('', '## Outcome', '');
    for (const q of session.summary.questions) {
      out.push(`- ${q.questionId}: ${q.verdict ?? 'not judged'} (${q.passed}/${q.total})`);
    }
  }
  for (const work of finalWork) {
    out.push('', `## Round ${work.round + 1}: ${work.title}`, '');
    if (work.code !== undefined) {
      const f = fence(work.code);
      out.push(`${f}${work.language ?? ''}`, work.code, f);
    }
    if (work.answer) out.push('', work.answer);
  }
  return `${out.join('\n')}\n`;
}
