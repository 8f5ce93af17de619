// A person's whole record as one FHIR R4 Bundle of type `collection` (SPEC §13). Pure and deterministic:
// the same record and clock give the same bundle, with stable ids a receiving system can update by.
import type { Bundle, BundleEntry, Resource, ServiceRequest } from '@medplum/fhirtypes';
import { daysBetween } from '../../services/local-date.ts';
import { byDate, type PersonRecord } from '../record.ts';
import { carePlan, carePlanId, decisionProvenance, doseRequest } from './care-plan.ts';
import { cleanRecord } from './clean.ts';
import { clinicianPeople, conditionResources, practitionerResource } from './conditions.ts';
import { buildContext, type FhirExportOptions, ref } from './context.ts';
import { doseOn, dosesOf } from './doses.ts';
import { resourceId } from './ids.ts';
import { pegObservations, phq2Observations } from './measures.ts';
import { flareObservation, morningObservation, sessionObservations } from './observations.ts';
import { engineDevice, noteCommunication, patientResource } from './patient.ts';
import { pseqQuestionnaire, pseqResponse, psfsQuestionnaire, psfsResponse } from './questionnaires.ts';

export type { FhirExportOptions };

export function buildPatientBundle(input: PersonRecord, options: FhirExportOptions): Bundle {
  const record = cleanRecord(input);
  const ctx = buildContext(record, options);
  const doses = dosesOf(record);
  const conditions = conditionResources(ctx);
  const resources: Resource[] = [
    patientResource(ctx),
    ...conditions,
    ...clinicianPeople(record).map((p) => practitionerResource(ctx, p)),
  ];
  const programme = record.programme;
  if (programme !== null) {
    resources.push(engineDevice(options.engineVersion), carePlan(ctx, programme, doses, conditions));
    for (const list of doses.values())
      for (const dose of list) resources.push(doseRequest(ctx, programme, dose));
    for (const decision of record.decisions) {
      const dose = doseOn(doses.get(decision.exerciseId), decision.localDate);
      const target = dose === undefined ? `CarePlan/${carePlanId(programme)}` : `ServiceRequest/${dose.id}`;
      resources.push(decisionProvenance(ctx, decision, target));
    }
  }
  for (const checkIn of [...record.checkIns].sort(byDate)) resources.push(morningObservation(ctx, checkIn));
  for (const session of [...record.sessions].sort(byDate)) {
    const dose = doseOn(doses.get(session.exerciseId), session.localDate);
    resources.push(
      ...sessionObservations(ctx, session, dose && ref<ServiceRequest>('ServiceRequest', dose.id)),
    );
  }
  for (const flare of record.flares) {
    const days = flare.endDate === null ? null : daysBetween(flare.startDate, flare.endDate);
    resources.push(flareObservation(ctx, flare, days));
  }
  const measures = [...record.measures].sort(byDate);
  if (measures.some((m) => m.kind === 'pseq')) resources.push(pseqQuestionnaire(ctx));
  if (measures.some((m) => m.kind === 'psfs')) resources.push(psfsQuestionnaire(ctx));
  for (const measure of measures) {
    if (measure.kind === 'peg') resources.push(...pegObservations(ctx, measure));
    if (measure.kind === 'phq2') resources.push(...phq2Observations(ctx, measure));
    if (measure.kind === 'pseq') resources.push(pseqResponse(ctx, measure));
    if (measure.kind === 'psfs') resources.push(psfsResponse(ctx, measure));
  }
  for (const note of record.notes) resources.push(noteCommunication(ctx, note));

  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return {
    resourceType: 'Bundle',
    id: resourceId('Bundle', record.patient.id, options.now.toISOString()),
    type: 'collection',
    timestamp: options.now.toISOString(),
    entry: resources.map(
      (resource): BundleEntry => ({
        fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
        resource,
      }),
    ),
  };
}
