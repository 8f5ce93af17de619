// Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane).
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// `Algorithm` is a const enum in the package's types, which erasable TypeScript cannot read: 2 = Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when an email is unknown, so a wrong email costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not a real password, only for timing');
  return dummyHash;
}
