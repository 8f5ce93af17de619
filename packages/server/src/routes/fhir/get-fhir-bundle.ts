// GET /api/patients/:patientId/fhir: the person's whole record as one FHIR R4 Bundle of type collection
// (SPEC §13, interop/fhir): Patient, pain and session Observations, measures, the programme as a
// CarePlan, doses as ServiceRequests, each decision's Provenance. Entries' fullUrls (and Steadily's
// identifier and code systems) hang off `{STEADILY_PUBLIC_URL, else this request's address}/fhir`; ids
// are stable, so a clinic system can update rather than duplicate.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { publicUrlOf } from '../../http/public-url.ts';
import { getFhirBundle } from '../../services/fhir-exchange.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';

export default function getFhirBundleRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/fhir',
    schema: {
      tags: ['interop'],
      summary: 'The record as a FHIR R4 Bundle (application/fhir+json)',
      params: PatientParams,
      produces: ['application/fhir+json'],
      response: {
        200: z.string().describe('A FHIR R4 Bundle of type collection (JSON)'),
        ...errors,
      },
    },
    handler: async (request, reply) => {
      const baseUrl = `${publicUrlOf(app.ctx.settings, request)}/fhir`;
      const bundle = await getFhirBundle(app.ctx, actorOf(request), request.params.patientId, baseUrl);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .serializer((payload: unknown) => String(payload))
        .send(JSON.stringify(bundle));
    },
  });
}
