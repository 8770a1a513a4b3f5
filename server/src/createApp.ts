import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { authRouter } from './auth/authRouter';
import { createAuthLimits, type AuthLimits } from './auth/authLimits';
import { checkOrigin, ownOrigin, type OriginPolicy } from './auth/checkOrigin';
import { createAuthService } from './auth/createAuthService';
import { authenticate, requireUser } from './auth/requestUser';
import { guardSocketHandshakes } from './auth/socketHandshake';
import type { QuestionBank } from './bank/types';
import type { Config } from './config/loadConfig';
import type { Logger } from './logger';
import { apiNotFound, errorHandler } from './http/errorHandler';
import { healthRouter } from './http/routes/health';
import { questionsRouter } from './http/routes/questions';
import { runsRouter } from './http/routes/runs';
import { securityHeaders } from './http/securityHeaders';
import { serveClient } from './http/serveClient';
import { makeLimiterFor } from './http/sharedLimiter';
import type { Judge } from './judge';
import { createSocketServer, type IoServer } from './realtime/createSocketServer';
import { createRoomHub } from './rooms/createRoomHub';
import type { RedisServices } from './redis/createRedisServices';
import { dropRevokedSockets } from './auth/revocationChannels';
import { createRoomDocs } from './rooms/docs/createRoomDocs';
import { relayDocUpdates } from './rooms/docs/relayDocUpdates';
import { interviewsRouter } from './rooms/interviews/interviewsRouter';
import { createRunGate } from './rooms/runs/registerRunHandler';
import type { RoomHub } from './rooms/types';
import type { Clock } from './sessions/practice/clock';
import { createPractice, type Practice } from './sessions/practice/createPractice';
import type { DeadlineClaims } from './sessions/practice/DeadlineClaims';
import { DRAFT_ROUTE, draftBodyParser, practiceRouter } from './sessions/practice/practiceRouter';
import { sessionRunHooks } from './sessions/practice/sessionRuns';
import { attemptsRouter } from './sessions/attempts/attemptsRouter';
import { progressRouter } from './sessions/review/progressRouter';
import { sessionsRouter } from './sessions/sessionsRouter';
import type { Store } from './store/port';

/** Everything the app is built from; tests pass their own (port 0, temporary data dir). */
export interface AppDeps {
  config: Config;
  log: Logger;
  /** The loaded question bank (`loadBank(config.questionBankDir)`). */
  bank: QuestionBank;
  /** The opened store (`openStore(config)`); the caller closes it after `close()`. */
  store: Store;
  /** The sandbox judge (`createJudge()`); the caller closes it after `close()`. */
  judge: Judge;
  /** Sign-in and sign-up rate limits; the defaults of docs/access-rules.md when absent. */
  authLimits?: AuthLimits;
  /** Practice time; tests pass a clock they can move. Default `Date.now`. */
  clock?: Clock;
  /**
   * Several nodes (`REDIS_URL`): Socket.IO fan-out, shared rate limits, revocations and document
   * relays through Redis. Absent: one process, nothing shared. The caller closes it after `close()`.
   */
  redis?: RedisServices;
  /**
   * Claims on round deadlines shared by every node (`redisDeadlineClaims` when `REDIS_URL` is
   * set): practice rounds are then settled by whichever node claims them, and each node sweeps
   * the store for deadlines. Absent: this node times its sessions alone.
   */
  deadlineClaims?: DeadlineClaims;
}

export interface App {
  httpServer: http.Server;
  io: IoServer;
  /** Timed practice: its timers were rebuilt from the store when `timersResumed` settled. */
  practice: Practice;
  /** Live interview rooms of this node. */
  rooms: RoomHub;
  timersResumed: Promise<void>;
  /** Stops accepting, disconnects sockets and closes open connections. */
  close(): Promise<void>;
}

/** Builds the HTTP server, REST API and Socket.IO server without listening. */
export function createApp(deps: AppDeps): App {
  const { config, log, bank, store } = deps;
  const auth = createAuthService(store);
  const practice = createPractice({
    store,
    bank,
    judge: deps.judge,
    log,
    minuteMs: config.practiceMinuteMs,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.deadlineClaims ? { cluster: { claims: deps.deadlineClaims } } : {}),
  });
  const rooms = createRoomHub(store, log);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const originPolicy: OriginPolicy = {
    publicOrigin: config.publicOrigin,
    // Express compiles `trust proxy` into this function; sockets reuse it to read the scheme.
    trustsProxy: app.get('trust proxy fn') as OriginPolicy['trustsProxy'],
  };
  // The sockets exist before the routes, which announce room changes over them.
  const httpServer = http.createServer(app);
  const makeLimiter = makeLimiterFor(deps.redis?.command);
  const docs = createRoomDocs({ store, log });
  const io = createSocketServer(httpServer, {
    log,
    auth,
    store,
    rooms: {
      hub: rooms,
      bank,
      judge: deps.judge,
      docs,
      runs: createRunGate(undefined, makeLimiter),
      iceServers: config.iceServers,
    },
    redis: deps.redis,
  });
  dropRevokedSockets(io, auth);
  const stopRelay = deps.redis ? relayDocUpdates(deps.redis, docs, log) : undefined;

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') },
    }),
  );
  app.use(...securityHeaders());

  const api = express.Router();
  api.use(checkOrigin(originPolicy));
  // Whiteboard scenes are larger than any other body; the general parser then skips them.
  api.put(DRAFT_ROUTE, draftBodyParser);
  api.use(express.json({ limit: '100kb' }));
  api.use(authenticate(auth, config.cookieSecure));
  api.use(healthRouter({ store, judge: deps.judge, redis: deps.redis }));
  api.use(questionsRouter(bank));
  api.use(
    authRouter({
      auth,
      store,
      limits: deps.authLimits ?? createAuthLimits(deps.redis ? { redis: deps.redis.command } : {}),
      cookieSecure: config.cookieSecure,
    }),
  );
  // [AR0] Routes that act for a person; unknown paths still fall through to a 404.
  api.use(['/sessions', '/runs', '/me'], requireUser);
  api.use(practiceRouter(practice));
  api.use(sessionsRouter(store));
  api.use(progressRouter(store, bank));
  api.use(attemptsRouter(store, bank));
  api.use(
    interviewsRouter({
      hub: rooms,
      store,
      io,
      originOf: (req) => ownOrigin(req, originPolicy) ?? `${req.protocol}://${req.get('host')}`,
      makeLimiter,
    }),
  );
  api.use(
    runsRouter({ bank, judge: deps.judge, sessionRuns: sessionRunHooks(practice), makeLimiter }),
  );
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(serveClient(config.clientDistDir));
  app.use(errorHandler);

  guardSocketHandshakes(io, { auth, policy: originPolicy, log });

  // [ST5] Rounds that expired while the server was down are closed and judged now.
  const timersResumed = practice.resume().catch((error: unknown) => {
    log.error({ err: error }, 'rebuilding practice timers failed');
  });

  return {
    httpServer,
    io,
    practice,
    rooms,
    timersResumed,
    async close() {
      await timersResumed;
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
      httpServer.closeAllConnections();
      stopRelay?.();
      // Every edit the server applied is stored before the store closes (a graceful restart
      // loses none): the pending doc:update batch, then a snapshot of each edited document.
      await docs.flush();
      await practice.close();
    },
  };
}
