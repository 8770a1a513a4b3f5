import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REDIS_BINARY = process.env.REDIS_SERVER_BIN ?? 'redis-server';

/** Why Redis cannot run here (a one-line skip reason), or undefined when it can. */
export function redisUnavailable(): string | undefined {
  const probe = spawnSync(REDIS_BINARY, ['--version'], { encoding: 'utf8' });
  return probe.status === 0
    ? undefined
    : `redis-server is not installed (apt-get install -y redis-server); skipping the multi-node suite`;
}

export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server (SIGKILL by default) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port with the same data directory. */
  restart(): Promise<void>;
  /** Stops it for good and removes its data directory. */
  close(): Promise<void>;
}

/** A free loopback TCP port, chosen by the kernel. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(true));
      socket.once('error', () => resolve(false));
    }).catch(() => false);
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not listen on ${port} within 10 s`);
}

/**
 * Debian's redis-server on a free loopback port, with an append-only file in a temporary
 * directory (fsync every write) so a restart keeps what it acknowledged. No snapshots, no
 * outside address.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--protected-mode',
    'yes',
    '--loglevel',
    'warning',
  ];
  let child: ChildProcess;
  async function launch(): Promise<void> {
    child = spawn(REDIS_BINARY, args, { stdio: 'ignore' });
    await waitForPort(port, child);
  }
  async function kill(signal: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async (signal = 'SIGKILL') => {
      await kill(signal);
    },
    restart: async () => {
      await kill('SIGKILL');
      await launch();
    },
    close: async () => {
      await kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
