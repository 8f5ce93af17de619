import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp } from '../test/harness.ts';
import { seedDemo } from './demo.ts';

describeEachDatabase('demo data', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
  });
  afterAll(() => app.close());

  it('creates a clinician and two patients with eight weeks of history, once', async () => {
    const first = await seedDemo(app.ctx);
    expect(first.created).toBe(true);
    expect(first.logins).toHaveLength(3);
    expect((await seedDemo(app.ctx)).created).toBe(false);

    const [clinicianLogin, flareLogin, plateauLogin] = first.logins;
    const clinician = new TestClient(app);
    expect(
      (
        await clinician.post('/api/auth/sign-in', {
          email: clinicianLogin?.email,
          password: clinicianLogin?.password,
        })
      ).status,
    ).toBe(200);
    const caseload = (await clinician.get('/api/patients')).body;
    expect(caseload).toHaveLength(2);

    const flare = caseload.find((p: { email: string }) => p.email === flareLogin?.email);
    const flareDecisions = (await clinician.get(`/api/patients/${flare.id}/decisions`)).body as {
      action: string;
    }[];
    expect(flareDecisions.some((d) => d.action === 'flare')).toBe(true);
    expect(flareDecisions.some((d) => d.action === 'rebuild')).toBe(true);
    expect(flareDecisions.some((d) => d.action === 'progress')).toBe(true);

    const plateau = caseload.find((p: { email: string }) => p.email === plateauLogin?.email);
    expect(plateau.flags).toContain('plateau');
    // The plateau is one thing to acknowledge, and one reason in the caseload (not the flag and its alert).
    const alerts = (await clinician.get(`/api/patients/${plateau.id}/alerts`)).body as { alertKey: string }[];
    expect(alerts.filter((a) => a.alertKey.includes('plateau'))).toHaveLength(1);
    const listed = (await clinician.get('/api/caseload')).body.patients as {
      id: string;
      reasons: { code: string }[];
    }[];
    const plateauRow = listed.find((p) => p.id === plateau.id);
    expect(plateauRow?.reasons.filter((r) => r.code === 'plateau')).toHaveLength(1);
    // The plateau card offers each exercise's library variants (issue 14: it said "No library variants").
    const programme = (await clinician.get(`/api/patients/${plateau.id}/programme`)).body as {
      exercises: { name: string; libraryExerciseId: string | null }[];
    };
    const library = (await clinician.get('/api/library')).body as {
      id: string;
      easierId: string | null;
      harderId: string | null;
    }[];
    const variants = programme.exercises.map((e) => {
      const entry = library.find((l) => l.id === e.libraryExerciseId);
      return [e.name, entry?.easierId ?? null, entry?.harderId ?? null];
    });
    expect(variants).toEqual([
      ['Walking', 'standing-march', 'brisk-walk'],
      ['Sit to stand', 'seated-knee-straighten', 'step-up'],
    ]);
    const progress = (await clinician.get(`/api/patients/${plateau.id}/progress`)).body;
    expect(progress.weeksSinceStart).toBeGreaterThanOrEqual(7);

    const me = (await clinician.get('/api/auth/me')).body;
    expect(me.isAdmin).toBe(false);
  });
});
