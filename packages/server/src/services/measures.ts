// Outcome measures at weeks 0, 6 and 12 (SPEC §3): PEG (mean of 3 items 0–10), PSEQ (10 items 0–6,
// total 0–60, MCID ≈ 11), PSFS (up to 3 activities 0–10, mean, MCID 1.4), PHQ-2 (2 items 0–3, total
// 0–6; ≥ 3 suggests talking to a clinician, never a diagnosis).
import { judgeChange, MEASURE_MCID, PHQ2_TALK_AT, roundScore } from '@steadily/core';
import { toJson } from '../db/json.ts';
import { findMeasure, insertMeasure, listMeasures } from '../db/repositories/measures.ts';
import type { MeasureTable } from '../db/schema.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { addDays, localDateOf } from './local-date.ts';
import { requirePatient } from './screening.ts';
import { readForPatient, writeForPatient } from './write.ts';

type Instrument = MeasureTable['instrument'];

export type MeasureInput =
  | { instrument: 'PEG'; week: number; localDate: string; items: number[] }
  | { instrument: 'PSEQ'; week: number; localDate: string; items: number[] }
  | { instrument: 'PHQ2'; week: number; localDate: string; items: number[] }
  | { instrument: 'PSFS'; week: number; localDate: string; activities: { name: string; score: number }[] };

/** The scored measures and their meaningful change (core's one MCID source); PHQ-2 has none. */
const SCORED: Partial<Record<Instrument, 'peg' | 'pseq' | 'psfs'>> = {
  PEG: 'peg',
  PSEQ: 'pseq',
  PSFS: 'psfs',
};

function total(input: MeasureInput): number {
  if (input.instrument === 'PSFS')
    return input.activities.reduce((s, a) => s + a.score, 0) / input.activities.length;
  const sum = input.items.reduce((s, v) => s + v, 0);
  return input.instrument === 'PEG' ? sum / input.items.length : sum;
}

export function recordMeasure(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: MeasureInput,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db) => {
      // Like a log: no later than the person's tomorrow (a device may be ahead of the server's date).
      const patient = await requirePatient(db, patientId);
      if (input.localDate > addDays(localDateOf(ctx.clock.now(), patient.time_zone), 1))
        throw new ValidationError('localDate', 'is in the future');
      if ((await findMeasure(db, patientId, input.instrument, input.week)) !== undefined) {
        throw new ConflictError(`${input.instrument} for week ${input.week} is already recorded`, 'week');
      }
      const items = input.instrument === 'PSFS' ? input.activities : input.items;
      const score = total(input);
      await insertMeasure(db, {
        id: key,
        patient_id: patientId,
        instrument: input.instrument,
        week: input.week,
        local_date: input.localDate,
        items: toJson(items),
        total: score,
        created_by: actor.accountId,
      });
      return {
        id: key,
        instrument: input.instrument,
        week: input.week,
        localDate: input.localDate,
        items,
        total: roundScore(score),
        suggestTalkingToClinician: input.instrument === 'PHQ2' && score >= PHQ2_TALK_AT,
      };
    },
  );
}

export function getMeasures(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const rows = await listMeasures(db, patientId);
    return rows.map((row) => {
      const first = rows.find((r) => r.instrument === row.instrument);
      const kind = SCORED[row.instrument];
      const judged =
        first === undefined || first.id === row.id || kind === undefined
          ? null
          : judgeChange(kind, first.total, row.total);
      const rule = kind === undefined ? null : MEASURE_MCID[kind];
      return {
        id: row.id,
        instrument: row.instrument,
        week: row.week,
        localDate: row.local_date,
        items: row.items,
        total: roundScore(row.total),
        changeFromFirst:
          judged?.change ??
          (first === undefined || first.id === row.id ? null : roundScore(row.total - first.total)),
        mcid: rule?.points ?? null,
        mcidPercent: rule?.percent ?? null,
        meaningfulChange: judged?.meaningful ?? null,
        suggestTalkingToClinician: row.instrument === 'PHQ2' && row.total >= PHQ2_TALK_AT,
      };
    });
  });
}
