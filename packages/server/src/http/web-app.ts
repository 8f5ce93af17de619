// Serves the built web app (packages/web/dist) at `/`, with the SPA's index.html for any other GET
// outside /api, brotli or gzip as the browser accepts. Before the app is built, a plain page says how
// to build it. /api stays JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Steadily</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Steadily</h1><p>The app is not built yet. Run <code>npm run build -w @steadily/web</code>,
then restart the server. The API is running at <a href="/api/health">/api/health</a>.</p></body></html>`;

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const built = existsSync(join(distDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      wildcard: false,
      // The build writes .br and .gz beside each text file (vite.config.ts): sent as they are, no
      // compression work per request.
      preCompressed: true,
      setHeaders: (reply, path) => {
        const immutable = path.includes(`${join(distDir, 'assets')}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (
      path.startsWith('/api/') ||
      path === '/api' ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      return reply.code(404).send({ error: 'not_found', message: `No route ${request.method} ${path}` });
    }
    if (!built) return reply.code(200).type('text/html').send(NOT_BUILT);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
