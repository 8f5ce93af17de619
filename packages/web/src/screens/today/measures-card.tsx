// Questions about goals, pain, confidence and mood that are still owed once a plan runs: the
// onboarding ones if some were skipped, and the check-ins at weeks 6 and 12 (SPEC §3).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMeasures, type Measure } from '../../api/measures.ts';
import { ButtonLink } from '../../components/button.tsx';
import { hasMeasure, measureWeekDue } from '../onboarding/steps.ts';

const INSTRUMENTS = ['PSFS', 'PEG', 'PSEQ', 'PHQ2'] as const;

export function MeasuresCard({ accountId, day }: { accountId: string; day: number }) {
  const { t } = useTranslation('today');
  const [measures, setMeasures] = useState<Measure[] | null>(null);

  useEffect(() => {
    if (accountId === '') return;
    listMeasures(accountId).then(setMeasures, () => setMeasures(null));
  }, [accountId]);

  if (measures === null) return null;
  if (!INSTRUMENTS.every((i) => hasMeasure(measures, i, 0))) {
    return (
      <section className="card nonessential" aria-labelledby="measures-title">
        <h2 id="measures-title">{t('knowYou.title')}</h2>
        <p>{t('knowYou.left')}</p>
        <ButtonLink to="/getting-to-know-you">{t('knowYou.goOn')}</ButtonLink>
      </section>
    );
  }
  const week = measureWeekDue(day, measures);
  if (week === null) return null;
  return (
    <section className="card" aria-labelledby="measures-title">
      <h2 id="measures-title">{t('checkIn.title', { week })}</h2>
      <p>{t('checkIn.body')}</p>
      <ButtonLink to={`/check-in/${week}`} variant="primary">
        {t('checkIn.button')}
      </ButtonLink>
    </section>
  );
}
