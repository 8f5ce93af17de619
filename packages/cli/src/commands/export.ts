// `steadily export --fhir --out FILE [--patient ID] [--base-url URL] [--data-dir DIR]`: FHIR R4 for a
// clinic's system. Everyone's records go into ONE collection Bundle (the engine Device and Steadily's
// Questionnaires once), or one person's with --patient — the same Bundle as GET /api/patients/{id}/fhir.
// Entries' fullUrls hang off --base-url (this installation's FHIR base; default a placeholder).
import { open, rename, rm } from 'node:fs/promises';
import { exportFhirCollection, systemClock } from '@steadily/server';
import { parseCommandArgs, runCommand, UsageError, withDatabase } from '../database-command.ts';

const USAGE = 'usage: steadily export --fhir --out FILE [--patient ID] [--base-url URL] [--data-dir DIR]';
const DEFAULT_BASE_URL = 'https://steadily.invalid/fhir';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedOptions(argv: string[]) {
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
  const baseUrl = values['base-url'] ?? DEFAULT_BASE_URL;
  if (!/^https?:\/\/[^/\s]+/.test(baseUrl))
    throw new UsageError(`--base-url must be an http(s) URL, not "${baseUrl}"`);
  return { out: values.out, patient: values.patient, baseUrl, dataDir: values['data-dir'] };
}

export function run(argv: string[]): Promise<number> {
  return runCommand('export', USAGE, async () => {
    const options = checkedOptions(argv);
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
      const people = result.patients === 1 ? '1 patient' : `${result.patients} patients`;
      return `Exported ${people} (${result.entries} entries) as one FHIR R4 collection Bundle to ${options.out}\n`;
    } catch (error) {
      await file.close().catch(() => {});
      await rm(partial, { force: true });
      throw error;
    }
  });
}
