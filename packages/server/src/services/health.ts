// Health: the process answers and its database does too.
import { pingDatabase } from '../db/repositories/health.ts';
import type { AppContext } from './context.ts';

export async function checkHealth(ctx: AppContext) {
  await pingDatabase(ctx.db);
  return { status: 'ok' as const, db: ctx.dbKind };
}
