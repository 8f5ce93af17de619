// GET /api/caseload: a clinician's patients, most in need of attention first (SPEC §12), with the
// reasons for each, a search over name and email, a filter by tier, and keyset pages.
import { TIERS } from '@steadily/core';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getCaseload } from '../../services/caseload.ts';
import { errors, Text, type ZodApp } from '../schemas.ts';
import { MODES } from '../vocabulary.ts';

const TierEnum = z.enum(TIERS);

const ReasonShape = z.object({
  code: z.union([TierEnum, z.literal('paused')]),
  cause: z
    .string()
    .optional()
    .describe('A red-flag id, a safety symptom, a flag, or phq2 (PHQ-2 of 3 or more)'),
  localDate: z.string().optional(),
  exerciseId: z.string().optional(),
  exerciseName: z.string().optional(),
  alertKey: z.string().optional().describe('Acknowledge it with POST /api/patients/{id}/alerts/acknowledge'),
  sessions: z.int().optional(),
  planned: z.int().optional(),
  days: z.int().optional(),
  earlier: z
    .boolean()
    .optional()
    .describe('The rule behind it no longer holds: shown until acknowledged, as something earlier'),
  total: z.number().optional().describe('The score a reason cites (a PHQ-2 total)'),
});

const CaseloadPatientShape = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  tier: TierEnum.describe('The most urgent reason to look at this person'),
  tiers: z.array(TierEnum),
  mode: z.enum(MODES).nullable(),
  screeningStatus: z.string().nullable(),
  flags: z.array(z.string()).describe('Every flag the running programme has raised (history)'),
  programme: z.object({ id: z.string(), startDate: z.string() }).nullable(),
  hasDraft: z.boolean(),
  adherence: z
    .object({ sessions: z.int(), planned: z.int(), days: z.int() })
    .nullable()
    .describe('Sessions logged on the last `days` days (up to 14) against those planned'),
  reasons: z.array(ReasonShape),
});

export const CaseloadQuerystring = z.object({
  q: Text().trim().max(100).optional().describe('Part of a name or email'),
  filter: z.union([z.enum(['all', 'attention']), TierEnum]).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: Text().max(400).optional(),
});

export default function listCaseloadRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/caseload',
    schema: {
      tags: ['patients'],
      summary: 'My caseload, by what needs attention',
      querystring: CaseloadQuerystring,
      response: {
        200: z.object({
          patients: z.array(CaseloadPatientShape),
          nextCursor: z.string().nullable(),
          total: z.int().describe('People matching the search and filter'),
          counts: z.record(TierEnum, z.int()).describe('People by their most urgent tier (search applied)'),
        }),
        ...errors,
      },
    },
    handler: async (request) => {
      const { q, filter, limit, cursor } = request.query;
      return getCaseload(app.ctx, actorOf(request), {
        ...(q !== undefined && q !== '' && { search: q }),
        ...(filter !== undefined && { filter }),
        ...(limit !== undefined && { limit }),
        ...(cursor !== undefined && { cursor }),
      });
    },
  });
}
