import type { InterviewFormat } from '@mockloop/shared';

/** How each interview format is named on screen. */
export const FORMAT_LABELS: Record<InterviewFormat, string> = {
  coding: 'Coding',
  behavioral: 'Behavioral',
  'system-design': 'System design',
  loop: 'Loop (coding, behavioral, design)',
};
