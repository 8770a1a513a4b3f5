/** Words a person speaks in a minute at an interview pace. */
const SPOKEN_WORDS_PER_MINUTE = 130;

/** The four parts of a STAR answer, in order, with what each asks for. */
export const STAR_PARTS = [
  { key: 'situation', label: 'Situation', help: 'Where and when; what was at stake.' },
  { key: 'task', label: 'Task', help: 'What you were responsible for.' },
  { key: 'action', label: 'Action', help: 'What you did, in your own words ("I", not "we").' },
  {
    key: 'result',
    label: 'Result',
    help: 'What changed, in numbers if you can; what you learned.',
  },
] as const;
export type StarPart = (typeof STAR_PARTS)[number]['key'];

export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** How long the answer takes to say: `m:ss` at an interview pace. */
export function spokenLength(words: number): string {
  const seconds = Math.round((words / SPOKEN_WORDS_PER_MINUTE) * 60);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
