// Caseload reasons that stay true (issue 12, items 12 and 14): a PHQ-2 of 3 or more alerts the clinician
// and ranks with the safety tier; a plateau or a worse week shows while its rule holds, and once it no
// longer does, shows as "earlier" until acknowledged.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { CLEAR_SCREENING, startWalking, write } from '../test/journey.ts';
import { addDays } from './local-date.ts';
import type { ManualClock } from './manual-clock.ts';

interface Reason {
  code: string;
  cause?: string;
  earlier?: boolean;
  total?: number;
  alertKey?: string;
}
interface Row {
  displayName: string;
  tier: string;
  tiers: string[];
  reasons: Reason[];
}

describeEachDatabase('caseload reasons that follow their rule', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let clinician: TestClient;

  async function invite(label: string) {
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    return signUpAs(app, { label, invitationCode: invitation.body.code });
  }

  async function rowOf(name: string): Promise<Row> {
    const res = await clinician.get('/api/caseload');
    expect(res.status).toBe(200);
    const row = (res.body.patients as Row[]).find((p) => p.displayName === name);
    if (row === undefined) throw new Error(`${name} is not on the caseload`);
    return row;
  }

  /** Days of mornings (and a session at quota each day) from `start`, pains by day index. */
  async function liveDays(
    patient: { client: TestClient; id: string },
    walk: string,
    start: string,
    from: number,
    to: number,
    morningPain: (day: number) => number,
  ) {
    const base = `/api/patients/${patient.id}`;
    for (let day = from; day <= to; day++) {
      const localDate = addDays(start, day - 1);
      clock.set(`${localDate}T20:00:00Z`);
      if (day > 1) {
        const morning = await write(patient.client, 'POST', `${base}/mornings`, {
          localDate,
          pain: morningPain(day),
        });
        expect(morning.status).toBe(201);
      }
      const session = await write(patient.client, 'POST', `${base}/sessions`, {
        localDate,
        exerciseId: walk,
        done: 'quota',
        peak: 3,
        after: 3,
      });
      expect(session.status).toBe(201);
    }
  }

  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    ({ client: clinician } = await signUpAs(app, { role: 'clinician', label: 'Dr Ruiz' }));
  });
  afterAll(() => app.close());

  it('raises a PHQ-2 of 3 or more as an alert ranked with safety, before any programme, until acknowledged', async () => {
    const jo = await invite('Jo Low Mood');
    const base = `/api/patients/${jo.id}`;
    await write(jo.client, 'PUT', `${base}/screening`, CLEAR_SCREENING);
    const phq2 = await write(jo.client, 'POST', `${base}/measures`, {
      instrument: 'PHQ2',
      week: 0,
      localDate: '2026-03-02',
      items: [2, 2],
    });
    expect(phq2.status).toBe(201);
    expect(phq2.body.suggestTalkingToClinician).toBe(true);

    const row = await rowOf('Jo Low Mood');
    expect(row.tier).toBe('safety');
    const reason = row.reasons.find((r) => r.cause === 'phq2');
    expect(reason).toMatchObject({ code: 'safety', total: 4 });
    expect(reason?.earlier).toBeUndefined();

    const alerts = await clinician.get(`${base}/alerts`);
    const alert = (alerts.body as { alertKey: string; details: { cause: string } }[]).find(
      (a) => a.details.cause === 'phq2',
    );
    expect(alert?.alertKey).toBe(reason?.alertKey);
    const ack = await write(clinician, 'POST', `${base}/alerts/acknowledge`, { alertKey: alert?.alertKey });
    expect(ack.status).toBe(200);
    const after = await rowOf('Jo Low Mood');
    expect(after.tier).toBe('not_started');
    expect(after.reasons.some((r) => r.cause === 'phq2')).toBe(false);
    // The person cannot acknowledge their own alert, and a made-up key is a 404.
    const mine = await write(jo.client, 'POST', `${base}/alerts/acknowledge`, { alertKey: alert?.alertKey });
    expect(mine.status).toBe(403);
    const unknown = await write(clinician, 'POST', `${base}/alerts/acknowledge`, {
      alertKey: 'measure:phq2:00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
  });

  it('a PHQ-2 below 3 raises nothing', async () => {
    const al = await invite('Al Fine');
    await write(al.client, 'POST', `/api/patients/${al.id}/measures`, {
      instrument: 'PHQ2',
      week: 0,
      localDate: '2026-03-02',
      items: [1, 1],
    });
    const row = await rowOf('Al Fine');
    expect(row.tier).toBe('not_started');
  });

  it('shows a worse week while progress is on hold, then as "earlier" until acknowledged', async () => {
    const wes = await invite('Wes Worse');
    const start = '2026-03-02';
    clock.set(`${start}T08:00:00Z`);
    const walk = await startWalking(clinician, wes.id, start);
    // A calm week, then a worse one: the week rule fires in the second week.
    await liveDays(wes, walk, start, 1, 14, (day) => (day <= 7 ? 2 : 4));
    const during = await rowOf('Wes Worse');
    const worse = during.reasons.find((r) => r.code === 'week_worse');
    expect(worse).toBeDefined();
    expect(worse?.earlier).toBeUndefined();

    // Two calm weeks later the hold is long over: the reason stays (not acknowledged) but says "earlier".
    await liveDays(wes, walk, start, 15, 30, () => 2);
    const later = await rowOf('Wes Worse');
    const stale = later.reasons.filter((r) => r.code === 'week_worse');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.earlier).toBe(true);
  });

  it('shows a plateau while the weeks still meet the rule, then as "earlier" once pain has come down', async () => {
    const pia = await invite('Pia Plateau');
    const start = '2026-03-02';
    clock.set(`${start}T08:00:00Z`);
    const walk = await startWalking(clinician, pia.id, start);
    // Steady morning pain 4 for six weeks with every session done: a plateau at day 42.
    await liveDays(pia, walk, start, 1, 44, () => 4);
    const during = await rowOf('Pia Plateau');
    const plateau = during.reasons.find((r) => r.code === 'plateau');
    expect(plateau).toBeDefined();
    expect(plateau?.earlier).toBeUndefined();

    // A week of lower mornings: the last week's mean is now a point and more below the first week's.
    await liveDays(pia, walk, start, 45, 52, () => 2);
    const later = await rowOf('Pia Plateau');
    const stale = later.reasons.find((r) => r.code === 'plateau');
    expect(stale?.earlier).toBe(true);
  });
});
