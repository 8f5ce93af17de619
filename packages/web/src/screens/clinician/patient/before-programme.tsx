// What the person told us while getting to know the app (conditions, their usual morning pain, PEG,
// PSEQ, PSFS goals, PHQ-2), shown on the overview before any programme: exactly when the clinician
// builds it (issue 12). Once a programme runs, the timeline has the measures.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getMeasures, type Measure, type PatientRecord } from '../../../api/record.ts';
import { MeasuresTable } from '../timeline/measures-table.tsx';
import { useLoad } from '../use-load.ts';

interface Goal {
  name: string;
  score: number;
}

function goalsOf(measures: Measure[]): Goal[] {
  const first = measures.find((m) => m.instrument === 'PSFS');
  return Array.isArray(first?.items) ? (first.items as Goal[]) : [];
}

function conditionNames(conditions: string[], t: TFunction): string {
  return conditions.map((id) => t(`conditions.ids.${id}`, { defaultValue: id })).join(', ');
}

export function BeforeProgramme({ record }: { record: PatientRecord }) {
  const { t } = useTranslation('clinician');
  const measures = useLoad(() => getMeasures(record.id), [record.id]);
  const goals = measures.state === 'ready' ? goalsOf(measures.data) : [];
  return (
    <section className="card" aria-labelledby="told-title">
      <h2 id="told-title">{t('overview.toldTitle')}</h2>
      <dl>
        <dt>{t('overview.conditions')}</dt>
        <dd>
          {record.conditions.length === 0 ? t('overview.notYet') : conditionNames(record.conditions, t)}
        </dd>
        <dt>{t('overview.referencePain')}</dt>
        <dd>
          {record.referenceMorningPain === null
            ? t('overview.notYet')
            : t('overview.outOf10', { value: record.referenceMorningPain })}
        </dd>
        {goals.length > 0 ? (
          <>
            <dt>{t('overview.goals')}</dt>
            {goals.map((goal) => (
              <dd key={goal.name}>{t('overview.goal', { name: goal.name, score: goal.score })}</dd>
            ))}
          </>
        ) : null}
      </dl>
      {measures.state === 'ready' ? <MeasuresTable measures={measures.data} /> : null}
      {measures.state === 'failed' ? <p>{t('errors.load')}</p> : null}
    </section>
  );
}
