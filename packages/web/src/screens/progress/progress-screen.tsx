// Progress beyond pain (SPEC §10): what the person did leads; the pain score comes last, with the
// 6–8 week expectation, and the plateau message when the clinician has been asked to look.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProgress, type Progress } from '../../api/progress.ts';
import { getToday } from '../../api/today.ts';
import { useSession } from '../../app/session.tsx';
import { Page } from '../../components/page.tsx';
import { MeasuresCard, PainCard } from './progress-cards.tsx';
import { WeeklyChart } from './weekly-chart.tsx';
import '../../styles/progress.css';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; progress: Progress | null; plateau: 'clinician' | 'self' | null }
  | { state: 'failed' };

export default function ProgressScreen() {
  const { t } = useTranslation(['progress', 'today']);
  const { session } = useSession();
  const patientId = session.status === 'signed_in' ? session.me.id : null;
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    if (patientId === null) return;
    // The plateau message is a bonus: progress still shows without it. A self-guided person has no
    // clinician to be asked, so they read another.
    const plateau = getToday(patientId).then(
      (today) =>
        today?.flags.includes('plateau') === true
          ? today.safety?.selfGuided === true
            ? ('self' as const)
            : ('clinician' as const)
          : null,
      () => null,
    );
    Promise.all([getProgress(patientId), plateau]).then(
      ([progress, plateau]) => setLoad({ state: 'ready', progress, plateau }),
      () => setLoad({ state: 'failed' }),
    );
  }, [patientId]);

  if (load.state !== 'ready' || load.progress === null) {
    return (
      <Page title={t('title')}>
        {load.state === 'loading' ? <p role="status">{t('common:loading')}</p> : null}
        {load.state === 'failed' ? <p>{t('common:errors.network')}</p> : null}
        {load.state === 'ready' ? <p>{t('empty')}</p> : null}
      </Page>
    );
  }

  const progress = load.progress;
  const thisWeek = progress.weeks.at(-1);
  const dose = (unit: string, count: number) =>
    t(`today:dose.${unit}`, { count: Math.round(count * 10) / 10 });
  return (
    <Page title={t('title')}>
      <p className="lead nonessential">{t('lead')}</p>
      {thisWeek === undefined ? null : (
        <p className="big-number">{t('thisWeek', { count: thisWeek.sessions })}</p>
      )}
      {progress.samePainMoreWork === null ? null : (
        <p className="card highlight">
          {t('samePain', {
            pct: Math.round(progress.samePainMoreWork.minutesChangePct),
            from: progress.samePainMoreWork.fromWeek,
          })}
        </p>
      )}
      <section aria-labelledby="capacity-title">
        <h2 id="capacity-title">{t('capacity.title')}</h2>
        <ul className="list-plain">
          {progress.capacity.map((item) => (
            <li key={item.exercise} className="card">
              <strong>
                {t('capacity.item', {
                  name: item.name,
                  from: dose(item.unit, item.start),
                  to: dose(item.unit, item.current),
                })}
              </strong>
              <br />
              {item.sinceStartPct > 0
                ? t('capacity.up', { pct: Math.round(item.sinceStartPct) })
                : item.sinceStartPct === 0
                  ? t('capacity.same')
                  : t('capacity.below')}
              {/* SPEC §10 measures capacity against the baseline too; it is said once it is passed. */}
              {item.current > item.baseline && (
                <> {t('capacity.pastBaseline', { baseline: dose(item.unit, item.baseline) })}</>
              )}
            </li>
          ))}
        </ul>
      </section>
      <p>
        {t('consistency', {
          count: progress.consistency.weeksConsistent,
          total: progress.consistency.weeksCounted,
        })}{' '}
        <span className="nonessential">{t('consistencyNote')}</span>
      </p>
      <WeeklyChart weeks={progress.weeks} />
      {progress.flares.durations.length === 0 ? null : (
        <section aria-labelledby="flares-title">
          <h2 id="flares-title">{t('flares.title')}</h2>
          <p>{t('flares.list', { list: progress.flares.durations.join(', ') })}</p>
          {progress.flares.shortening ? <p className="highlight">{t('flares.shorter')}</p> : null}
        </section>
      )}
      <MeasuresCard measures={progress.measures} />
      <PainCard pain={progress.pain} plateau={load.plateau} />
    </Page>
  );
}
