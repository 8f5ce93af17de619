// `steadily export --fhir --out FILE [--patient ID] [--base-url URL] [--data-dir DIR]`: FHIR R4 for a
// clinic's system. Everyone's records go into ONE collection Bundle (the engine Device and Steadily's
// Questionnaires once), or one person's with --patient — the same Bundle as GET /api/patients/{id}/fhir.
// Entries' fullUrls, Steadily's identifier systems and code systems hang off --base-url (this
// installation's FHIR base), else STEADILY_PUBLIC_URL + /fhir — the setting the server uses — else the
// address `steadily serve` listens on by default, http://localhost:3000/fhir (said on stderr).
import { open, rename, rm } from 'node:fs/promises';
import { exportFhirCollection, publicUrl, systemClock } from '@steadily/server';
import { parseCommandArgs, runCommand, UsageError, withDatabase } from '../database-command.ts';

const USAGE = 'usage: steadily export --fhir --out FILE [--patient ID] [--base-url URL] [--data-dir DIR]';
/** Where `steadily serve` answers with no settings (--port 3000, --host 127.0.0.1). */
const DEFAULT_BASE_URL = 'http://localhost:3000/fhir';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedOptions(argv: string[], env: NodeJS.ProcessEnv) {
  const { values } = parseCommandArgs(
    argv,
    {
      fhir: { type: 'boolean' },
      out: { type: 'string' },
      patient: { type: 'string' },
      'base-url': { type: 'string' },
      'data-dir': { type: 'string' },
    },
    0,
  );
  if (values.fhir !== true)
    throw new UsageError('say what to export: --fhir (FHIR R4) is the format there is');
  if (values.out === undefined || values.out === '') throw new UsageError('--out FILE is missing');
  if (values.patient !== undefined && !UUID.test(values.patient))
    throw new UsageError(`--patient must be a patient's id (a UUID), not "${values.patient}"`);
  const given = values['base-url'];
  if (given !== undefined && !/^https?:\/\/[^/\s]+/.test(given))
    throw new UsageError(`--base-url must be an http(s) URL, not "${given}"`);
  let fromSetting: string | undefined;
  try {
    fromSetting = publicUrl(env.STEADILY_PUBLIC_URL);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const baseUrl = given ?? (fromSetting === undefined ? DEFAULT_BASE_URL : `${fromSetting}/fhir`);
  return {
    out: values.out,
    patient: values.patient,
    baseUrl,
    defaulted: given === undefined && fromSetting === undefined,
    dataDir: values['data-dir'],
  };
}

export function run(argv: string[]): Promise<number> {
  return runCommand('export', USAGE, async () => {
    const options = checkedOptions(argv, process.env);
    const partial = `${options.out}.partial`;
    const file = await open(partial, 'w').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`--out ${options.out}: cannot write the file (${error.code})`);
    });
    try {
      let pending = '';
      const write = async (text: string) => {
        pending += text;
        if (pending.length > 1 << 16) {
          await file.write(pending);
          pending = '';
        }
      };
      const result = await withDatabase(options.dataDir, true, (database) =>
        exportFhirCollection(
          database.db,
          {
            ...(options.patient !== undefined && { patientId: options.patient }),
            baseUrl: options.baseUrl,
            now: systemClock.now(),
          },
          write,
        ),
      );
      await file.write(pending);
      await file.close();
      await rename(partial, options.out);
      // Said once the file is written, so that a failure stays one line.
      if (options.defaulted)
        process.stderr.write(
          `No --base-url or STEADILY_PUBLIC_URL: the entries' fullUrls hang off ${DEFAULT_BASE_URL}\n`,
        );
      const people = result.patients === 1 ? '1 patient' : `${result.patients} patients`;
      return `Exported ${people} (${result.entries} entries) as one FHIR R4 collection Bundle to ${options.out}\n`;
    } catch (error) {
      await file.close().catch(() => {});
      await rm(partial, { force: true });
      throw error;
    }
  });
}
