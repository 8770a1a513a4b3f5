import path from 'node:path';
import { z } from 'zod';
import { describeZodError, IceServerSchema, type IceServer } from '@mockloop/shared';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `https://Example.com:443/` → `https://example.com`; undefined for anything but a bare origin. */
function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `ICE_SERVERS`: a JSON array of `RTCIceServer`s (STUN/TURN) handed to the room's browsers. */
const IceServersSchema = z
  .string()
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.array(IceServerSchema).max(10));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  JUDGE_MODE: z.enum(['local', 'queue']).default('local'),
  PRACTICE_MINUTE_MS: z.coerce.number().int().min(100).max(60_000).optional(),
  NODE_ENV: z.string().optional(),
  QUESTION_BANK_DIR: z.string().min(1).default('./question-bank'),
  QUESTION_BANK_DIRS: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CLIENT_DIST_DIR: z.string().min(1).default('./client/dist'),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.string().min(1).default('loopback'),
  PUBLIC_ORIGIN: z
    .string()
    .transform((value, ctx) => {
      const origin = originOf(value);
      if (origin === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an http(s) origin such as https://mockloop.example.com (no path)',
        });
        return z.NEVER;
      }
      return origin;
    })
    .optional(),
  ICE_SERVERS: IceServersSchema.optional(),
});

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  mongodbUri: string | undefined;
  /** Redis for several nodes (Socket.IO fan-out, shared limits, revocations, deadlines); unset: one process. */
  redisUrl: string | undefined;
  /** `local`: judge in this process's worker pool; `queue`: enqueue for `npm run judge:worker` (needs Redis). */
  judgeMode: 'local' | 'queue';
  /**
   * How long a practice round's minute lasts: 60 000 ms, or `PRACTICE_MINUTE_MS` for tests that
   * run real server processes and cannot wait whole minutes (refused with NODE_ENV=production).
   */
  practiceMinuteMs: number;
  questionBankDir: string;
  /** Team banks loaded beside the built-in one (`QUESTION_BANK_DIRS`, separated like PATH). */
  teamBankDirs: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  clientDistDir: string;
  /** The session cookie's Secure flag: `auto` follows the request's protocol. */
  cookieSecure: 'auto' | 'true' | 'false';
  /** Express `trust proxy`: `loopback` (default), `false`, a hop count, or addresses/subnets. */
  trustProxy: boolean | number | string;
  /**
   * The origin browsers reach the app at (scheme, host, port), e.g. behind a proxy. Unset: each
   * request's own origin. Cross-origin checks for REST and sockets compare against it.
   */
  publicOrigin: string | undefined;
  /**
   * STUN/TURN servers for calls (`ICE_SERVERS`). Empty by default: peers on one network connect
   * through host candidates, and no browser is ever sent to a public STUN server.
   */
  iceServers: IceServer[];
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads configuration from the environment; throws one readable error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${describeZodError(parsed.error)}`);
  }
  const e = parsed.data;
  if (e.JUDGE_MODE === 'queue' && !e.REDIS_URL) {
    throw new Error(
      'Invalid configuration: JUDGE_MODE=queue needs REDIS_URL (the queue lives in Redis)',
    );
  }
  if (e.PRACTICE_MINUTE_MS !== undefined && e.NODE_ENV === 'production') {
    throw new Error(
      'Invalid configuration: PRACTICE_MINUTE_MS shortens practice rounds for tests only; unset it in production',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    judgeMode: e.JUDGE_MODE,
    practiceMinuteMs: e.PRACTICE_MINUTE_MS ?? 60_000,
    questionBankDir: path.resolve(cwd, e.QUESTION_BANK_DIR),
    teamBankDirs: (e.QUESTION_BANK_DIRS ?? '')
      .split(path.delimiter)
      .map((dir) => dir.trim())
      .filter(Boolean)
      .map((dir) => path.resolve(cwd, dir)),
    logLevel: e.LOG_LEVEL,
    clientDistDir: path.resolve(cwd, e.CLIENT_DIST_DIR),
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    publicOrigin: e.PUBLIC_ORIGIN,
    iceServers: e.ICE_SERVERS ?? [],
  };
}
