import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import type { Config } from './config';
import type { Database } from './platform/db/database';
import type { Clock } from './platform/clock';
import type { IdGenerator } from './platform/ids';
import type { Bus } from './platform/bus/bus';
import type { Jobs } from './platform/jobs/jobs';
import type { Metrics } from './platform/metrics';
import type { Logger } from './platform/logger';
import { createValidatorCompiler } from './platform/http/validation';
import { AppError } from './platform/http/app-error';
import { containsNul } from './platform/http/nul-guard';
import { problemFor, sendProblem, toProblem } from './platform/http/problem';
import { registerOpenApi } from './platform/http/openapi';
import { securityHeaders } from './platform/http/security-headers';
import { healthRoutes } from './platform/http/health.routes';
import { apiRoutes } from './routes';

/** Everything the app needs from outside; tests pass fakes of the collaborators. */
export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  ids: IdGenerator;
  bus: Bus;
  jobs?: Jobs;
  metrics: Metrics;
  logger: Logger;
}

/** What a domain service writes with: the database, the bus for events after commit, time and ids. */
export type ServiceDeps = Pick<AppDeps, 'database' | 'bus' | 'clock' | 'ids'>;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export type App = FastifyInstance;

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the HTTP app without listening; `app.inject()` drives it in tests. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  // Request ids: a random prefix per app instance and a counter, unique across instances
  // without drawing random bytes on every request.
  const requestIdPrefix = deps.ids.secret(6);
  let requestCount = 0;
  const headers = securityHeaders({ secureCookies: config.http.secureCookies });
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: config.http.bodyLimitBytes,
    // Per-request lines cost throughput; failures are still logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.http.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : `${requestIdPrefix}-${(++requestCount).toString(36)}`;
    },
  }) as unknown as App;

  app.decorate('deps', deps);
  app.setValidatorCompiler(createValidatorCompiler());

  // Every /api route must say who may call it; a route that forgets fails at start-up.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    reply.header('x-request-id', request.id);
  });
  // PostgreSQL text cannot hold U+0000: refuse it as bad input, never a database error.
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query) || containsNul(request.params) || containsNul(request.body)) throw new AppError('invalid_text');
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    deps.metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWebBuild();
    if (wantsPage) return reply.type('text/html').sendFile('index.html', webDist);
    return sendProblem(reply, problemFor('not_found', request, `No route for ${request.method} ${request.url.split('?')[0]}`));
  });

  if (config.http.corsOrigins.length > 0) {
    await app.register(cors, { origin: config.http.corsOrigins, credentials: true });
  }
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await registerOpenApi(app);
  await app.register(healthRoutes);
  await app.register(apiRoutes, { prefix: '/api/v1' });

  if (hasWebBuild()) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  return app;
}

function hasWebBuild(): boolean {
  return fs.existsSync(path.join(webDist, 'index.html'));
}
