// Builds the Fastify app: zod validation and serialisation, the OpenAPI document, security headers,
// CSRF, sessions, every route, the error mapping, and the built web app. No listening, no jobs:
// server.ts does that, so tests can build many apps on one database.
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from './db/database.ts';
import type { EngineModule } from './engine/engine-port.ts';
import { registerAuth, type SecureCookies } from './http/auth.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerSecurity } from './http/security.ts';
import { registerWebApp } from './http/web-app.ts';
import { registerRoutes } from './routes/index.ts';
import {
  type AppContext,
  type Clock,
  type JobQueue,
  noJobs,
  type Settings,
  systemClock,
} from './services/context.ts';

interface RateLimit {
  max: number;
  timeWindow: number;
}

interface WebSettings {
  secureCookies: SecureCookies;
  signInRateLimit: RateLimit;
  signUpRateLimit: RateLimit;
  /** Looking up and accepting an invitation code, per address: guessing codes stays slow. */
  invitationRateLimit: RateLimit;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    web: WebSettings;
  }
}

export interface AppOptions {
  database: Database;
  engine: EngineModule | null;
  clock?: Clock;
  jobs?: JobQueue;
  settings?: Partial<Settings>;
  web?: Partial<WebSettings>;
  /** Folder of the built web app (packages/web/dist). */
  webDist: string;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 256 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const ctx: AppContext = {
    db: options.database.db,
    dbKind: options.database.kind,
    clock: options.clock ?? systemClock,
    engine: options.engine,
    jobs: options.jobs ?? noJobs,
    settings: { allowSelfSignUp: true, invitationDays: 14, ...options.settings },
  };
  app.decorate('ctx', ctx);
  app.decorate('web', {
    secureCookies: 'auto',
    signInRateLimit: { max: 10, timeWindow: 60_000 },
    signUpRateLimit: { max: 20, timeWindow: 60_000 },
    invitationRateLimit: { max: 10, timeWindow: 60_000 },
    ...options.web,
  });
  registerErrorHandler(app);
  await app.register(fastifyCookie);
  await registerSecurity(app);
  registerAuth(app, ctx);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Steadily API', version: '0.1.0', description: 'Pain-aware graded exercise coach' },
    },
    transform: jsonSchemaTransform,
  });
  registerRoutes(app);
  await registerWebApp(app, options.webDist);
  return app;
}
