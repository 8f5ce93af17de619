// The check-in at weeks 6 and 12 (SPEC §3): the same goals scored again, then PEG, PSEQ and PHQ-2.
// Offered by a card on Today when due; each part is saved as it is answered.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Activity,
  type Instrument,
  listMeasures,
  type Measure,
  type MeasureWeek,
} from '../../api/measures.ts';
import { getMyRecord } from '../../api/my-record.ts';
import type { ScreenProps } from '../../app/routes.ts';
import { useSession } from '../../app/session.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { GoalsStep } from './goals-step.tsx';
import { Questionnaire } from './questionnaire.tsx';
import { SaveError } from './save-error.tsx';
import { hasMeasure } from './steps.ts';
import { SupportNote } from './support-note.tsx';
import '../../styles/onboarding.css';

const PARTS: Instrument[] = ['PSFS', 'PEG', 'PSEQ', 'PHQ2'];

function weekOf(param: string | undefined): MeasureWeek | null {
  return param === '6' ? 6 : param === '12' ? 12 : null;
}

/** The activities named at week 0 (PSFS items are `{ name, score }`). */
function earlierGoals(measures: readonly Measure[]): string[] {
  const first = measures.find((m) => m.instrument === 'PSFS' && m.week === 0);
  return Array.isArray(first?.items) ? (first.items as Activity[]).map((a) => a.name) : [];
}

export default function CheckInScreen({ params }: ScreenProps) {
  const { t } = useTranslation('onboarding');
  const { session } = useSession();
  const accountId = session.status === 'signed_in' ? session.me.id : '';
  const week = weekOf(params.week);
  const [measures, setMeasures] = useState<Measure[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [support, setSupport] = useState(false);
  const [selfGuided, setSelfGuided] = useState(false);

  const load = useCallback(() => {
    if (accountId === '') return;
    setFailed(null);
    listMeasures(accountId).then(setMeasures, setFailed);
    // Whether there is a clinician to talk to decides the words after a PHQ-2 of 3 or more.
    getMyRecord(accountId).then((record) => setSelfGuided(record.selfGuided), setFailed);
  }, [accountId]);
  useEffect(load, [load]);

  if (week === null) {
    return (
      <Page title={t('checkIn.title', { week: '' })}>
        <ButtonLink to="/today">{t('toToday')}</ButtonLink>
      </Page>
    );
  }
  if (failed !== null) {
    return (
      <Page title={t('checkIn.title', { week })}>
        <SaveError error={failed} onRetry={load} />
      </Page>
    );
  }
  if (measures === null) {
    return (
      <p role="status" className="muted">
        {t('common:loading')}
      </p>
    );
  }
  if (support) return <SupportNote selfGuided={selfGuided} onNext={() => setSupport(false)} />;
  const part = PARTS.find((instrument) => !hasMeasure(measures, instrument, week));
  if (part === undefined) {
    return (
      <Page
        title={t('checkIn.doneTitle')}
        actions={
          <ButtonLink to="/progress" variant="primary">
            {t('checkIn.toProgress')}
          </ButtonLink>
        }
      >
        <p className="lead">{t('checkIn.doneBody')}</p>
      </Page>
    );
  }
  const label = t('partOf', { current: PARTS.indexOf(part) + 1, total: PARTS.length });
  const common = { accountId, week, progress: label, onSaved: load };
  // Keyed by part: each questionnaire starts with its own state.
  if (part === 'PSFS') return <GoalsStep key={part} {...common} earlier={earlierGoals(measures)} />;
  if (part !== 'PHQ2') return <Questionnaire key={part} {...common} instrument={part} />;
  return (
    <Questionnaire
      key={part}
      {...common}
      instrument="PHQ2"
      onSaved={(items) => {
        if (items.reduce((sum, n) => sum + n, 0) >= 3) setSupport(true);
        load();
      }}
    />
  );
}
