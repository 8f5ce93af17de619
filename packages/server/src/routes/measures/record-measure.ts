// POST /api/patients/:patientId/measures: PEG, PSEQ, PSFS or PHQ-2 at week 0, 6 or 12.
import { PSFS_SHAPE, QUESTIONNAIRE_ITEMS, type QuestionnaireId } from '@steadily/core';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { recordMeasure } from '../../services/measures.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, Text, type ZodApp } from '../schemas.ts';
import { MeasureShape } from './measure-shape.ts';

const MeasureDate = LocalDate.describe(
  "The day it was answered: no later than the person's tomorrow (as logs; a device may be ahead)",
);
const Week = z.union([z.literal(0), z.literal(6), z.literal(12)]);
const Items = (id: QuestionnaireId) =>
  z.array(z.int().min(0).max(QUESTIONNAIRE_ITEMS[id].max)).length(QUESTIONNAIRE_ITEMS[id].count);

const MeasureBody = z.discriminatedUnion('instrument', [
  z.object({ instrument: z.literal('PEG'), week: Week, localDate: MeasureDate, items: Items('PEG') }),
  z.object({ instrument: z.literal('PSEQ'), week: Week, localDate: MeasureDate, items: Items('PSEQ') }),
  z.object({ instrument: z.literal('PHQ2'), week: Week, localDate: MeasureDate, items: Items('PHQ2') }),
  z.object({
    instrument: z.literal('PSFS'),
    week: Week,
    localDate: MeasureDate,
    activities: z
      .array(z.object({ name: Text().trim().min(1).max(200), score: z.int().min(0).max(PSFS_SHAPE.max) }))
      .min(1)
      .max(PSFS_SHAPE.activities),
  }),
]);

export default function recordMeasureRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/measures',
    schema: {
      tags: ['measures'],
      summary: 'Record a measure',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: MeasureBody,
      response: { 201: MeasureShape, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await recordMeasure(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        key,
        request.body,
      );
      return reply.code(201).send(result);
    },
  });
}
