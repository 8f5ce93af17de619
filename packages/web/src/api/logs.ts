// Where each kind of offline write goes (docs/api.md: /api/patients/{id}/…). The outbox posts the stored
// payload with its idempotency key, which the server takes as the new record's id.
import type { SendOutcome, WriteKind } from '../offline/queue.ts';
import { classifyStatus, type QueuedWrite } from '../offline/queue.ts';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

const WRITE_PATHS: Record<WriteKind, (payload: Record<string, unknown>) => string> = {
  session: () => 'sessions',
  session_after: (payload) => `sessions/${encodeURIComponent(String(payload.sessionId))}/after`,
  morning: () => 'mornings',
  flare: () => 'flares',
  crash: () => 'crashes',
  symptom: () => 'symptoms',
};

/** The request body: the stored payload, less what travels in the path. */
function bodyFor(write: QueuedWrite): Record<string, unknown> {
  if (write.kind !== 'session_after') return write.payload;
  const { sessionId: _inPath, localDate: _notAsked, ...rest } = write.payload;
  return rest;
}

export async function sendWrite(write: QueuedWrite): Promise<SendOutcome> {
  try {
    const path = `/patients/${encodeURIComponent(write.accountId)}/${WRITE_PATHS[write.kind](write.payload)}`;
    await request('POST', path, { body: bodyFor(write), idempotencyKey: write.id });
    return { kind: 'sent' };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'retry' };
    const verdict = classifyStatus(error.status);
    if (verdict !== 'rejected') return { kind: verdict };
    return { kind: 'rejected', error: { status: error.status, message: error.message, field: error.field } };
  }
}
