// FHIR strings may not be empty, codes may not hold runs of whitespace: the record's free text is
// trimmed once, before any resource is built, and what is left empty falls back or is left out.
import type { PersonRecord, RecordPerson } from '../record.ts';

/** FHIR strings SHALL NOT hold characters below U+0020 other than tab, CR and LF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Trimmed text without control characters, or null when nothing is left. */
export function fhirText(value: string | null | undefined): string | null {
  const trimmed = value?.replace(CONTROL, '').trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const CODE = /^\S+( \S+)*$/;

function person<T extends RecordPerson | null | undefined>(p: T): T {
  return (p && { ...p, name: fhirText(p.name) }) as T;
}

export function cleanRecord(record: PersonRecord): PersonRecord {
  const programme = record.programme;
  return {
    ...record,
    patient: { ...record.patient, displayName: fhirText(record.patient.displayName) },
    ...(record.clinicians === undefined ? {} : { clinicians: record.clinicians.map(person) }),
    programme:
      programme === null
        ? null
        : {
            ...programme,
            flarePlan: fhirText(programme.flarePlan),
            ...(programme.createdBy === undefined ? {} : { createdBy: person(programme.createdBy) }),
            exercises: programme.exercises.map((e) => ({
              ...e,
              name: fhirText(e.name) ?? e.id,
              libraryExerciseId:
                e.libraryExerciseId !== null && CODE.test(e.libraryExerciseId) ? e.libraryExerciseId : null,
            })),
          },
    sessions: record.sessions.map((s) => ({ ...s, note: fhirText(s.note) })),
    measures: record.measures.map((m) => ({
      ...m,
      ...(m.enteredBy === undefined ? {} : { enteredBy: person(m.enteredBy) }),
      ...(m.labels === undefined
        ? {}
        : { labels: m.labels.map((l, i) => fhirText(l) ?? `Activity ${i + 1}`) }),
    })),
    decisions: record.decisions.map((d) => ({
      ...d,
      reason: fhirText(d.reason) ?? 'No reason was recorded.',
    })),
    notes: record.notes.flatMap((n) => {
      const text = fhirText(n.text);
      return text === null ? [] : [{ ...n, text, authorName: fhirText(n.authorName) }];
    }),
  };
}
