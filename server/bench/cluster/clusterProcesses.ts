/**
 * The processes of `npm run bench:cluster`: a throw-away redis-server and real MockLoop nodes
 * (`server/src/index.ts`, as deployed) sharing one SQLite file and that Redis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const SMALL_BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');

export interface Running {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}

/** `REDIS_URL` from the environment, or redis-server on a free port with no persistence. */
export async function startRedis(): Promise<Running> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: () => Promise.resolve() };
  const port = await freePort();
  const bin = process.env.REDIS_SERVER_BIN ?? 'redis-server';
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 200; tries += 1) {
    if (child.exitCode !== null) throw new Error(`${bin} exited; is redis-server installed?`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return { url: `redis://127.0.0.1:${port}`, stop: stopper(child) };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('redis-server did not start within 10 s');
}

const READY = /MockLoop is serving http:\/\/localhost:(\d+)/;

/** A node process; resolves once it logs the port it serves on. */
export async function startNode(env: Record<string, string>): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--no-node-snapshot', '--import', 'tsx', 'server/src/index.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (!child.stdout) throw new Error('no stdout');
  const lines = readline.createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`a node exited with ${code}`)));
    lines.on('line', (line) => {
      const found = READY.exec(line);
      if (found) resolve(Number(found[1]));
    });
  });
  return { url: `http://127.0.0.1:${port}`, stop: stopper(child) };
}

let guests = 0;

/**
 * Signs in a guest from its own loopback address: a node allows 10 new guests per address per
 * 10 minutes, and the bench seats hundreds.
 */
export async function guestCookie(url: string, displayName: string): Promise<string> {
  const n = Math.floor(guests++ / 5);
  const localAddress = `127.0.${1 + Math.floor(n / 250)}.${2 + (n % 250)}`;
  const res = await post(url, '/api/auth/guest', { displayName }, '', localAddress);
  return res.cookie;
}

/** A JSON POST over node:http (fetch cannot pick its local address). */
export function post(
  url: string,
  route: string,
  body: unknown,
  cookie: string,
  localAddress?: string,
): Promise<{ status: number; body: unknown; cookie: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}${route}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        ...(localAddress ? { localAddress } : {}),
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 300) {
            reject(new Error(`POST ${route}: ${res.statusCode} ${text}`));
            return;
          }
          const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(text) as unknown,
            cookie: setCookie,
          });
        });
      },
    );
    req.once('error', reject);
    req.end(JSON.stringify(body));
  });
}
