import * as Y from 'yjs';

/** One change of a shared document as the log holds it. */
export interface TimedUpdate {
  at: number;
  /** The whole state (`doc:snapshot`) rather than one update (`doc:update`). */
  snapshot: boolean;
  update: Uint8Array;
}

/** A Y.Text change as a list of retain / insert / delete steps. */
type TextDelta = { retain?: number; insert?: string | object; delete?: number }[];

interface Checkpoint {
  /** How many updates it includes. */
  count: number;
  text: string;
}

/** Updates between two text checkpoints: bounds the work of one seek. */
export const DEFAULT_CHECKPOINT_EVERY = 100;

function applyDelta(text: string, delta: TextDelta): string {
  let out = '';
  let pos = 0;
  for (const step of delta) {
    if (step.retain !== undefined) {
      out += text.slice(pos, pos + step.retain);
      pos += step.retain;
    } else if (step.delete !== undefined) {
      pos += step.delete;
    } else if (typeof step.insert === 'string') {
      out += step.insert;
    }
  }
  return out + text.slice(pos);
}

/**
 * One text of a document's history, seekable. Loading replays the log once through a Y.Doc and
 * keeps, per update, what it did to the text (a delta), plus the whole text every
 * `checkpointEvery` updates; a seek is then the nearest checkpoint and at most that many string
 * edits, never the Yjs history again. Updates must be in log order (times never decrease).
 */
export class DocTimeline {
  private readonly times: number[] = [];
  private readonly deltas: TextDelta[] = [];
  private readonly checkpoints: Checkpoint[] = [{ count: 0, text: '' }];

  constructor(
    updates: readonly TimedUpdate[],
    readonly key: string,
    private readonly checkpointEvery = DEFAULT_CHECKPOINT_EVERY,
  ) {
    const doc = new Y.Doc();
    const text = doc.getText(key);
    let delta: TextDelta = [];
    text.observe((event) => {
      delta = event.delta as TextDelta;
    });
    for (const u of updates) {
      delta = [];
      Y.applyUpdate(doc, u.update);
      this.times.push(u.at);
      this.deltas.push(delta);
      if (this.deltas.length % checkpointEvery === 0) {
        this.checkpoints.push({ count: this.deltas.length, text: text.toJSON() });
      }
    }
    doc.destroy();
  }

  get start(): number {
    return this.times[0] ?? 0;
  }

  get end(): number {
    return this.times.at(-1) ?? 0;
  }

  /** Instants of every update, for the timeline's tracks and markers. */
  get updateTimes(): readonly number[] {
    return this.times;
  }

  /** How many updates there are at or before `at`. */
  private countAt(at: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The text as it was at `at`: after every update stamped at or before it. */
  textAt(at: number): string {
    const count = this.countAt(at);
    const checkpoint = this.checkpoints[Math.floor(count / this.checkpointEvery)]!;
    let text = checkpoint.text;
    for (let i = checkpoint.count; i < count; i += 1) text = applyDelta(text, this.deltas[i]!);
    return text;
  }
}

/** The floor a timeline is measured against: every update from the start, each time. */
export function replayFromStart(updates: readonly TimedUpdate[], at: number, key: string): string {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const u of updates) {
      if (u.at > at) break;
      Y.applyUpdate(doc, u.update);
    }
  });
  const text = doc.getText(key).toJSON();
  doc.destroy();
  return text;
}
