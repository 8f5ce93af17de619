// A self-guided person joins a clinician later (issue 12): the code from the clinician opens the same
// invitation page as their link (/invite/CODE), where one tap joins (POST /api/invitations/accept).
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMyRecord } from '../../api/my-record.ts';
import { navigate } from '../../app/router.tsx';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/text-field.tsx';

export function JoinClinicianSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation('settings');
  const [selfGuided, setSelfGuided] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    getMyRecord(accountId).then(
      (record) => setSelfGuided(record.selfGuided),
      () => setSelfGuided(false),
    );
  }, [accountId]);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (code === '') setError(t('join.required'));
    else navigate(`/invite/${encodeURIComponent(code)}`);
  }

  if (!selfGuided) return null;
  return (
    <section aria-labelledby="join-title">
      <h2 id="join-title">{t('join.title')}</h2>
      <p>{t('join.body')}</p>
      <form onSubmit={submit} noValidate>
        <TextField name="code" label={t('join.code')} autoComplete="off" error={error} />
        <Button type="submit">{t('join.submit')}</Button>
      </form>
    </section>
  );
}
