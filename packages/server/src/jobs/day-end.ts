// The day-end worker: one job per (programme, tick date), whatever the number of sessions that day.
import { createHash } from 'node:crypto';
import type { Job } from 'pg-boss';
import type { AppContext } from '../services/context.ts';
import { appendTick, type DayEndData } from '../services/day-end.ts';

/** A stable job id: scheduling the same day-end twice creates one job. */
export function dayEndJobId(data: DayEndData): string {
  const hex = createHash('sha256').update(`day-end:${data.programmeId}:${data.tickDate}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function handleDayEnd(ctx: AppContext, jobs: Job<DayEndData>[]): Promise<void> {
  for (const job of jobs) await appendTick(ctx, job.data);
}
