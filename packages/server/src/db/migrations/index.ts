// Every migration, in order, as code: the Migrator reads them from here, never from the file system,
// so the CLI and the tests run the same list wherever they start from.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initial from './0001-initial.ts';
import * as patientApp from './0002-patient-app.ts';
import * as clinicianWorkspace from './0003-clinician-workspace.ts';
import * as calendarFeed from './0004-calendar-feed.ts';
import * as caseloadIndexes from './0005-caseload-indexes.ts';
import * as caseloadFacts from './0006-caseload-facts.ts';
import * as rateLimit from './0007-rate-limit.ts';
import * as libraryUsted from './0008-library-usted.ts';
import * as oneAlertPerFlag from './0009-one-alert-per-flag.ts';
import * as dosingModel from './0010-dosing-model.ts';
import * as currentReasons from './0012-current-reasons.ts';
import * as pushPerAccount from './0013-push-per-account.ts';
import * as libraryRegions from './0014-library-regions.ts';
import * as prescription from './0015-prescription.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-patient-app': patientApp,
  '0003-clinician-workspace': clinicianWorkspace,
  '0004-calendar-feed': calendarFeed,
  '0005-caseload-indexes': caseloadIndexes,
  '0006-caseload-facts': caseloadFacts,
  '0007-rate-limit': rateLimit,
  '0008-library-usted': libraryUsted,
  '0009-one-alert-per-flag': oneAlertPerFlag,
  '0010-dosing-model': dosingModel,
  '0012-current-reasons': currentReasons,
  '0013-push-per-account': pushPerAccount,
  '0014-library-regions': libraryRegions,
  '0015-prescription': prescription,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** The newest schema version this build knows (backup/restore compares against it). */
export const latestMigration = Object.keys(migrations).at(-1) as string;
