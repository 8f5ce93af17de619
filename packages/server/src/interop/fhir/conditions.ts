// The person's conditions as Condition resources (SNOMED CT, core/conditions.ts) that the CarePlan
// addresses, and the clinicians the record names as Practitioners: the CarePlan's author, and the
// performer of the measures a clinician entered.
import type { Condition, Practitioner } from '@medplum/fhirtypes';
import type { ConditionId } from '@steadily/core';
import type { PersonRecord, RecordPerson } from '../record.ts';
import { CONDITION_CODES, CONDITION_TEXT } from './codes.ts';
import type { BuildContext } from './context.ts';
import { resourceId } from './ids.ts';

const CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';

export const conditionId = (patientId: string, condition: ConditionId) =>
  resourceId('Condition', patientId, condition);

export function conditionResources(ctx: BuildContext): Condition[] {
  const { patient } = ctx.record;
  return [...new Set(patient.conditions ?? [])].map((condition) => {
    const coding = CONDITION_CODES[condition];
    return {
      resourceType: 'Condition',
      id: conditionId(patient.id, condition),
      clinicalStatus: { coding: [{ system: CLINICAL, code: 'active', display: 'Active' }] },
      category: [{ coding: [{ system: CATEGORY, code: 'problem-list-item', display: 'Problem List Item' }] }],
      code: { ...(coding === null ? {} : { coding: [coding] }), text: CONDITION_TEXT[condition] },
      subject: ctx.patient,
    };
  });
}

/** Every clinician the record names: the care team, the programme's author, who entered measures. */
export function clinicianPeople(record: PersonRecord): RecordPerson[] {
  const people = [
    ...(record.clinicians ?? []),
    record.programme?.createdBy,
    ...record.measures.map((m) => m.enteredBy),
  ];
  const byId = new Map<string, RecordPerson>();
  for (const p of people)
    if (p !== undefined && p !== null && p.role === 'clinician' && !byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()];
}

export function practitionerResource(ctx: BuildContext, person: RecordPerson): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: resourceId('Practitioner', person.id),
    identifier: [{ system: ctx.canon.identifierSystem('practitioner'), value: person.id }],
    active: true,
    ...(person.name === null ? {} : { name: [{ text: person.name }] }),
  };
}
