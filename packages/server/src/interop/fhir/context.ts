// What every FHIR builder needs: the record, Steadily's canonical URLs, references to the patient and
// the engine, and small shared shapes (quantities in an exercise's unit, pain codings).
import type {
  Coding,
  Device,
  Patient,
  Practitioner,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { Unit } from '@steadily/core';
import type { PersonRecord, RecordExercise, RecordPerson } from '../record.ts';
import { UCUM } from './codes.ts';
import { resourceId } from './ids.ts';

export interface FhirExportOptions {
  /** FHIR base of this server, e.g. `https://clinic.example.org/fhir`: entries' fullUrls hang off it. */
  baseUrl: string;
  /**
   * Base of Steadily's own Questionnaires, CodeSystems and identifier systems: this installation's, so
   * the default is `baseUrl` (STEADILY_PUBLIC_URL or the request's address, + `/fhir`).
   */
  canonicalBase?: string;
  /** The bundle's timestamp (injected clock). */
  now: Date;
  /** Shown as the engine Device's version. */
  engineVersion?: string;
}

interface CanonicalUrls {
  codeSystem(name: string): string;
  questionnaire(name: 'pseq' | 'psfs'): string;
  extension(name: string): string;
  identifierSystem(name: string): string;
  code(system: string, code: string, display: string): Coding;
}

function canonicalUrls(base: string): CanonicalUrls {
  const root = base.replace(/\/+$/, '');
  const codeSystem = (name: string) => `${root}/CodeSystem/${name}`;
  return {
    codeSystem,
    questionnaire: (name) => `${root}/Questionnaire/${name}`,
    extension: (name) => `${root}/StructureDefinition/${name}`,
    identifierSystem: (name) => `${root}/sid/${name}`,
    code: (system, code, display) => ({ system: codeSystem(system), code, display }),
  };
}

export interface BuildContext {
  record: PersonRecord;
  canon: CanonicalUrls;
  patient: Reference<Patient>;
  engine: Reference<Device>;
  exercise(id: string): RecordExercise | undefined;
  /** The person as a Patient, a clinician as a Practitioner (the record's Practitioner entries). */
  personRef(person: RecordPerson): Reference<Patient | Practitioner>;
}

export function buildContext(record: PersonRecord, options: FhirExportOptions): BuildContext {
  const exercises = new Map((record.programme?.exercises ?? []).map((e) => [e.id, e]));
  const patient: Reference<Patient> = { reference: `Patient/${resourceId('Patient', record.patient.id)}` };
  return {
    record,
    canon: canonicalUrls(options.canonicalBase ?? options.baseUrl),
    patient,
    engine: { reference: `Device/${resourceId('Device', 'engine')}`, display: 'Steadily dosing engine' },
    exercise: (id) => exercises.get(id),
    personRef: (person) =>
      person.role === 'patient' && person.id === record.patient.id
        ? patient
        : {
            reference: `Practitioner/${resourceId('Practitioner', person.id)}`,
            ...(person.name === null ? {} : { display: person.name }),
          },
  };
}

export function ref<T extends Resource>(type: T['resourceType'], id: string, display?: string): Reference<T> {
  return display === undefined ? { reference: `${type}/${id}` } : { reference: `${type}/${id}`, display };
}

const UNIT_CODES: Record<Unit, { unit: string; code: string }> = {
  minutes: { unit: 'min', code: 'min' },
  seconds: { unit: 's', code: 's' },
  reps: { unit: 'repetitions', code: '{repetitions}' },
};

/** An amount in an exercise's unit, as a UCUM quantity. */
export function amount(value: number, unit: Unit): Quantity {
  return { value, ...UNIT_CODES[unit], system: UCUM };
}

export function minutesOf(value: number, unit: Unit): number | null {
  if (unit === 'minutes') return value;
  if (unit === 'seconds') return Math.round((value / 60) * 100) / 100;
  return null;
}
