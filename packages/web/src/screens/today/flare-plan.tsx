// Shown after "I'm having a flare": kind words, the flare plan (the clinician's, or ours), and the
// gentler dose, which Today shows once the server has applied it.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

export function FlarePlan({ clinicianPlan, onDone }: { clinicianPlan: string | null; onDone: () => void }) {
  const { t } = useTranslation('today');
  const steps = t('flare.defaultPlan', { returnObjects: true }) as string[];
  return (
    <Page
      title={t('flare.title')}
      actions={
        <Button variant="primary" onClick={onDone}>
          {t('flare.back')}
        </Button>
      }
    >
      <p className="lead" role="status">
        {t('flare.saved')}
      </p>
      <h2>{t('flare.planTitle')}</h2>
      {clinicianPlan ? (
        <p className="preserve-lines">{clinicianPlan}</p>
      ) : (
        <ul className="points">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      )}
    </Page>
  );
}
