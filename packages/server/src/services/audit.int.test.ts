import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, PASSWORD, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import type { ManualClock } from './manual-clock.ts';

describeEachDatabase('audit log, data export and account deletion', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let admin: TestClient;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    ({ client: admin } = await signUpAs(app, { role: 'clinician', label: 'admin' }));
  });
  afterAll(() => app.close());

  it('records who read and changed a record, for the admin to read', async () => {
    const code = (await write(admin, 'POST', '/api/invitations', { kind: 'clinician' })).body.code;
    const clinician = await signUpAs(app, { label: 'clinician', invitationCode: code });
    const patientCode = (await write(clinician.client, 'POST', '/api/invitations', { kind: 'patient' })).body
      .code;
    const patient = await signUpAs(app, { label: 'patient', invitationCode: patientCode });
    await clinician.client.get(`/api/patients/${patient.id}`);
    await write(clinician.client, 'POST', `/api/patients/${patient.id}/notes`, { text: 'Hello' });
    const log = await admin.get(`/api/admin/audit?patientId=${patient.id}`);
    expect(log.status).toBe(200);
    expect(log.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: clinician.id,
          action: 'read',
          route: 'GET /api/patients/:patientId',
        }),
        expect.objectContaining({
          actorId: clinician.id,
          action: 'write',
          route: 'POST /api/patients/:patientId/notes',
        }),
      ]),
    );
    expect((await patient.client.get('/api/admin/audit')).status).toBe(403);
  });

  it('records refused attempts on a record too: another clinician probing it, a patient overstepping', async () => {
    const code = (await write(admin, 'POST', '/api/invitations', { kind: 'clinician' })).body.code;
    const clinician = await signUpAs(app, { label: 'own clinician', invitationCode: code });
    const otherCode = (await write(admin, 'POST', '/api/invitations', { kind: 'clinician' })).body.code;
    const stranger = await signUpAs(app, { label: 'stranger', invitationCode: otherCode });
    const patientCode = (await write(clinician.client, 'POST', '/api/invitations', { kind: 'patient' })).body
      .code;
    const patient = await signUpAs(app, { label: 'patient', invitationCode: patientCode });
    expect((await stranger.client.get(`/api/patients/${patient.id}`)).status).toBe(404);
    const overstep = await write(patient.client, 'POST', `/api/patients/${patient.id}/notes`, { text: 'Hi' });
    expect(overstep.status).toBe(403);
    const log = await admin.get(`/api/admin/audit?patientId=${patient.id}`);
    expect(log.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: stranger.id,
          action: 'not_found',
          route: 'GET /api/patients/:patientId',
        }),
        expect.objectContaining({
          actorId: patient.id,
          action: 'forbidden',
          route: 'POST /api/patients/:patientId/notes',
        }),
      ]),
    );
  });

  it('refuses to change or delete audit entries', async () => {
    const database = db().database.db;
    await expect(sql`update audit_log set action = 'x'`.execute(database)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(database)).rejects.toThrow(/append-only/);
  });

  it('exports everything about a person and deletes it all on request', async () => {
    const person = await signUpAs(app, { label: 'leaving' });
    await startWalking(person.client, person.id, '2026-03-02');
    const exported = await person.client.get('/api/account/export');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.body.account.id).toBe(person.id);
    expect(exported.body.programmes[0].decisions[0].action).toBe('start');
    expect(JSON.stringify(exported.body)).not.toContain('argon2');
    expect((await person.client.delete('/api/account', { password: PASSWORD })).status).toBe(200);
    const database = db().database.db;
    for (const table of [
      'account',
      'patient',
      'programme',
      'engine_event',
      'decision',
      'engine_state',
    ] as const) {
      const column = table === 'account' || table === 'patient' ? 'id' : 'patient_id';
      const rows =
        await sql`select 1 from ${sql.table(table)} where ${sql.ref(column)} = ${person.id}`.execute(
          database,
        );
      expect(rows.rows, table).toEqual([]);
    }
  });
});
