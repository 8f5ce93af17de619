// Security headers (a CSP that lets the built app and its service worker run, nothing third-party),
// CSRF protection (a secret in an HttpOnly cookie, its token in the `x-csrf-token` header on every
// unsafe /api request), rate limiting (applied per route: sign-in), counted in the database, and
// no caching of personal answers.
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { isSecure } from './auth.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The CSRF token handed out with this GET response (also in its `x-csrf-token` header). */
    csrfToken: string | null;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCsrf, {
    cookieKey: 'steadily_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict' },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(app.ctx.db) });
  // Every read under /api also hands out a token, so the web app never needs a separate call. One
  // token per request: generating twice would set two different secret cookies.
  app.decorateRequest('csrfToken', null);
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET' && request.url.startsWith('/api/')) {
      request.csrfToken = reply.generateCsrf({ secure: isSecure(request, app.web.secureCookies) });
      reply.header('x-csrf-token', request.csrfToken);
    }
  });
  // Health data must not stay in a browser's or a proxy's cache (the back button on a shared computer, a
  // caching proxy): every answer to a signed-in request, whatever its type (JSON, CSV, PDF, FHIR), and
  // every public one that is personal, is no-store, and varies with the session cookie.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    if (request.actor === null && request.routeOptions.config?.personal !== true) return payload;
    reply.header('cache-control', 'no-store');
    const vary = reply.getHeader('vary');
    const varies = String(vary ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (!varies.some((v) => v.toLowerCase() === 'cookie' || v === '*'))
      reply.header('vary', [...varies, 'Cookie'].join(', '));
    return payload;
  });
  app.addHook('onRequest', (request, reply, done) => {
    const isApiWrite =
      UNSAFE_METHODS.has(request.method) &&
      request.url.startsWith('/api/') &&
      request.routeOptions.url !== undefined;
    if (isApiWrite) app.csrfProtection(request, reply, done);
    else done();
  });
}
