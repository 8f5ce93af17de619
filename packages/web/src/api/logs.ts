// Where each kind of offline write goes. The outbox posts the stored payload with its idempotency key.
import type { SendOutcome, WriteKind } from '../offline/queue.ts';
import { classifyStatus, type QueuedWrite } from '../offline/queue.ts';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

const WRITE_PATHS: Record<WriteKind, (payload: Record<string, unknown>) => string> = {
  session: () => '/sessions',
  session_after: (payload) => `/sessions/${encodeURIComponent(String(payload.sessionId))}/after`,
  morning: () => '/mornings',
  flare: () => '/flares',
  crash: () => '/crashes',
  symptom: () => '/symptoms',
};

export async function sendWrite(write: QueuedWrite): Promise<SendOutcome> {
  try {
    await request('POST', WRITE_PATHS[write.kind](write.payload), {
      body: write.payload,
      idempotencyKey: write.id,
    });
    return { kind: 'sent' };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'retry' };
    const verdict = classifyStatus(error.status);
    if (verdict !== 'rejected') return { kind: verdict };
    return { kind: 'rejected', error: { status: error.status, message: error.message, field: error.field } };
  }
}
