// One patient's timeline (SPEC §12): doses, zones and decisions with their reasons, flares, measures
// against MCID, notes; a chart of dose and pain; the weekly numbers as a table.
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../../../app/routes.ts';
import { ButtonLink } from '../../../components/button.tsx';
import { addDays, formatDate, round } from '../format.ts';
import { MeasureForm } from '../measures/measure-form.tsx';
import { NotesPanel } from '../patient/notes-panel.tsx';
import { PatientLayout, usePatient } from '../patient/patient-layout.tsx';
import { useLoad } from '../use-load.ts';
import { DecisionList } from './decision-list.tsx';
import { DoseChart } from './dose-chart.tsx';
import { LearnedModelPanel } from './learned-model.tsx';
import { loadTimeline, type TimelineData } from './load-timeline.ts';
import { MeasuresTable } from './measures-table.tsx';

export function FlareList({ data }: { data: TimelineData }) {
  const { t, i18n } = useTranslation('clinician');
  const start = data.timeline.startDate;
  const date = (day: number) => formatDate(addDays(start, day - 1), i18n.language);
  return (
    <section aria-labelledby="flares-title">
      <h2 id="flares-title">{t('timeline.flares', { count: data.series.flares.length })}</h2>
      {data.series.flares.length === 0 ? <p>{t('timeline.noFlares')}</p> : null}
      <ul>
        {data.series.flares.map((flare) => (
          <li key={flare.startDay}>
            {flare.endDay === null
              ? t('timeline.flareOpen', { from: date(flare.startDay) })
              : t('timeline.flareClosed', {
                  from: date(flare.startDay),
                  to: date(flare.endDay),
                  count: flare.endDay - flare.startDay,
                })}
          </li>
        ))}
      </ul>
      {data.progress?.flares.shortening ? <p>{t('timeline.shortening')}</p> : null}
    </section>
  );
}

export function WeeksTable({ data }: { data: TimelineData }) {
  const { t } = useTranslation('clinician');
  const weeks = data.progress?.weeks ?? [];
  if (weeks.length === 0) return null;
  return (
    <table className="data-table">
      <caption>{t('timeline.weeksCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('timeline.week')}</th>
          <th scope="col" className="number">
            {t('timeline.sessions')}
          </th>
          <th scope="col" className="number">
            {t('timeline.minutes')}
          </th>
          <th scope="col" className="number">
            {t('timeline.morningPain')}
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.week}>
            <th scope="row">{w.week}</th>
            <td className="number">
              {w.sessions} / {w.planned}
            </td>
            <td className="number">{round(w.minutes)}</td>
            <td className="number">
              {w.meanMorningPain === null ? '–' : round(w.meanMorningPain).toFixed(1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function TimelineScreen({ params }: ScreenProps) {
  const { t } = useTranslation('clinician');
  const patientId = params.patientId ?? '';
  const patient = usePatient(patientId);
  const data = useLoad(() => loadTimeline(patientId), [patientId]);
  return (
    <PatientLayout patient={patient} section={t('patient.tabs.timeline')}>
      {(record) => {
        if (data.state === 'loading') return <p role="status">{t('common:loading')}</p>;
        if (data.state === 'failed') return <p>{t('errors.load')}</p>;
        if (data.data === null) return <p>{t('timeline.none')}</p>;
        const d = data.data;
        const names = new Map(d.exercises.map((e) => [e.id, e.name]));
        return (
          <>
            <div className="toolbar no-print">
              <ButtonLink to={`/clinic/patients/${record.id}/summary`}>{t('timeline.printable')}</ButtonLink>
            </div>
            <section aria-labelledby="chart-title">
              <h2 id="chart-title">{t('timeline.chartTitle')}</h2>
              <DoseChart series={d.series} exercises={d.exercises} />
              <WeeksTable data={d} />
            </section>
            <LearnedModelPanel dosing={d.timeline.dosing} names={names} />
            <div className="columns">
              <div>
                <DecisionList decisions={d.timeline.decisions} names={names} />
              </div>
              <div>
                <FlareList data={d} />
                <MeasuresTable measures={d.measures} />
                <MeasureForm patientId={record.id} measures={d.measures} onSaved={data.reload} />
                <NotesPanel patientId={record.id} />
              </div>
            </div>
          </>
        );
      }}
    </PatientLayout>
  );
}
