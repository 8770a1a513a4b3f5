import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/startTestServer';
import { freePort } from '../helpers/redisServer';

const OPENSSL_BINARY = process.env.OPENSSL_BIN ?? 'openssl';
const NGINX_BINARY =
  process.env.NGINX_BIN ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Why nginx cannot run here (a one-line skip reason), or undefined when it can. */
export function nginxUnavailable(): string | undefined {
  const nginx = spawnSync(NGINX_BINARY, ['-v'], { encoding: 'utf8' });
  const openssl = spawnSync(OPENSSL_BINARY, ['version'], { encoding: 'utf8' });
  return nginx.status === 0 && openssl.status === 0
    ? undefined
    : 'nginx or openssl is not installed (apt-get install -y nginx openssl); skipping the reverse-proxy suite';
}

export interface NginxProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `https://127.0.0.1:<port>`, with a self-signed certificate for 127.0.0.1 (`ca`). */
  httpsUrl: string;
  ca: string;
  stop(): Promise<void>;
}

/**
 * deploy/nginx.conf as shipped, with only what a test must change: the listen ports, the
 * upstream's node lines, TLS switched on with a throw-away certificate, and every path nginx
 * writes (pid, logs, temp files) inside a temporary directory, in the foreground.
 */
export function nginxConfFor(
  conf: string,
  options: { dir: string; httpPort: number; httpsPort: number; nodePorts: number[] },
): string {
  const { dir, httpPort, httpsPort, nodePorts } = options;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${dir}/${name};`)
    .join('\n');
  const replaced = conf
    .replace(
      /^worker_processes .*;$/m,
      [
        'worker_processes 1;',
        'daemon off;',
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log warn;`,
        // As root, nginx would hand requests to `nobody`, who cannot read the temporary dir.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
      ].join('\n'),
    )
    .replace(/^http \{$/m, `http {\n    access_log ${dir}/access.log;\n${temp}`)
    .replace(/^( *)server 127\.0\.0\.1:\d+( .*;)$/gm, (line, indent: string, rest: string) =>
      line.includes(':3001')
        ? nodePorts.map((p) => `${indent}server 127.0.0.1:${p}${rest}`).join('\n')
        : '',
    )
    .replace(/^( *)listen 80;$/m, `$1listen 127.0.0.1:${httpPort};`)
    .replace(/^( *)# listen 443 ssl;$/m, `$1listen 127.0.0.1:${httpsPort} ssl;`)
    .replace(/^( *)# ssl_certificate .*$/m, `$1ssl_certificate ${dir}/cert.pem;`)
    .replace(/^( *)# ssl_certificate_key .*$/m, `$1ssl_certificate_key ${dir}/key.pem;`);
  if (!replaced.includes(`listen 127.0.0.1:${httpsPort} ssl;`)) {
    throw new Error('deploy/nginx.conf changed shape: the test cannot find its listen lines');
  }
  return replaced;
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) {
      throw new Error(`nginx exited: ${fs.readFileSync(log, 'utf8')}`);
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port} within 10 s`);
}

/** Starts nginx with deploy/nginx.conf in front of the nodes listening on `nodePorts`. */
export async function startNginx(nodePorts: number[]): Promise<NginxProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-nginx-'));
  const made = spawnSync(OPENSSL_BINARY, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    `${dir}/key.pem`,
    '-out',
    `${dir}/cert.pem`,
  ]);
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const conf = fs.readFileSync(path.join(REPO_ROOT, 'deploy/nginx.conf'), 'utf8');
  const confPath = path.join(dir, 'nginx.conf');
  fs.writeFileSync(confPath, nginxConfFor(conf, { dir, httpPort, httpsPort, nodePorts }));
  const errorLog = path.join(dir, 'error.log');
  const child = spawn(NGINX_BINARY, ['-c', confPath, '-p', `${dir}/`, '-e', errorLog], {
    stdio: 'ignore',
  });
  await waitForPort(httpPort, child, errorLog);
  await waitForPort(httpsPort, child, errorLog);
  return {
    url: `http://127.0.0.1:${httpPort}`,
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    ca: fs.readFileSync(`${dir}/cert.pem`, 'utf8'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
