/** A behavioral answer in the STAR shape. */
export interface StarAnswer {
  situation: string;
  task: string;
  action: string;
  result: string;
}

export const STAR_PARTS = [
  { key: 'situation', label: 'Situation', hint: 'Where and when; what was at stake.' },
  { key: 'task', label: 'Task', hint: 'What you were responsible for.' },
  { key: 'action', label: 'Action', hint: 'What you did, step by step: say "I", not "we".' },
  {
    key: 'result',
    label: 'Result',
    hint: 'What changed, in numbers if you can; what you learned.',
  },
] as const satisfies readonly { key: keyof StarAnswer; label: string; hint: string }[];

export const EMPTY_STAR_ANSWER: StarAnswer = { situation: '', task: '', action: '', result: '' };

/**
 * Speaking pace assumed for the spoken-length estimate: 150 words a minute, a common figure
 * for unhurried conversational speech (interview answers are usually 120 to 160).
 */
export const WORDS_PER_MINUTE = 150;

/** Words in a text: runs of letters or digits, so punctuation and extra spaces do not count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function answerWords(answer: StarAnswer): number {
  return STAR_PARTS.reduce((sum, part) => sum + countWords(answer[part.key]), 0);
}

/** How long the words take to say at `WORDS_PER_MINUTE`, as "1 min 20 s" (whole seconds). */
export function spokenLength(words: number): string {
  const seconds = Math.round((words * 60) / WORDS_PER_MINUTE);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
