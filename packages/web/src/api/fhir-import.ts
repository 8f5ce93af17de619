// POST /api/patients/{id}/fhir/import (docs/api.md): pain scores from another app's FHIR R4 Bundle
// become morning check-ins; what cannot be mapped comes back with its path and why.
import { request } from './client.ts';

export interface ImportedCheckIn {
  path: string;
  localDate: string;
  pain: number;
  eventId: string;
}

export interface ImportProblem {
  path: string;
  message: string;
}

export interface FhirImportOutcome {
  imported: ImportedCheckIn[];
  unchanged: ImportedCheckIn[];
  rejected: ImportProblem[];
  ignored: ImportProblem[];
}

export function importFhirBundle(patientId: string, bundle: unknown, allMorning: boolean) {
  const query = allMorning ? '?allMorning=true' : '';
  return request<FhirImportOutcome>(
    'POST',
    `/patients/${encodeURIComponent(patientId)}/fhir/import${query}`,
    { body: bundle },
  );
}
