/**
 * The server side of `npm run bench:realtime`, run as a child process so its CPU time is its own.
 * `rooms`: the real app (rooms, Yjs documents, persistence to a temporary SQLite file).
 * `floor`: a plain Socket.IO relay of the same events, no Yjs, no persistence.
 * It counts the bytes of every TCP connection (WebSocket frames, both directions) and answers
 * the parent's `mark` with them and its CPU time.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';
import { ParticipantRole, RoomEvent, SessionKind, type MeResponse } from '@mockloop/shared';
import { createAuthLimits } from '../src/auth/authLimits';
import { loadBank } from '../src/bank/loadBank';
import { loadConfig } from '../src/config/loadConfig';
import { createApp } from '../src/createApp';
import { createJudge } from '../src/judge';
import { createLogger } from '../src/logger';
import { openStore } from '../src/store/openStore';
import type { Store } from '../src/store/port';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');

export type ToServer = { type: 'setup'; rooms: number } | { type: 'mark' } | { type: 'stop' };
export interface BenchRoom {
  sessionId: string;
  interviewerCookie: string;
  candidateCookie: string;
}
export type FromServer =
  | { type: 'ready'; url: string }
  | { type: 'setup'; rooms: BenchRoom[] }
  | { type: 'mark'; cpuMs: number; bytesIn: number; bytesOut: number };

function reply(message: FromServer): void {
  process.send?.(message);
}

/** Every connection's bytes, including those already closed. */
function countBytes(server: http.Server): () => { bytesIn: number; bytesOut: number } {
  const open = new Set<NetSocket>();
  let closedIn = 0;
  let closedOut = 0;
  server.on('connection', (socket: NetSocket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      closedIn += socket.bytesRead;
      closedOut += socket.bytesWritten;
    });
  });
  return () => {
    let bytesIn = closedIn;
    let bytesOut = closedOut;
    for (const socket of open) {
      bytesIn += socket.bytesRead;
      bytesOut += socket.bytesWritten;
    }
    return { bytesIn, bytesOut };
  };
}

/** Two guests seated in a coding interview, as the interview routes would seat them. */
async function seatRoom(url: string, store: Store): Promise<BenchRoom> {
  const guest = async (displayName: string) => {
    const res = await fetch(`${url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = (await (await fetch(`${url}/api/me`, { headers: { cookie } })).json()) as MeResponse;
    return { cookie, id: me.user.id };
  };
  const interviewer = await guest('Bench interviewer');
  const candidate = await guest('Bench candidate');
  const session = await store.createSession({
    kind: SessionKind.Interview,
    title: 'Coding interview',
    createdBy: interviewer.id,
    participants: [{ userId: interviewer.id, role: ParticipantRole.Interviewer }],
  });
  await store.addParticipant(session.id, { userId: candidate.id, role: ParticipantRole.Candidate });
  await store.appendEvents(session.id, [
    {
      actorId: interviewer.id,
      type: RoomEvent.Created,
      payload: { format: 'coding', inviteCode: `${session.id}.${'b'.repeat(22)}` },
      visibility: 'author',
    },
    {
      actorId: interviewer.id,
      type: RoomEvent.RoundStart,
      payload: { index: 0, interviewerId: interviewer.id, candidateId: candidate.id },
      visibility: 'everyone',
    },
  ]);
  return {
    sessionId: session.id,
    interviewerCookie: interviewer.cookie,
    candidateCookie: candidate.cookie,
  };
}

async function startRooms(): Promise<{
  server: http.Server;
  store?: Store;
  stop(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-bench-realtime-'));
  const config = loadConfig(
    { DATA_DIR: dataDir, QUESTION_BANK_DIR: BANK, LOG_LEVEL: 'silent', PORT: '0' },
    REPO_ROOT,
  );
  const store = await openStore(config);
  const judge = createJudge({ lazy: true });
  const app = createApp({
    config,
    log: createLogger('silent'),
    bank: await loadBank(config.questionBankDir),
    store,
    judge,
    authLimits: createAuthLimits({ scale: 1000 }),
  });
  return {
    server: app.httpServer,
    store,
    async stop() {
      await app.close();
      await judge.close();
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function startFloor(): { server: http.Server; stop(): Promise<void> } {
  const server = http.createServer();
  const io = new Server(server, { serveClient: false });
  io.on('connection', (socket) => {
    socket.on('room:join', (room: string, ack: () => void) => {
      void socket.join(room);
      ack();
    });
    socket.on('doc:sync', (bytes: Uint8Array) => {
      for (const room of socket.rooms)
        if (room !== socket.id) socket.to(room).emit('doc:sync', bytes);
    });
  });
  return { server, stop: () => new Promise((resolve) => void io.close(() => resolve())) };
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const started = mode === 'rooms' ? await startRooms() : startFloor();
  const bytes = countBytes(started.server);
  await new Promise<void>((resolve) => started.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}`;
  process.on('message', (message: ToServer) => {
    if (message.type === 'mark') {
      const { user, system } = process.cpuUsage();
      reply({ type: 'mark', cpuMs: (user + system) / 1000, ...bytes() });
    } else if (message.type === 'setup') {
      const { store } = started as { store?: Store };
      if (!store) throw new Error('the floor has no rooms to set up');
      void Promise.all(Array.from({ length: message.rooms }, () => seatRoom(url, store))).then(
        (rooms) => reply({ type: 'setup', rooms }),
      );
    } else {
      void started.stop().then(() => process.exit(0));
    }
  });
  reply({ type: 'ready', url });
}

void main();
