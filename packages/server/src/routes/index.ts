// Every route of the API, one module per route. The authorisation matrix test reads the registered
// routes back from Fastify, so a route added here without a row in that test fails it.
import exportAccountRoute from './account/export-account.ts';
import listCliniciansRoute from './admin/list-clinicians.ts';
import readAuditLogRoute from './admin/read-audit-log.ts';
import updateClinicianRoute from './admin/update-clinician.ts';
import acknowledgeAlertRoute from './alerts/acknowledge-alert.ts';
import listAlertsRoute from './alerts/list-alerts.ts';
import listPatientAlertsRoute from './alerts/list-patient-alerts.ts';
import changePasswordRoute from './auth/change-password.ts';
import deleteAccountRoute from './auth/delete-account.ts';
import getCsrfToken from './auth/get-csrf-token.ts';
import getMeRoute from './auth/get-me.ts';
import listSessionsRoute from './auth/list-sessions.ts';
import revokeSessionRoute from './auth/revoke-session.ts';
import signInRoute from './auth/sign-in.ts';
import signOutRoute from './auth/sign-out.ts';
import signUpRoute from './auth/sign-up.ts';
import updateAccountRoute from './auth/update-account.ts';
import createCalendarLinkRoute from './calendar/create-calendar-link.ts';
import readCalendarRoute from './calendar/read-calendar.ts';
import revokeCalendarLinkRoute from './calendar/revoke-calendar-link.ts';
import listCaseloadRoute from './caseload/list-caseload.ts';
import endFlareRoute from './clinician/end-flare.ts';
import resumeProgrammeRoute from './clinician/resume-programme.ts';
import setQuotaRoute from './clinician/set-quota.ts';
import closeDosingNoticeRoute from './dosing/close-dosing-notice.ts';
import setDosingRoute from './dosing/set-dosing.ts';
import exportCsvRoute from './exports/export-csv.ts';
import getClinicianReportRoute from './exports/get-clinician-report.ts';
import getProgressReportRoute from './exports/get-progress-report.ts';
import getFhirBundleRoute from './fhir/get-fhir-bundle.ts';
import importFhirBundleRoute from './fhir/import-fhir-bundle.ts';
import acceptInvitationRoute from './invitations/accept-invitation.ts';
import createInvitationRoute from './invitations/create-invitation.ts';
import listInvitationsRoute from './invitations/list-invitations.ts';
import lookUpInvitationRoute from './invitations/look-up-invitation.ts';
import revokeInvitationRoute from './invitations/revoke-invitation.ts';
import addLibraryExerciseRoute from './library/add-library-exercise.ts';
import archiveLibraryExerciseRoute from './library/archive-library-exercise.ts';
import listLibraryRoute from './library/list-library.ts';
import updateLibraryExerciseRoute from './library/update-library-exercise.ts';
import answerAfterRoute from './logs/answer-after.ts';
import listMorningsRoute from './logs/list-mornings.ts';
import listSessionLogsRoute from './logs/list-sessions.ts';
import logMorningRoute from './logs/log-morning.ts';
import logSessionRoute from './logs/log-session.ts';
import reportCrashRoute from './logs/report-crash.ts';
import reportFlareRoute from './logs/report-flare.ts';
import reportRedFlagsRoute from './logs/report-red-flags.ts';
import reportSymptomRoute from './logs/report-symptom.ts';
import listMeasuresRoute from './measures/list-measures.ts';
import recordMeasureRoute from './measures/record-measure.ts';
import getHealth from './meta/get-health.ts';
import getOpenapi from './meta/get-openapi.ts';
import addNoteRoute from './notes/add-note.ts';
import listNotesRoute from './notes/list-notes.ts';
import getPatientRoute from './patients/get-patient.ts';
import listPatientsRoute from './patients/list-patients.ts';
import getProgressRoute from './plan/get-progress.ts';
import getTimelineRoute from './plan/get-timeline.ts';
import getTodayRoute from './plan/get-today.ts';
import listDecisionsRoute from './plan/list-decisions.ts';
import addBaselineTrialRoute from './programmes/add-baseline-trial.ts';
import addExerciseRoute from './programmes/add-exercise.ts';
import getProgrammeRoute from './programmes/get-programme.ts';
import putPrescriptionRoute from './programmes/put-prescription.ts';
import putProgrammeRoute from './programmes/put-programme.ts';
import removeExerciseRoute from './programmes/remove-exercise.ts';
import startProgrammeRoute from './programmes/start-programme.ts';
import getPushKeyRoute from './push/get-push-key.ts';
import subscribePushRoute from './push/subscribe-push.ts';
import unsubscribePushRoute from './push/unsubscribe-push.ts';
import getRemindersRoute from './reminders/get-reminders.ts';
import putRemindersRoute from './reminders/put-reminders.ts';
import type { ZodApp } from './schemas.ts';
import putConditionsRoute from './screening/put-conditions.ts';
import putReferencePainRoute from './screening/put-reference-pain.ts';
import putScreeningRoute from './screening/put-screening.ts';
import putThresholdsRoute from './screening/put-thresholds.ts';
import recordClearanceRoute from './screening/record-clearance.ts';

const routes: Array<(app: ZodApp) => void> = [
  exportAccountRoute,
  listCliniciansRoute,
  readAuditLogRoute,
  updateClinicianRoute,
  acknowledgeAlertRoute,
  listAlertsRoute,
  listPatientAlertsRoute,
  changePasswordRoute,
  deleteAccountRoute,
  getCsrfToken,
  getMeRoute,
  listSessionsRoute,
  revokeSessionRoute,
  signInRoute,
  signOutRoute,
  signUpRoute,
  updateAccountRoute,
  listCaseloadRoute,
  resumeProgrammeRoute,
  endFlareRoute,
  setQuotaRoute,
  setDosingRoute,
  closeDosingNoticeRoute,
  acceptInvitationRoute,
  createInvitationRoute,
  listInvitationsRoute,
  lookUpInvitationRoute,
  revokeInvitationRoute,
  answerAfterRoute,
  listMorningsRoute,
  listSessionLogsRoute,
  logMorningRoute,
  logSessionRoute,
  reportCrashRoute,
  reportFlareRoute,
  reportRedFlagsRoute,
  reportSymptomRoute,
  addLibraryExerciseRoute,
  archiveLibraryExerciseRoute,
  updateLibraryExerciseRoute,
  listLibraryRoute,
  listMeasuresRoute,
  recordMeasureRoute,
  getHealth,
  getOpenapi,
  addNoteRoute,
  listNotesRoute,
  getPatientRoute,
  listPatientsRoute,
  getProgressRoute,
  getTimelineRoute,
  getTodayRoute,
  listDecisionsRoute,
  addBaselineTrialRoute,
  addExerciseRoute,
  getProgrammeRoute,
  putProgrammeRoute,
  removeExerciseRoute,
  putPrescriptionRoute,
  startProgrammeRoute,
  createCalendarLinkRoute,
  readCalendarRoute,
  revokeCalendarLinkRoute,
  exportCsvRoute,
  getProgressReportRoute,
  getClinicianReportRoute,
  getFhirBundleRoute,
  importFhirBundleRoute,
  getPushKeyRoute,
  subscribePushRoute,
  unsubscribePushRoute,
  getRemindersRoute,
  putRemindersRoute,
  putConditionsRoute,
  putReferencePainRoute,
  putScreeningRoute,
  putThresholdsRoute,
  recordClearanceRoute,
];

export function registerRoutes(app: ZodApp): void {
  for (const register of routes) register(app);
}
