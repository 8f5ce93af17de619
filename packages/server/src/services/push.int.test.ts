// Web push delivery end to end, with a small HTTP server standing in for the browser's push service
// (no third-party calls): the message is encrypted for the device (RFC 8291, decrypted here by an
// independent implementation), signed with the server's VAPID key (RFC 8292), and says what is owed.
import { createPublicKey, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Job } from 'pg-boss';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { type ReminderData, sendEach } from '../jobs/reminders.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import {
  decryptPush,
  makeDeviceKeys,
  type PushService,
  type ReceivedPush,
  startPushService,
} from '../test/push-service.ts';
import type { ManualClock } from './manual-clock.ts';
import { ensureVapidKeys } from './push.ts';
import { pushReminder } from './push-reminders.ts';

const b64 = (buffer: Buffer) => buffer.toString('base64url');

/** The VAPID JWT (ES256) verifies with the server's public key, for this push service's origin. */
function checkVapid(headers: IncomingHttpHeaders, publicKey: string, origin: string): void {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(String(headers.authorization));
  expect(match?.[2]).toBe(publicKey);
  const [header, payload, signature] = (match?.[1] ?? '').split('.') as [string, string, string];
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64(point.subarray(1, 33)), y: b64(point.subarray(33, 65)) },
    format: 'jwk',
  });
  const signed = Buffer.from(`${header}.${payload}`);
  expect(
    verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url')),
  ).toBe(true);
  expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ aud: origin });
}

describeEachDatabase('reminders by web push, delivered to a local push endpoint', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let push: PushService;

  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database, {
      settings: { allowInsecurePush: true, pushAllowHosts: ['127.0.0.1'] },
    }));
    push = await startPushService();
  });
  afterAll(async () => {
    await app.close();
    await push.close();
  });
  beforeEach(() => {
    push.received.length = 0;
    push.answer = 201;
  });

  const remind = (patientId: string) =>
    sendEach(app.ctx, [{ data: { patientId, time: '08:00' } } as Job<ReminderData>], pushReminder);

  async function subscribedPerson(label: string) {
    clock.set('2026-03-02T07:00:00Z');
    const person = await signUpAs(app, { label });
    const walk = await startWalking(person.client, person.id, '2026-03-02');
    const device = makeDeviceKeys();
    const endpoint = `${push.origin}/push/${label}`;
    const res = await person.client.post('/api/push/subscriptions', { endpoint, keys: device.keys });
    expect(res.status).toBe(201);
    return { ...person, walk, device, endpoint };
  }

  it('makes its VAPID key pair once and keeps it', async () => {
    const first = await ensureVapidKeys(app.ctx.db);
    expect(await ensureVapidKeys(app.ctx.db)).toEqual(first);
    const { client } = await signUpAs(app, { label: 'Keys' });
    expect((await client.get('/api/push/key')).body).toEqual({ publicKey: first.publicKey });
  });

  it('sends an encrypted, signed reminder that asks first for what is owed', async () => {
    const person = await subscribedPerson('Rosa');
    const { publicKey } = await ensureVapidKeys(app.ctx.db);
    await remind(person.id);
    expect(push.received).toHaveLength(1);
    const [sent] = push.received as [ReceivedPush];
    expect(sent.path).toBe('/push/Rosa');
    expect(sent.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '86400', topic: 'morning' });
    checkVapid(sent.headers, publicKey, push.origin);
    expect(JSON.parse(decryptPush(sent.body, person.device))).toEqual({
      title: 'Steadily',
      body: 'How is your pain this morning? One tap to answer.',
      url: '/today',
      tag: 'morning',
    });

    // A session logged without "pain after": the next reminder asks for it, from the server's list.
    const session = { localDate: '2026-03-02', exerciseId: person.walk, done: 'quota', peak: 3 };
    expect((await write(person.client, 'POST', `/api/patients/${person.id}/sessions`, session)).status).toBe(
      201,
    );
    await remind(person.id);
    const after = JSON.parse(decryptPush((push.received[1] as ReceivedPush).body, person.device));
    expect(after).toMatchObject({
      tag: 'pain-after',
      body: 'How is your pain now, after Walking? One tap to answer.',
    });
  });

  it('forgets a device its push service no longer knows (410), and one the person turned off', async () => {
    const gone = await subscribedPerson('Gone');
    push.answer = 410;
    await remind(gone.id);
    push.answer = 201;
    await remind(gone.id);
    expect(push.received).toHaveLength(1);

    const off = await subscribedPerson('Off');
    expect(
      (await off.client.request('DELETE', '/api/push/subscriptions', { endpoint: off.endpoint })).status,
    ).toBe(200);
    await remind(off.id);
    expect(push.received).toHaveLength(1);
  });

  it('refuses a subscription whose endpoint is not https unless tests allow it', async () => {
    const strict = await buildTestApp(db().database);
    const { client } = await signUpAs(strict.app, { label: 'Strict' });
    const { keys } = makeDeviceKeys();
    const res = await client.post('/api/push/subscriptions', { endpoint: `${push.origin}/push/x`, keys });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('endpoint');
    await strict.app.close();
  });
});
