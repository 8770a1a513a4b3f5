// `npm run check:prod-install`: proves a production install works. Clones the committed tree
// into a temporary folder, installs it with `npm ci --omit=dev`, hands it this tree's built
// client, starts the server there and waits for `/api/health`. A runtime import that only a dev
// dependency happened to provide fails here, as it would on a server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-prod-'));
const app = path.join(work, 'app');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return await response.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

let server;
try {
  if (!fs.existsSync(path.join(root, 'client/dist/index.html'))) run('npm', ['run', 'build'], root);
  run('git', ['clone', '--quiet', '--depth', '1', `file://${root}`, app], work);
  run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], app);
  fs.cpSync(path.join(root, 'client/dist'), path.join(app, 'client/dist'), { recursive: true });

  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: app,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(work, 'data'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const health = await waitForHealth(`http://127.0.0.1:${port}/api/health`, server, 60_000);
  const page = await fetch(`http://127.0.0.1:${port}/`);
  if (!page.ok || !(await page.text()).includes('<div id="root">')) {
    throw new Error(`the built client is not served (status ${page.status})`);
  }
  console.log(
    `production install: /api/health answered ${JSON.stringify(health)}; / serves the app`,
  );
} catch (error) {
  console.error(`production install failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  server?.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
