import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { SANDBOX_V8_FLAGS } from './sandboxFlags';

/** How to start a judge worker process: a script and the Node and V8 flags it needs. */
export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

const SOURCE = fileURLToPath(new URL('./judgeWorker.ts', import.meta.url));
const require = createRequire(import.meta.url);
const CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/mockloop-judge/', import.meta.url),
);
let bundled: Promise<WorkerEntry> | undefined;

/**
 * The worker as one plain JavaScript file, bundled once per server process: a replacement worker
 * then starts in about half the time it takes through the TypeScript loader, which matters after
 * every worker killed for overrunning. Native and service packages stay outside the bundle,
 * imported by absolute path. If bundling fails the worker runs from source through tsx.
 */
export function workerEntry(): Promise<WorkerEntry> {
  bundled ??= bundleWorker().catch((error: unknown) => {
    process.emitWarning(`judge worker bundle failed, running from source: ${String(error)}`);
    return fromSource();
  });
  return bundled;
}

async function bundleWorker(): Promise<WorkerEntry> {
  const result = await build({
    entryPoints: [SOURCE],
    write: false,
    outfile: 'judgeWorker.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'absolute-externals',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^(isolated-vm|esbuild)$/ }, (args) => ({
            path: require.resolve(args.path),
            external: true,
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no output');
  // Named by content, in the package's own cache folder: every process reuses it, and a new
  // version of the worker gets a new file, so nothing needs cleaning up.
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = path.join(CACHE_DIR, `judgeWorker-${hash}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return { file, execArgv: ['--no-node-snapshot', ...SANDBOX_V8_FLAGS] };
}

function fromSource(): WorkerEntry {
  const tsxLoader = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/loader.mjs');
  return {
    file: SOURCE,
    execArgv: [
      '--no-node-snapshot',
      ...SANDBOX_V8_FLAGS,
      '--import',
      pathToFileURL(tsxLoader).href,
    ],
  };
}
