// What every repository function takes first: the transaction (or, for a lone read, the database).
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export type Executor = Kysely<DB>;
