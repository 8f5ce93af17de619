// Web push delivery end to end, with a small HTTP server standing in for the browser's push service
// (no third-party calls): the message is encrypted for the device (RFC 8291, decrypted here by an
// independent implementation), signed with the server's VAPID key (RFC 8292), and says what is owed.
import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Job } from 'pg-boss';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { handleReminder, type ReminderData } from '../jobs/reminders.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import type { ManualClock } from './manual-clock.ts';
import { ensureVapidKeys } from './push.ts';
import { pushReminder } from './push-reminders.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const b64 = (buffer: Buffer) => buffer.toString('base64url');
const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** RFC 8291 decryption on the device's side (aes128gcm, one record). */
function decrypt(body: Buffer, device: ReturnType<typeof createECDH>, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20] ?? 0;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = device.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    device.getPublicKey(),
    serverPublic,
    Buffer.from([1]),
  ]);
  const ikm = hmac(hmac(authSecret, shared), keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(-16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()]);
  return plain.subarray(0, plain.lastIndexOf(2)).toString('utf8'); // 0x02 ends the last record
}

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
  let pushService: Server;
  let origin: string;
  let received: Received[] = [];
  let answer = 201;

  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database, { settings: { allowInsecurePush: true } }));
    pushService = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => pushService.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => pushService.close(resolve));
  });
  beforeEach(() => {
    received = [];
    answer = 201;
  });

  const remind = (patientId: string) =>
    handleReminder(app.ctx, [{ data: { patientId, time: '08:00' } } as Job<ReminderData>], pushReminder);

  async function subscribedPerson(label: string) {
    clock.set('2026-03-02T07:00:00Z');
    const person = await signUpAs(app, { label });
    const walk = await startWalking(person.client, person.id, '2026-03-02');
    const device = createECDH('prime256v1');
    device.generateKeys();
    const authSecret = randomBytes(16);
    const endpoint = `${origin}/push/${label}`;
    const keys = { p256dh: b64(device.getPublicKey()), auth: b64(authSecret) };
    const res = await person.client.post('/api/push/subscriptions', { endpoint, keys });
    expect(res.status).toBe(201);
    return { ...person, walk, device, authSecret, endpoint };
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
    expect(received).toHaveLength(1);
    const [push] = received as [Received];
    expect(push.path).toBe('/push/Rosa');
    expect(push.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '86400', topic: 'morning' });
    checkVapid(push.headers, publicKey, origin);
    expect(JSON.parse(decrypt(push.body, person.device, person.authSecret))).toEqual({
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
    const after = JSON.parse(decrypt((received[1] as Received).body, person.device, person.authSecret));
    expect(after).toMatchObject({
      tag: 'pain-after',
      body: 'How is your pain now, after Walking? One tap to answer.',
    });
  });

  it('forgets a device its push service no longer knows (410), and one the person turned off', async () => {
    const gone = await subscribedPerson('Gone');
    answer = 410;
    await remind(gone.id);
    answer = 201;
    await remind(gone.id);
    expect(received).toHaveLength(1);

    const off = await subscribedPerson('Off');
    expect(
      (await off.client.request('DELETE', '/api/push/subscriptions', { endpoint: off.endpoint })).status,
    ).toBe(200);
    await remind(off.id);
    expect(received).toHaveLength(1);
  });

  it('refuses a subscription whose endpoint is not https unless tests allow it', async () => {
    const strict = await buildTestApp(db().database);
    const { client } = await signUpAs(strict.app, { label: 'Strict' });
    const keys = { p256dh: b64(createECDH('prime256v1').generateKeys()), auth: b64(randomBytes(16)) };
    const res = await client.post('/api/push/subscriptions', { endpoint: `${origin}/push/x`, keys });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('endpoint');
    await strict.app.close();
  });
});
