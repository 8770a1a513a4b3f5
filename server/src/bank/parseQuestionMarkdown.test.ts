import { describe, expect, it } from 'vitest';
import { parseQuestionMarkdown } from './parseQuestionMarkdown';

const file = (body: string) => `---\nid: x\ntitle: X\n---\n${body}`;

describe('parseQuestionMarkdown', () => {
  it('splits front matter, prompt and marked sections in file order', () => {
    const result = parseQuestionMarkdown(
      file(
        'The prompt.\n\n## Constraints {public}\nsmall\n### Detail\nstill constraints\n' +
          '## Hint 1 {hint}\ngentle\n## Rubric {interviewer}\nsecret\n',
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        frontMatter: { id: 'x', title: 'X' },
        prompt: 'The prompt.',
        sections: [
          {
            heading: 'Constraints',
            visibility: 'public',
            markdown: 'small\n### Detail\nstill constraints',
          },
          { heading: 'Hint 1', visibility: 'hint', markdown: 'gentle' },
          { heading: 'Rubric', visibility: 'interviewer', markdown: 'secret' },
        ],
      },
    });
  });

  it('rejects a ## heading without a marker, naming its line', () => {
    const result = parseQuestionMarkdown(file('Prompt.\n\n## Follow-ups\n- one\n'));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'line 7',
          message: 'heading "## Follow-ups" must end with {public}, {hint} or {interviewer}',
        },
      ],
    });
  });

  it('sees an indented ## heading too, as Markdown renderers do', () => {
    const result = parseQuestionMarkdown(file('Prompt.\n   ## Rubric\nsecret\n'));
    expect(result.ok).toBe(false);
  });

  it('rejects an unknown marker', () => {
    const result = parseQuestionMarkdown(file('Prompt.\n## Notes {secret}\n'));
    expect(result.ok).toBe(false);
  });

  it('treats ## lines inside fenced code as code, not headings', () => {
    const result = parseQuestionMarkdown(
      file('Prompt.\n\n```md\n## Not a heading\n```\n~~~\n## Nor this\n~~~\n## Real {public}\nx'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.prompt).toContain('## Not a heading');
    expect(result.value.prompt).toContain('## Nor this');
    expect(result.value.sections.map((s) => s.heading)).toEqual(['Real']);
  });

  it('keeps ### headings with the section above them', () => {
    const result = parseQuestionMarkdown(file('Prompt.\n### Sub-heading in the prompt\n'));
    expect(result.ok && result.value.prompt).toBe('Prompt.\n### Sub-heading in the prompt');
  });

  it('requires front matter and valid YAML', () => {
    expect(parseQuestionMarkdown('No front matter.')).toMatchObject({
      ok: false,
      problems: [{ field: 'front matter' }],
    });
    const bad = parseQuestionMarkdown('---\nid: [unclosed\n---\nPrompt.');
    expect(bad).toMatchObject({ ok: false, problems: [{ field: 'front matter' }] });
  });
});
