// POST /api/patients/:patientId/fhir/import: pain scores from another app (a FHIR R4 Bundle of
// Observations, LOINC 72514-3) become morning check-ins, each through the check-in path with a key
// derived from its entry, so sending the same file again changes nothing. What cannot be mapped comes
// back with its path and why; a body that is not a Bundle at all is a 400. Takes application/json or
// application/fhir+json, up to 5000 entries.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { MAX_IMPORT_ENTRIES } from '../../interop/fhir/import.ts';
import { importFhirPain } from '../../services/fhir-exchange.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';

const FhirBundle = z
  .looseObject({
    resourceType: z.literal('Bundle', 'must be "Bundle": send a FHIR R4 Bundle of Observations'),
    entry: z.array(z.unknown()).max(MAX_IMPORT_ENTRIES).optional(),
  })
  .describe('A FHIR R4 Bundle whose entries are pain Observations (LOINC 72514-3, 0–10)');

const CheckIn = z.object({ path: z.string(), localDate: z.string(), pain: z.int(), eventId: z.uuid() });
const Problem = z.object({ path: z.string(), message: z.string() });

export default function importFhirBundleRoute(app: ZodApp): void {
  // A scope of its own, so only this route reads FHIR's media type.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/fhir+json',
      { parseAs: 'string' },
      scope.getDefaultJsonParser('error', 'error'),
    );
    scope.withTypeProvider<ZodTypeProvider>().route({
      method: 'POST',
      url: '/api/patients/:patientId/fhir/import',
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['interop'],
        summary: 'Import pain scores from a FHIR R4 Bundle as morning check-ins',
        params: PatientParams,
        querystring: z.object({
          allMorning: z
            .enum(['true', 'false'])
            .optional()
            .describe('true: every score in the file is a morning score (else only those marked so)'),
        }),
        body: FhirBundle,
        response: {
          200: z.object({
            imported: z.array(CheckIn),
            unchanged: z.array(CheckIn),
            rejected: z.array(Problem),
            ignored: z.array(Problem),
          }),
          ...errors,
        },
      },
      handler: async (request) =>
        importFhirPain(app.ctx, actorOf(request), request.params.patientId, request.body, {
          allMorning: request.query.allMorning === 'true',
        }),
    });
  });
}
