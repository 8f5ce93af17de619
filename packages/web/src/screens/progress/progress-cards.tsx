// The parts of Progress that come after what the person did: check-in measures against their
// meaningful change, and pain (with the 6–8 week expectation).
import type { ProgressSummary } from '@steadily/core';
import { useTranslation } from 'react-i18next';

export function MeasuresCard({ measures }: { measures: ProgressSummary['measures'] }) {
  const { t } = useTranslation('progress');
  const rows = (['pseq', 'psfs', 'peg'] as const).flatMap((kind) => {
    const change = measures[kind];
    return change === undefined ? [] : [{ kind, change }];
  });
  if (rows.length === 0 && !measures.phq2SuggestTalk) return null;
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t('measures.title')}</h2>
      {rows.map(({ kind, change }) => (
        <p key={kind}>
          {t(`measures.${kind}`, { first: change.first, latest: change.latest })}{' '}
          {change.meaningful ? <strong>{t('measures.meaningful')}</strong> : null}
        </p>
      ))}
      {measures.phq2SuggestTalk ? <p className="alert">{t('measures.phq2')}</p> : null}
    </section>
  );
}

export function PainCard({
  pain,
  plateau = null,
}: {
  pain: ProgressSummary['pain'];
  /** Raised: whose eyes it asks for (a self-guided person has no clinician to be asked). */
  plateau?: 'clinician' | 'self' | null;
}) {
  const { t } = useTranslation('progress');
  if (plateau !== null)
    return <p className="card">{t(plateau === 'self' ? 'pain.plateauSelf' : 'pain.plateau')}</p>;
  if (pain.meaningfulDrop) return <p className="card highlight">{t('pain.drop')}</p>;
  if (pain.tooEarlyToTell) return <p className="card">{t('pain.tooEarly')}</p>;
  return null;
}
