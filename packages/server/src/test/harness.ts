// Builds an app on a test database with a manual clock and core's engine, and signs people up.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { coreEngine } from '../engine/engine-port.ts';
import { ManualClock } from '../services/manual-clock.ts';
import { TestClient } from './client.ts';

export const PASSWORD = 'correct horse battery';

export async function buildTestApp(
  database: Database,
  options: Partial<AppOptions> & { clock?: ManualClock } = {},
): Promise<{ app: FastifyInstance; clock: ManualClock }> {
  const clock = options.clock ?? new ManualClock('2026-03-02T09:00:00Z');
  const app = await buildApp({
    database,
    engine: coreEngine,
    clock,
    webDist: '/nonexistent/steadily-web-dist',
    ...options,
    web: {
      signInRateLimit: { max: 1000, timeWindow: 60_000 },
      signUpRateLimit: { max: 1000, timeWindow: 60_000 },
      invitationRateLimit: { max: 1000, timeWindow: 60_000 },
      ...options.web,
    },
  });
  await app.ready();
  return { app, clock };
}

export function uniqueEmail(label: string): string {
  return `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signUpAs(
  app: FastifyInstance,
  body: { role?: 'patient' | 'clinician'; invitationCode?: string; label?: string; timeZone?: string } = {},
): Promise<{ client: TestClient; id: string; email: string }> {
  const client = new TestClient(app);
  const email = uniqueEmail(body.label ?? 'person');
  const res = await client.post('/api/auth/sign-up', {
    email,
    password: PASSWORD,
    displayName: body.label ?? 'Person',
    timeZone: body.timeZone ?? 'Europe/London',
    ...(body.role !== undefined && { role: body.role }),
    ...(body.invitationCode !== undefined && { invitationCode: body.invitationCode }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, id: res.body.id, email };
}
