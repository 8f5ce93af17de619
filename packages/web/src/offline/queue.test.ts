import { describe, expect, it } from 'vitest';
import { backoffMs, classifyStatus, createOutbox, type QueuedWrite, type SendOutcome } from './queue.ts';
import { memoryStore } from './store.ts';

function makeOutbox(replies: SendOutcome[] = []) {
  const clock = { now: Date.parse('2025-06-02T08:00:00Z') };
  const sent: QueuedWrite[] = [];
  let ids = 0;
  const outbox = createOutbox({
    store: memoryStore(),
    now: () => clock.now,
    random: () => 0.5,
    newId: () => `id-${++ids}`,
    send: async (write) => {
      sent.push(write);
      return replies.shift() ?? { kind: 'sent' };
    },
  });
  return { outbox, clock, sent };
}

describe('offline outbox', () => {
  it('stores a write with its client id and local date before sending it', async () => {
    const { outbox, sent } = makeOutbox();
    const write = await outbox.enqueue('ana', 'morning', { pain: 4 });
    expect(write).toMatchObject({ id: 'id-1', payload: { pain: 4, localDate: write.localDate } });
    expect(write.localDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await outbox.list('ana')).toHaveLength(1);
    expect(sent).toHaveLength(0);
  });

  it('removes a write once the server accepts it', async () => {
    const { outbox, sent } = makeOutbox();
    await outbox.enqueue('ana', 'morning', { pain: 4 });
    await outbox.enqueue('ana', 'flare', {});
    expect(await outbox.flush('ana')).toEqual({ sent: 2, stoppedBy: null });
    expect(sent.map((w) => w.kind)).toEqual(['morning', 'flare']);
    expect(await outbox.list('ana')).toEqual([]);
  });

  it('keeps a refused write visible with the reason, and goes on with the next', async () => {
    const error = { status: 400, message: 'Pain must be 0 to 10', field: 'pain' };
    const { outbox } = makeOutbox([{ kind: 'rejected', error }, { kind: 'sent' }]);
    await outbox.enqueue('ana', 'morning', { pain: 11 });
    await outbox.enqueue('ana', 'flare', {});
    await outbox.flush('ana');
    const left = await outbox.list('ana');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ kind: 'morning', state: 'rejected', error });
  });

  it('backs off after a network failure and sends the same id again later', async () => {
    const { outbox, clock, sent } = makeOutbox([{ kind: 'retry' }]);
    await outbox.enqueue('ana', 'session', { done: 'quota', peak: 3 });
    expect(await outbox.flush('ana')).toEqual({ sent: 0, stoppedBy: 'retry' });
    expect(await outbox.nextAttemptAt('ana')).toBe(clock.now + 2_000);
    expect(await outbox.flush('ana')).toEqual({ sent: 0, stoppedBy: null }); // not due yet
    clock.now += 2_000;
    expect(await outbox.flush('ana')).toEqual({ sent: 1, stoppedBy: null });
    expect(sent.map((w) => w.id)).toEqual(['id-1', 'id-1']);
  });

  it('treats a thrown error like a network failure, never as sent', async () => {
    const broken = createOutbox({
      store: memoryStore(),
      now: () => 0,
      random: () => 0,
      newId: () => 'x',
      send: async () => {
        throw new Error('boom');
      },
    });
    await broken.enqueue('ana', 'morning', { pain: 2 });
    await broken.flush('ana');
    expect(await broken.list('ana')).toHaveLength(1);
  });

  it('sends nothing while signed out, and keeps everything', async () => {
    const { outbox, sent } = makeOutbox([{ kind: 'signed_out' }]);
    await outbox.enqueue('ana', 'morning', { pain: 2 });
    await outbox.enqueue('ana', 'flare', {});
    expect(await outbox.flush('ana')).toEqual({ sent: 0, stoppedBy: 'signed_out' });
    expect(sent).toHaveLength(1);
    expect(await outbox.list('ana')).toHaveLength(2);
  });

  it("never sends one person's writes while another is signed in", async () => {
    const { outbox, sent } = makeOutbox();
    await outbox.enqueue('ana', 'morning', { pain: 2 });
    await outbox.flush('ben');
    expect(sent).toHaveLength(0);
    expect(await outbox.list('ben')).toEqual([]);
    expect(await outbox.list('ana')).toHaveLength(1);
  });

  it('lets the person retry or remove a refused write', async () => {
    const error = { status: 422, message: 'No such exercise', field: 'exercise' };
    const { outbox } = makeOutbox([
      { kind: 'rejected', error },
      { kind: 'rejected', error },
    ]);
    const first = await outbox.enqueue('ana', 'session', { exercise: 'gone' });
    await outbox.flush('ana');
    await outbox.retry(first.id);
    expect((await outbox.list('ana'))[0]).toMatchObject({ state: 'waiting', error: null });
    await outbox.flush('ana');
    await outbox.discard(first.id);
    expect(await outbox.list('ana')).toEqual([]);
  });

  it('runs one flush at a time, so a write is not sent twice at once', async () => {
    const { outbox, sent } = makeOutbox();
    await outbox.enqueue('ana', 'morning', { pain: 1 });
    await Promise.all([outbox.flush('ana'), outbox.flush('ana')]);
    expect(sent).toHaveLength(1);
  });

  it('runs a forced flush asked for during a failing one right after it (the network came back)', async () => {
    const { outbox, sent } = makeOutbox([{ kind: 'retry' }, { kind: 'sent' }]);
    await outbox.enqueue('ana', 'morning', { pain: 4 });
    const first = outbox.flush('ana', { force: true });
    const second = outbox.flush('ana', { force: true });
    expect(await first).toEqual({ sent: 1, stoppedBy: null });
    expect(await second).toEqual({ sent: 1, stoppedBy: null });
    expect(sent.map((w) => w.id)).toEqual(['id-1', 'id-1']);
    expect(await outbox.list('ana')).toEqual([]);
  });

  it('tells listeners when the queue changes', async () => {
    const { outbox } = makeOutbox();
    let changes = 0;
    const stop = outbox.subscribe(() => changes++);
    await outbox.enqueue('ana', 'morning', { pain: 1 });
    await outbox.flush('ana');
    stop();
    await outbox.enqueue('ana', 'morning', { pain: 1 });
    expect(changes).toBe(2);
  });
});

describe('backoffMs', () => {
  it('doubles from 2 seconds up to 5 minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 0.5))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffMs(20, 0.5)).toBe(300_000);
  });
  it('spreads retries by up to 20% either way', () => {
    expect(backoffMs(1, 0)).toBe(1_600);
    expect(backoffMs(1, 1)).toBe(2_400);
  });
});

describe('classifyStatus', () => {
  it('keeps validation answers visible, retries server trouble, and waits for sign-in', () => {
    expect(classifyStatus(400)).toBe('rejected');
    expect(classifyStatus(422)).toBe('rejected');
    expect(classifyStatus(500)).toBe('retry');
    expect(classifyStatus(503)).toBe('retry');
    expect(classifyStatus(429)).toBe('retry');
    expect(classifyStatus(401)).toBe('signed_out');
  });
});
