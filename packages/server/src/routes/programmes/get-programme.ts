// GET /api/patients/:patientId/programme: the draft (if any) or the running programme.
import { actorOf } from '../../http/auth.ts';
import { getProgramme } from '../../services/programmes.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { ProgrammeShape } from '../shapes.ts';

export default function getProgrammeRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/programme',
    schema: {
      tags: ['programme'],
      summary: 'The programme',
      params: PatientParams,
      response: { 200: ProgrammeShape, ...errors },
    },
    handler: async (request) => getProgramme(app.ctx, actorOf(request), request.params.patientId),
  });
}
