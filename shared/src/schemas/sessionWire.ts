import type { JsonValue } from './question';
import type { SessionEvent } from './session';

/** A binary payload (a Yjs update) as JSON carries it. */
export interface Base64Payload {
  encoding: 'base64';
  data: string;
}

/** A session event as REST and exports send it: binary payloads become base64. */
export type WireSessionEvent = Omit<SessionEvent, 'payload'> & {
  payload: JsonValue | Base64Payload;
};
