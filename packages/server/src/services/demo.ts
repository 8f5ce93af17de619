// Demo data: a clinician and two patients with eight weeks of history (one with a flare, one on a
// plateau), fed day by day through the same services a person uses, on a clock that walks through
// those days. Idempotent: if the demo clinician exists, nothing is written again.
import { randomUUID } from 'node:crypto';
import type { ConditionId } from '@steadily/core';
import { findAccountByEmail, insertAccount } from '../db/repositories/accounts.ts';
import { signUp } from './accounts.ts';
import type { Actor, AppContext } from './context.ts';
import { noJobs } from './context.ts';
import { createInvitation } from './invitations.ts';
import { addDays, localDateOf, startOfLocalDate } from './local-date.ts';
import { logMorning, logSession, reportFlare } from './logs.ts';
import { ManualClock } from './manual-clock.ts';
import { hashPassword } from './passwords.ts';
import { startProgramme } from './programme-start.ts';
import { putProgramme } from './programmes.ts';
import { putConditions, putReferencePain, putScreening } from './screening.ts';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  story: string;
}

const TIME_ZONE = 'Europe/London';
const DAYS = 56;
const CLINICIAN = { email: 'demo-clinician@steadily.local', password: 'demo-clinician-steadily' };

interface DemoPatient {
  email: string;
  password: string;
  name: string;
  story: string;
  conditions: ConditionId[];
  /** Morning pain on day d (1-based) and the peak during a session. */
  morning(day: number, random: () => number): number;
  peak(day: number, random: () => number): number;
  flareDay: number | null;
}

const PATIENTS: DemoPatient[] = [
  {
    email: 'demo-flare@steadily.local',
    password: 'demo-patient-steadily',
    name: 'Alex (demo, had a flare)',
    story: 'fibromyalgia; a flare in week 4, rebuilt over the next week',
    conditions: ['fibromyalgia'],
    morning: (d, r) => (d >= 24 && d <= 28 ? 6 : d > 40 ? 3 + Math.round(r()) : 4 + Math.round(r() - 0.3)),
    peak: (d, r) => (d >= 24 && d <= 27 ? 5 : 3 + Math.round(r())),
    flareDay: 25,
  },
  {
    email: 'demo-plateau@steadily.local',
    password: 'demo-patient-steadily',
    name: 'Sam (demo, on a plateau)',
    story: 'chronic low back pain; doing more each week while morning pain stays flat',
    conditions: ['chronic_low_back_pain'],
    morning: (_d, r) => 4 + Math.round(r() * 0.6),
    peak: (_d, r) => 3 + Math.round(r()),
    flareDay: null,
  },
];

/** A small seeded generator (mulberry32): the same demo every time. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function actorFor(accountId: string, role: 'patient' | 'clinician'): Actor {
  return { accountId, role, isAdmin: false, sessionId: 'demo', route: 'DEMO seed' };
}

async function seedPatient(
  ctx: AppContext,
  clock: ManualClock,
  clinician: Actor,
  p: DemoPatient,
  seed: number,
) {
  const startDate = addDays(localDateOf(clock.now(), TIME_ZONE), 0);
  const at = (date: string, hour: number) =>
    clock.set(new Date(startOfLocalDate(date, TIME_ZONE).getTime() + hour * 3_600_000));
  at(startDate, 9);
  const invitation = await createInvitation(ctx, clinician, {
    requestId: randomUUID(),
    kind: 'patient',
    email: p.email,
  });
  const session = await signUp(
    ctx,
    {
      email: p.email,
      password: p.password,
      displayName: p.name,
      timeZone: TIME_ZONE,
      invitationCode: invitation.code,
    },
    null,
  );
  const patientId = session.accountId;
  const me = actorFor(patientId, 'patient');
  await putScreening(ctx, me, patientId, randomUUID(), {
    clearance: { general: [false, false, false, true, true, false, false] },
    redFlags: [],
    pem: false,
  });
  await putConditions(ctx, me, patientId, randomUUID(), p.conditions);
  await putReferencePain(ctx, me, patientId, randomUUID(), 4);
  const draft = await putProgramme(ctx, clinician, patientId, randomUUID(), {
    // From the library, so a plateau offers their easier and harder variants.
    exercises: [
      {
        name: 'Walking',
        unit: 'minutes',
        baseline: [10, 12, 11],
        maxQuota: 60,
        perWeek: 5,
        libraryExerciseId: 'easy-walk',
      },
      {
        name: 'Sit to stand',
        unit: 'reps',
        baseline: [8, 10, 9],
        maxQuota: 30,
        perWeek: 3,
        libraryExerciseId: 'sit-to-stand',
      },
    ],
  });
  await startProgramme(ctx, clinician, patientId, randomUUID(), { startDate });
  const [walk, sitToStand] = draft.exercises.map((e) => e.id) as [string, string];
  const random = seeded(seed);
  for (let day = 1; day <= DAYS; day++) {
    const date = addDays(startDate, day - 1);
    if (day > 1 && random() > 0.08) {
      at(date, 8);
      await logMorning(ctx, me, patientId, randomUUID(), { localDate: date, pain: p.morning(day, random) });
    }
    if (day === p.flareDay) {
      at(date, 10);
      await reportFlare(ctx, me, patientId, randomUUID(), date);
    }
    at(date, 18);
    const weekday = (day - 1) % 7;
    const peak = p.peak(day, random);
    if (weekday < 5 && random() > 0.1) {
      await logSession(ctx, me, patientId, randomUUID(), {
        localDate: date,
        exerciseId: walk,
        done: 'quota',
        peak,
        after: Math.max(0, peak - 1),
      });
    }
    if (weekday % 2 === 0 && weekday < 6) {
      await logSession(ctx, me, patientId, randomUUID(), {
        localDate: date,
        exerciseId: sitToStand,
        done: 'quota',
        peak,
        after: peak,
      });
    }
  }
}

/** Creates the demo accounts and history unless they exist; returns the sign-in details either way. */
export async function seedDemo(ctx: AppContext): Promise<{ created: boolean; logins: DemoLogin[] }> {
  const logins: DemoLogin[] = [
    { role: 'clinician', ...CLINICIAN, story: 'follows both demo patients' },
    ...PATIENTS.map((p) => ({ role: 'patient', email: p.email, password: p.password, story: p.story })),
  ];
  if ((await findAccountByEmail(ctx.db, CLINICIAN.email)) !== undefined) return { created: false, logins };
  const today = localDateOf(ctx.clock.now(), TIME_ZONE);
  const clock = new ManualClock(startOfLocalDate(addDays(today, -(DAYS - 1)), TIME_ZONE));
  // Day-end jobs are not needed: every past day is followed by later events.
  const seedCtx: AppContext = { ...ctx, clock, jobs: noJobs };
  const clinicianId = randomUUID();
  await insertAccount(ctx.db, {
    id: clinicianId,
    email: CLINICIAN.email,
    password_hash: await hashPassword(CLINICIAN.password),
    display_name: 'Demo Clinician',
    role: 'clinician',
    is_admin: false,
    time_zone: TIME_ZONE,
    disabled_at: null,
  });
  const clinician = actorFor(clinicianId, 'clinician');
  for (const [i, patient] of PATIENTS.entries()) {
    clock.set(startOfLocalDate(addDays(today, -(DAYS - 1)), TIME_ZONE));
    await seedPatient(seedCtx, clock, clinician, patient, 20_261_101 + i);
  }
  return { created: true, logins };
}
