// A save that failed: the reason in plain words and a retry. The answers are still on the device.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { errorsFrom } from '../auth/form-errors.ts';

export function SaveError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('onboarding');
  return (
    <div className="alert error" role="alert">
      <p>{errorsFrom(error, t, [])._form ?? t('common:errors.generic')}</p>
      <Button onClick={onRetry}>{t('common:actions.retry')}</Button>
    </div>
  );
}
