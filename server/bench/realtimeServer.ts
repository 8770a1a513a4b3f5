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
import type { CreateInterviewResponse } from '@mockloop/shared';
import { createAuthLimits } from '../src/auth/authLimits';
import { loadBank } from '../src/bank/loadBank';
import { loadConfig } from '../src/config/loadConfig';
import { createApp } from '../src/createApp';
import { createJudge } from '../src/judge';
import { createLogger } from '../src/logger';
import { openStore } from '../src/store/openStore';

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

/** Two guests in a coding interview, created and joined over the interview routes. */
async function seatRoom(url: string): Promise<BenchRoom> {
  const post = async (route: string, cookie: string, body: unknown) => {
    const res = await fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`POST ${route}: ${res.status}`);
    return res;
  };
  const guest = async (displayName: string) =>
    (await post('/api/auth/guest', '', { displayName })).headers.get('set-cookie')?.split(';')[0] ??
    '';
  const interviewerCookie = await guest('Bench interviewer');
  const candidateCookie = await guest('Bench candidate');
  const created = (await (
    await post('/api/interviews', interviewerCookie, { format: 'coding' })
  ).json()) as CreateInterviewResponse;
  const code = created.inviteUrl.split('/join/')[1];
  await post('/api/interviews/join', candidateCookie, { code });
  return { sessionId: created.session.id, interviewerCookie, candidateCookie };
}

async function startRooms(): Promise<{ server: http.Server; stop(): Promise<void> }> {
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
      if (mode !== 'rooms') throw new Error('the floor has no rooms to set up');
      void Promise.all(Array.from({ length: message.rooms }, () => seatRoom(url))).then((rooms) =>
        reply({ type: 'setup', rooms }),
      );
    } else {
      void started.stop().then(() => process.exit(0));
    }
  });
  reply({ type: 'ready', url });
}

void main();
