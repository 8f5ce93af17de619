// "Download my data": everything the server holds about the signed-in person, as one JSON document.
import { findAccount } from '../db/repositories/accounts.ts';
import { appendAudit } from '../db/repositories/audit.ts';
import { listAuthSessions } from '../db/repositories/auth-sessions.ts';
import { listCaseload, listCliniciansOf } from '../db/repositories/care-links.ts';
import { listPatientEvents } from '../db/repositories/events.ts';
import { listInvitationsBy } from '../db/repositories/invitations.ts';
import { listMeasures } from '../db/repositories/measures.ts';
import { listNotes } from '../db/repositories/notes.ts';
import { listDecisions, listNotices } from '../db/repositories/outputs.ts';
import { findPatient } from '../db/repositories/patients.ts';
import { listBaselineTrials, listExercises, listProgrammesOf } from '../db/repositories/programmes.ts';
import { findReminderTimes } from '../db/repositories/reminders.ts';
import { NotFoundError } from '../errors.ts';
import { accountView } from './accounts.ts';
import type { Actor, AppContext } from './context.ts';
import { decisionView, eventView, exerciseView, noticeView } from './views.ts';

export async function exportMyData(ctx: AppContext, actor: Actor) {
  return ctx.db.transaction().execute(async (db) => {
    const account = await findAccount(db, actor.accountId);
    if (account === undefined) throw new NotFoundError('No such account');
    const sessions = (await listAuthSessions(db, actor.accountId)).map((s) => ({
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      userAgent: s.user_agent,
    }));
    const base = { exportedAt: ctx.clock.now().toISOString(), account: accountView(account), sessions };
    if (account.role === 'clinician') {
      const invitations = await listInvitationsBy(db, actor.accountId);
      const caseload = await listCaseload(db, actor.accountId);
      return {
        ...base,
        invitations: invitations.map((i) => ({
          id: i.id,
          kind: i.kind,
          email: i.email,
          createdAt: i.created_at.toISOString(),
        })),
        patients: caseload.map((p) => ({ id: p.id, displayName: p.display_name })),
      };
    }
    await appendAudit(db, {
      actorId: actor.accountId,
      patientId: actor.accountId,
      action: 'export',
      route: actor.route,
    });
    const patient = await findPatient(db, actor.accountId);
    const programmes = [];
    for (const p of await listProgrammesOf(db, actor.accountId)) {
      const trials = await listBaselineTrials(db, p.id);
      const exercises = (await listExercises(db, p.id)).map((e) =>
        exerciseView(
          e,
          trials.filter((t) => t.exercise_id === e.id).map((t) => t.value),
        ),
      );
      programmes.push({
        id: p.id,
        status: p.status,
        startDate: p.start_date,
        profile: p.profile,
        flarePlan: p.flare_plan,
        exercises,
        decisions: (await listDecisions(db, p.id)).map(decisionView),
        notices: (await listNotices(db, p.id)).map(noticeView),
      });
    }
    return {
      ...base,
      record:
        patient === undefined
          ? null
          : {
              conditions: patient.conditions,
              presets: patient.presets,
              thresholds: patient.thresholds,
              referenceMorningPain: patient.reference_morning_pain,
              screening: patient.screening,
              screeningStatus: patient.screening_status,
              clearance: patient.clearance,
            },
      clinicians: (await listCliniciansOf(db, actor.accountId)).map((c) => ({
        id: c.id,
        displayName: c.display_name,
      })),
      programmes,
      events: (await listPatientEvents(db, actor.accountId, { limit: 1_000_000 })).reverse().map(eventView),
      measures: await listMeasures(db, actor.accountId),
      notes: await listNotes(db, actor.accountId),
      reminders: await findReminderTimes(db, actor.accountId),
    };
  });
}
