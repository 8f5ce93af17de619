// Issue 13, items 2 and 10: push endpoints reach public push services only (no SSRF into the operator's
// network), checked when a device subscribes and again at each send, never following a redirect; and a
// subscription belongs to (account, endpoint), so another account cannot take a device over.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { makeDeviceKeys, type PushService, startPushService } from '../test/push-service.ts';
import { sendPush } from './push.ts';

const MESSAGE = { title: 'Time to move', body: 'Your plan for today', url: '/', tag: 'reminder' };

const PRIVATE_ENDPOINTS = [
  'https://127.0.0.1:8443/push/x',
  'https://169.254.169.254/latest/meta-data',
  'https://10.0.0.1/',
  'https://172.16.5.4/',
  'https://192.168.1.1/',
  'https://100.64.0.1/',
  'https://0.0.0.0/',
  'https://224.0.0.1/',
  'https://localhost/',
  'https://[::1]/',
  'https://[::]/',
  'https://[fe80::1]/',
  'https://[fd00::1]/',
  'https://[ff02::1]/',
  'https://[::ffff:10.0.0.1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://2130706433/', // 127.0.0.1 as one number
];

describeEachDatabase('push endpoints: public hosts only, one row per account', (db) => {
  let app: FastifyInstance; // allow-lists the stand-in push service on 127.0.0.1, as tests do
  let strict: FastifyInstance; // the same database, no allow-list: what production does
  let push: PushService;
  beforeAll(async () => {
    const settings = { allowInsecurePush: true, pushAllowHosts: ['127.0.0.1'] };
    ({ app } = await buildTestApp(db().database, { settings }));
    ({ app: strict } = await buildTestApp(db().database, { settings: { allowInsecurePush: true } }));
    push = await startPushService();
    await signUpAs(app, { label: 'admin' }); // the first account is the admin
  });
  afterAll(async () => {
    await app.close();
    await strict.close();
    await push.close();
  });
  beforeEach(() => {
    push.received.length = 0;
    push.answer = 201;
  });

  it('refuses loopback, private, link-local, CGNAT, multicast and mapped addresses at subscribe, naming the field', async () => {
    const { client } = await signUpAs(strict, { label: 'prober' });
    const { keys } = makeDeviceKeys();
    for (const endpoint of PRIVATE_ENDPOINTS) {
      const res = await client.post('/api/push/subscriptions', { endpoint, keys });
      expect({ endpoint, status: res.status, field: res.body.field }).toEqual({
        endpoint,
        status: 400,
        field: 'endpoint',
      });
    }
    expect(await db().database.db.selectFrom('push_subscription').selectAll().execute()).toEqual([]);
    // A public address is fine; so is an allow-listed private host.
    expect(
      (await client.post('/api/push/subscriptions', { endpoint: 'https://8.8.8.8/x', keys })).status,
    ).toBe(201);
    const listed = await signUpAs(app, { label: 'listed' });
    const allowed = await listed.client.post('/api/push/subscriptions', {
      endpoint: 'https://127.0.0.1:8443/push/listed',
      keys,
    });
    expect(allowed.status).toBe(201);
  });

  it('checks again right before each send: a stored private endpoint is never connected to', async () => {
    const person = await signUpAs(app, { label: 'moved' });
    const { keys } = makeDeviceKeys();
    const port = new URL(push.origin).port;
    // Subscribed while allowed (or while its name led to a public address): by address, and by a name.
    for (const endpoint of [`${push.origin}/push/by-address`, `http://localhost:${port}/push/by-name`]) {
      await db()
        .database.db.insertInto('push_subscription')
        .values({ id: randomUUID(), account_id: person.id, endpoint, p256dh: keys.p256dh, auth: keys.auth })
        .execute();
    }
    const outcome = await sendPush(strict.ctx, person.id, MESSAGE);
    expect(outcome.delivered).toBe(0);
    expect(outcome.failed).toHaveLength(2);
    expect(push.received).toHaveLength(0);
    // The operator's allow-list lets the address through (not the name, which is not listed).
    const allowed = await sendPush(app.ctx, person.id, MESSAGE);
    expect(allowed.delivered).toBe(1);
    expect(push.received.map((r) => r.path)).toEqual(['/push/by-address']);
  });

  it('never follows a redirect from a push service', async () => {
    let inside = 0;
    const target: Server = createServer((_request, response) => {
      inside++;
      response.writeHead(201).end();
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const redirector: Server = createServer((_request, response) => {
      const port = (target.address() as AddressInfo).port;
      response.writeHead(307, { location: `http://127.0.0.1:${port}/inside` }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    try {
      const person = await signUpAs(app, { label: 'redirected' });
      const endpoint = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/push/r`;
      const { keys } = makeDeviceKeys();
      expect((await person.client.post('/api/push/subscriptions', { endpoint, keys })).status).toBe(201);
      const outcome = await sendPush(app.ctx, person.id, MESSAGE);
      expect(outcome).toEqual({ delivered: 0, failed: [expect.stringContaining('307')] });
      expect(inside).toBe(0);
    } finally {
      await new Promise((resolve) => redirector.close(resolve));
      await new Promise((resolve) => target.close(resolve));
    }
  });

  it("keeps a device's subscription with its account when another account subscribes the same endpoint", async () => {
    const first = await signUpAs(app, { label: 'first' });
    const second = await signUpAs(app, { label: 'second' });
    const endpoint = `${push.origin}/push/shared`;
    const device = makeDeviceKeys();
    const other = makeDeviceKeys();
    expect((await first.client.post('/api/push/subscriptions', { endpoint, keys: device.keys })).status).toBe(
      201,
    );
    expect((await second.client.post('/api/push/subscriptions', { endpoint, keys: other.keys })).status).toBe(
      201,
    );
    const rows = await db()
      .database.db.selectFrom('push_subscription')
      .select(['account_id', 'p256dh'])
      .where('endpoint', '=', endpoint)
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { account_id: first.id, p256dh: device.keys.p256dh },
        { account_id: second.id, p256dh: other.keys.p256dh },
      ]),
    );
    expect(rows).toHaveLength(2);
    expect((await sendPush(app.ctx, first.id, MESSAGE)).delivered).toBe(1);
    // The second account unsubscribing removes its own row only.
    const off = await second.client.request('DELETE', '/api/push/subscriptions', { endpoint });
    expect(off.status).toBe(200);
    expect((await sendPush(app.ctx, first.id, MESSAGE)).delivered).toBe(1);
    expect((await sendPush(app.ctx, second.id, MESSAGE)).delivered).toBe(0);
    // A push service's "gone" (410) for the second account's row removes that row only.
    expect((await second.client.post('/api/push/subscriptions', { endpoint, keys: other.keys })).status).toBe(
      201,
    );
    push.answer = 410;
    await sendPush(app.ctx, second.id, MESSAGE);
    const left = await db()
      .database.db.selectFrom('push_subscription')
      .select('account_id')
      .where('endpoint', '=', endpoint)
      .execute();
    expect(left).toEqual([{ account_id: first.id }]);
  });
});
