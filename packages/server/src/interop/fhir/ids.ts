// Stable resource ids: a name-based UUID (RFC 9562 version 5, SHA-1) of the record id, so exporting the
// same record twice gives the same ids and a receiving system can update rather than duplicate.
import { createHash } from 'node:crypto';

/** Steadily's own namespace UUID for version-5 ids (generated once, never to change). */
const NAMESPACE = '3f0c6a52-8d1e-4b7a-9f65-2c4d8e1b7a90';

function bytesOf(uuid: string): Buffer {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

export function uuidV5(name: string, namespace: string = NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of a resource of `type` derived from the parts of a record key, e.g. ('Observation', 'morning', id). */
export function resourceId(type: string, ...key: string[]): string {
  return uuidV5([type, ...key].join('/'));
}
