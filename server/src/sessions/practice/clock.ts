/** Where practice time comes from. Tests pass one they can move; production uses `Date.now`. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
