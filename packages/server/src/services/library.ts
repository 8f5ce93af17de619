// The exercise library a programme is built from (SPEC §12): core's built-in exercises, seeded by
// migration, and a clinician's own (seen only by them). Illustrations are served by the web app.
import { stepFor } from '@steadily/core';
import { toJson } from '../db/json.ts';
import { findAccount } from '../db/repositories/accounts.ts';
import { hasCareLink } from '../db/repositories/care-links.ts';
import type { Executor } from '../db/repositories/executor.ts';
import {
  archiveLibraryExercise as archiveRow,
  findLibraryExercise,
  insertLibraryExercise,
  type LibraryFilter,
  listLibraryExercises,
  updateLibraryExercise as updateRow,
} from '../db/repositories/library.ts';
import type { LibraryExerciseTable } from '../db/schema.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { requireClinician } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { once } from './write.ts';

type Row = NonNullable<Awaited<ReturnType<typeof findLibraryExercise>>>;

export interface LibraryExerciseInput {
  name: string;
  instructions?: string;
  unit: LibraryExerciseTable['unit'];
  step?: number;
  maxQuota: number;
  modality: LibraryExerciseTable['modality'];
  region: LibraryExerciseTable['region'];
  perWeekDefault?: number;
  easierId?: string;
  harderId?: string;
  mediaUrl?: string;
}

function libraryView(row: Row) {
  return {
    id: row.id,
    builtIn: row.owner_id === null,
    name: row.name,
    instructions: row.instructions,
    unit: row.unit,
    step: row.step,
    maxQuota: row.max_quota,
    modality: row.modality,
    region: row.region,
    perWeekDefault: row.per_week_default,
    easierId: row.easier_id,
    harderId: row.harder_id,
    illustration: row.illustration === null ? null : `/exercises/${row.illustration}`,
    mediaUrl: row.media_url,
  };
}

/**
 * A programme's exercise names a library exercise that exists and the writer may use: a built-in one,
 * their own, or one of a clinician of this person (a care team shares its exercises through the
 * programme). Anything else is refused with the field, like an unknown id.
 */
export async function requireUsableLibraryExercise(
  db: Executor,
  actor: Actor,
  patientId: string,
  id: string,
  field: string,
): Promise<void> {
  const row = await findLibraryExercise(db, id);
  const usable =
    row !== undefined &&
    (row.owner_id === null ||
      row.owner_id === actor.accountId ||
      (await hasCareLink(db, row.owner_id, patientId)));
  if (!usable) throw new ValidationError(field, 'is not an exercise of the library');
}

export async function listLibrary(ctx: AppContext, actor: Actor, filter: Omit<LibraryFilter, 'viewerId'>) {
  const rows = await listLibraryExercises(ctx.db, { ...filter, viewerId: actor.accountId });
  return rows.map(libraryView);
}

function visible(row: Row | undefined, actor: Actor): row is Row {
  return (
    row !== undefined &&
    row.archived_at === null &&
    (row.owner_id === null || row.owner_id === actor.accountId)
  );
}

/** The checks an own exercise passes, new or edited; returns its step. */
async function checkOwnExercise(db: Executor, actor: Actor, input: LibraryExerciseInput, id?: string) {
  const step = stepFor(input);
  const ratio = input.maxQuota / step;
  if (Math.abs(ratio - Math.round(ratio)) > 1e-9)
    throw new ValidationError('maxQuota', 'must be a multiple of the step');
  for (const field of ['easierId', 'harderId'] as const) {
    const neighbour = input[field];
    if (neighbour === undefined) continue;
    if (neighbour === id) throw new ValidationError(field, 'cannot be the exercise itself');
    if (!visible(await findLibraryExercise(db, neighbour), actor))
      throw new ValidationError(field, 'is not an exercise of the library');
  }
  return step;
}

async function languageOf(db: Executor, actor: Actor): Promise<'en' | 'es'> {
  return (await findAccount(db, actor.accountId))?.locale === 'es' ? 'es' : 'en';
}

export function addLibraryExercise(ctx: AppContext, actor: Actor, key: string, input: LibraryExerciseInput) {
  requireClinician(actor);
  return ctx.db.transaction().execute((db) =>
    once(db, actor, key, async () => {
      const step = await checkOwnExercise(db, actor, input);
      const language = await languageOf(db, actor);
      await insertLibraryExercise(db, {
        id: key,
        owner_id: actor.accountId,
        name: toJson({ [language]: input.name }),
        instructions: toJson({ [language]: input.instructions ?? '' }),
        unit: input.unit,
        step,
        max_quota: input.maxQuota,
        modality: input.modality,
        region: input.region,
        per_week_default: input.perWeekDefault ?? 3,
        easier_id: input.easierId ?? null,
        harder_id: input.harderId ?? null,
        illustration: null,
        media_url: input.mediaUrl ?? null,
      });
      return libraryView((await findLibraryExercise(db, key)) as Row);
    }),
  );
}

/**
 * A clinician edits an exercise of their own: every field as sent; name and instructions in their own
 * language (a translation they added stays). Programmes already made keep their copy.
 */
export function updateLibraryExercise(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: LibraryExerciseInput,
) {
  requireClinician(actor);
  return ctx.db.transaction().execute(async (db) => {
    const row = await findLibraryExercise(db, id);
    if (!visible(row, actor)) throw new NotFoundError('No such exercise');
    if (row.owner_id === null) throw new ForbiddenError('Built-in exercises cannot be edited');
    const step = await checkOwnExercise(db, actor, input, id);
    const language = await languageOf(db, actor);
    await updateRow(db, id, {
      name: toJson({ ...(row.name as Record<string, string>), [language]: input.name }),
      instructions: toJson({
        ...(row.instructions as Record<string, string>),
        [language]: input.instructions ?? '',
      }),
      unit: input.unit,
      step,
      max_quota: input.maxQuota,
      modality: input.modality,
      region: input.region,
      per_week_default: input.perWeekDefault ?? row.per_week_default,
      easier_id: input.easierId ?? null,
      harder_id: input.harderId ?? null,
      media_url: input.mediaUrl ?? null,
    });
    return libraryView((await findLibraryExercise(db, id)) as Row);
  });
}

export async function archiveLibraryExercise(ctx: AppContext, actor: Actor, id: string) {
  requireClinician(actor);
  const row = await findLibraryExercise(ctx.db, id);
  if (!visible(row, actor)) throw new NotFoundError('No such exercise');
  if (row.owner_id === null) throw new ForbiddenError('Built-in exercises stay in the library');
  await archiveRow(ctx.db, id, ctx.clock.now());
  return { ok: true as const };
}
