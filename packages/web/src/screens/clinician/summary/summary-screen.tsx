// A one-page summary for an appointment (print it, or save it as PDF from the browser): the plan now
// against baseline, adherence, open alerts, recent dose changes with reasons, flares, measures, notes.
import { setsOf, type Unit } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import { getPatientAlerts } from '../../../api/caseload.ts';
import type { ScreenProps } from '../../../app/routes.ts';
import { Button } from '../../../components/button.tsx';
import { causeText } from '../caseload/reason-text.tsx';
import { formatDate, formatInstant, round } from '../format.ts';
import { PatientLayout, usePatient } from '../patient/patient-layout.tsx';
import { prescriptionSummary } from '../patient/prescription-form.tsx';
import { reasonIn } from '../timeline/decision-list.tsx';
import { DoseChart } from '../timeline/dose-chart.tsx';
import { loadTimeline } from '../timeline/load-timeline.ts';
import { MeasuresTable } from '../timeline/measures-table.tsx';
import { FlareList, WeeksTable } from '../timeline/timeline-screen.tsx';
import { useLoad } from '../use-load.ts';
import { Exports } from './exports.tsx';

export default function SummaryScreen({ params }: ScreenProps) {
  const { t, i18n } = useTranslation('clinician');
  const patientId = params.patientId ?? '';
  const patient = usePatient(patientId);
  const data = useLoad(
    () => Promise.all([loadTimeline(patientId), getPatientAlerts(patientId)]),
    [patientId],
  );
  return (
    <PatientLayout patient={patient} section={t('patient.tabs.summary')}>
      {(record) => {
        if (data.state !== 'ready')
          return <p role="status">{data.state === 'loading' ? t('common:loading') : t('errors.load')}</p>;
        const [d, alerts] = data.data;
        if (d === null) return <p>{t('timeline.none')}</p>;
        const names = new Map(d.exercises.map((e) => [e.id, e.name]));
        const changes = d.timeline.decisions
          .filter((x) => x.action !== 'hold')
          .slice(-6)
          .reverse();
        const open = alerts.filter((a) => a.acknowledgedAt === null);
        const weeks = d.progress?.weeks ?? [];
        // The dose now as the clinician prescribed it: "3 × 8 · 5 kg" after the capacity line.
        const prescribed = (c: { exercise: string; name: string; unit: Unit; current: number }) => {
          const e = d.exercises.find((x) => x.id === c.exercise);
          if (e === undefined) return null;
          const setsToday = setsOf(c.unit, c.current, e.sets);
          return prescriptionSummary({ ...e, id: e.id, unit: c.unit, setsToday }, t);
        };
        return (
          <div className="summary">
            <div className="toolbar no-print">
              <Button variant="primary" onClick={() => window.print()}>
                {t('summary.print')}
              </Button>
            </div>
            <Exports patientId={record.id} />
            {/* The page's heading and the line under it already name the person, email and mode: the
                printed page adds only when it was printed (the header once, issue 14). */}
            <p>
              {t('summary.started', {
                date: formatDate(d.timeline.startDate, i18n.language),
                weeks: (d.progress?.weeksSinceStart ?? 0) + 1,
              })}
              <span className="print-only-inline">
                {' · '}
                {t('summary.printed', { when: formatInstant(new Date().toISOString(), i18n.language) })}
              </span>
            </p>
            <section aria-labelledby="sum-capacity">
              <h2 id="sum-capacity">{t('summary.capacity')}</h2>
              <ul>
                {(d.progress?.capacity ?? []).map((c) => (
                  <li key={c.exercise}>
                    {t('summary.capacityItem', {
                      name: c.name,
                      from: round(c.baseline),
                      to: round(c.current),
                      unit: t(`units.${c.unit}`),
                      pct: Math.round(c.changePct),
                    })}
                    {prescribed(c) === null ? null : ` · ${prescribed(c)}`}
                  </li>
                ))}
              </ul>
              {d.progress ? (
                <p>
                  {t('summary.consistency', {
                    count: d.progress.consistency.weeksConsistent,
                    total: d.progress.consistency.weeksCounted,
                  })}
                </p>
              ) : null}
            </section>
            <section aria-labelledby="sum-alerts">
              <h2 id="sum-alerts">{t('summary.alerts', { count: open.length })}</h2>
              <ul>
                {open.map((a) => (
                  <li key={a.alertKey}>
                    {a.kind === 'flag_raised'
                      ? t(`flags.${String(a.details.flag)}`)
                      : causeText(String(a.details.cause ?? ''), t)}{' '}
                    · {formatDate(a.localDate, i18n.language)}
                  </li>
                ))}
              </ul>
            </section>
            <DoseChart series={d.series} exercises={d.exercises} height={180} />
            {weeks.length > 0 ? (
              <WeeksTable
                data={{ ...d, progress: d.progress ? { ...d.progress, weeks: weeks.slice(-4) } : null }}
              />
            ) : null}
            <section aria-labelledby="sum-changes">
              <h2 id="sum-changes">{t('summary.changes')}</h2>
              <ul>
                {changes.map((c) => (
                  <li key={c.id}>
                    {formatDate(c.localDate, i18n.language)} · {names.get(c.exerciseId)} ·{' '}
                    {t(`actions.${c.action}`)}: {reasonIn(c, i18n.language)}
                  </li>
                ))}
              </ul>
            </section>
            <div className="columns">
              <FlareList data={d} />
              <MeasuresTable measures={d.measures} />
            </div>
            {d.notes.length > 0 ? (
              <section aria-labelledby="sum-note">
                <h2 id="sum-note">{t('summary.lastNote')}</h2>
                <p className="preserve-lines">{d.notes[0]?.text}</p>
              </section>
            ) : null}
          </div>
        );
      }}
    </PatientLayout>
  );
}
