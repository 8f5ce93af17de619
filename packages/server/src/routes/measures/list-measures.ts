// GET /api/patients/:patientId/measures: every measure with its change against the first and MCID.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getMeasures } from '../../services/measures.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { MeasureShape } from './measure-shape.ts';

export default function listMeasuresRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/measures',
    schema: {
      tags: ['measures'],
      summary: 'List measures',
      params: PatientParams,
      response: {
        200: z.array(
          MeasureShape.extend({
            changeFromFirst: z.number().nullable(),
            mcid: z
              .number()
              .nullable()
              .describe('Meaningful change in points (PSEQ 11, PSFS 1.4); null for PEG and PHQ-2'),
            mcidPercent: z
              .number()
              .nullable()
              .describe('Meaningful change as a share of the first score (PEG: 30 % lower); null otherwise'),
            meaningfulChange: z.boolean().nullable(),
          }),
        ),
        ...errors,
      },
    },
    handler: async (request) => getMeasures(app.ctx, actorOf(request), request.params.patientId),
  });
}
