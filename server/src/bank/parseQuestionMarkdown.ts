import { parse as parseYaml } from 'yaml';
import { SectionVisibility, type QuestionSection } from '@mockloop/shared';

export interface ParsedMarkdown {
  frontMatter: unknown;
  /** Markdown before the first `##` heading. */
  prompt: string;
  sections: QuestionSection[];
}

/** A problem found while parsing, with the place it was found. */
export interface MarkdownProblem {
  field: string;
  message: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const LEVEL_TWO = /^ {0,3}##(?!#)\s*(.*)$/;
const MARKED = /^(.*\S)\s+\{(public|hint|interviewer)\}\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const VISIBILITIES = new Set<string>(Object.values(SectionVisibility));

/**
 * Splits a question file into YAML front matter, the public prompt, and `## Heading {marker}`
 * sections. A `##` heading without a marker is a problem, so nothing becomes public by accident;
 * headings inside fenced code blocks are code, not sections.
 */
export function parseQuestionMarkdown(
  text: string,
): { ok: true; value: ParsedMarkdown } | { ok: false; problems: MarkdownProblem[] } {
  const problems: MarkdownProblem[] = [];
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [
        { field: 'front matter', message: 'the file must start with --- YAML front matter ---' },
      ],
    };
  }
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1] ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ field: 'front matter', message: `not valid YAML: ${reason}` });
  }

  const bodyStartLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
  const lines = text.slice(match[0].length).split(/\r?\n/);
  const promptLines: string[] = [];
  const sections: {
    heading: string;
    visibility: QuestionSection['visibility'];
    lines: string[];
  }[] = [];
  let fence: string | undefined;

  lines.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const heading = fence || fenceMatch ? undefined : LEVEL_TWO.exec(line);
    if (!heading) {
      (sections.at(-1)?.lines ?? promptLines).push(line);
      return;
    }
    const lineNo = bodyStartLine + index;
    const marked = MARKED.exec(heading[1] ?? '');
    if (!marked?.[1] || !marked[2] || !VISIBILITIES.has(marked[2])) {
      problems.push({
        field: `line ${lineNo}`,
        message: `heading "${line.trim()}" must end with {public}, {hint} or {interviewer}`,
      });
      sections.push({ heading: heading[1] ?? '', visibility: 'interviewer', lines: [] });
      return;
    }
    sections.push({
      heading: marked[1].trim(),
      visibility: marked[2] as QuestionSection['visibility'],
      lines: [],
    });
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      frontMatter,
      prompt: promptLines.join('\n').trim(),
      sections: sections.map((s) => ({
        heading: s.heading,
        visibility: s.visibility,
        markdown: s.lines.join('\n').trim(),
      })),
    },
  };
}
