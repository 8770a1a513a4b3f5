import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { QuestionBank } from './bank/types';
import type { Config } from './config/loadConfig';
import type { Logger } from './logger';
import { apiNotFound, errorHandler } from './http/errorHandler';
import { questionsRouter } from './http/routes/questions';
import { securityHeaders } from './http/securityHeaders';
import { serveClient } from './http/serveClient';
import { createSocketServer, type IoServer } from './realtime/createSocketServer';

/** Everything the app is built from; tests pass their own (port 0, temporary data dir). */
export interface AppDeps {
  config: Config;
  log: Logger;
  /** The loaded question bank (`loadBank(config.questionBankDir)`). */
  bank: QuestionBank;
}

export interface App {
  httpServer: http.Server;
  io: IoServer;
  /** Stops accepting, disconnects sockets and closes open connections. */
  close(): Promise<void>;
}

/** Builds the HTTP server, REST API and Socket.IO server without listening. */
export function createApp(deps: AppDeps): App {
  const { config, log, bank } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

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
  app.use(securityHeaders());

  const api = express.Router();
  api.use(express.json({ limit: '100kb' }));
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  api.use(questionsRouter(bank));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(serveClient(config.clientDistDir));
  app.use(errorHandler);

  const httpServer = http.createServer(app);
  const io = createSocketServer(httpServer, log);

  return {
    httpServer,
    io,
    async close() {
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
      httpServer.closeAllConnections();
    },
  };
}
