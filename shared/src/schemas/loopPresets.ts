import type { QuestionKind } from './question';

/** A round of a loop preset: the kind of question and its length. */
export interface LoopPresetRound {
  kind: QuestionKind;
  minutes: number;
}

/** A named interview loop the client offers; the server picks a question for each round. */
export interface LoopPreset {
  id: string;
  title: string;
  rounds: LoopPresetRound[];
}

/** Interview loops offered as presets (`preset` of `POST /api/sessions/quick`). */
export const LOOP_PRESETS = [
  {
    id: 'full-loop',
    title: 'Full loop: coding, two behavioral questions, system design',
    rounds: [
      { kind: 'coding', minutes: 45 },
      { kind: 'behavioral', minutes: 5 },
      { kind: 'behavioral', minutes: 5 },
      { kind: 'system-design', minutes: 40 },
    ],
  },
  {
    id: 'coding-pair',
    title: 'Two coding rounds',
    rounds: [
      { kind: 'coding', minutes: 30 },
      { kind: 'coding', minutes: 30 },
    ],
  },
  {
    id: 'behavioral-set',
    title: 'Three behavioral questions',
    rounds: [
      { kind: 'behavioral', minutes: 8 },
      { kind: 'behavioral', minutes: 8 },
      { kind: 'behavioral', minutes: 8 },
    ],
  },
] as const satisfies readonly LoopPreset[];
export type LoopPresetId = (typeof LOOP_PRESETS)[number]['id'];
/** Ids of `LOOP_PRESETS`, for request schemas. */
export const PRESET_IDS = LOOP_PRESETS.map((p) => p.id) as [LoopPresetId, ...LoopPresetId[]];
