// Public surface of @steadily/server, for the CLI and the benches.
export { buildApp } from './app.ts';
export {
  ConfigError,
  databaseTarget,
  publicUrl,
  type ServeArgs,
  type ServerConfig,
  serverConfig,
} from './config.ts';
export { type Database, type DatabaseTarget, openDatabase } from './db/database.ts';
export { DataDirLockedError } from './db/lock-file.ts';
export { migrateToLatest } from './db/migrate.ts';
export { coreEngine } from './engine/engine-port.ts';
export { NotFoundError } from './errors.ts';
export { type Jobs, startJobs } from './jobs/boss.ts';
export { type RunningServer, startServer } from './server.ts';
export { checkBackup, RestoreRefusedError, restoreBackup, writeBackup } from './services/backup.ts';
export { BackupFileError } from './services/backup-file.ts';
export { systemClock } from './services/context.ts';
export { type DemoLogin, seedDemo } from './services/demo.ts';
export { exportFhirCollection } from './services/fhir-collection.ts';
export { rescheduleJobs } from './services/job-schedules.ts';
