// Invite a patient: a link to send (or a code to read out), optionally for one email address; the
// code shows once. Below, the invitations I have sent and what became of them.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createInvitation,
  type Invitation,
  listInvitations,
  type NewInvitation,
  revokeInvitation,
} from '../../../api/caseload.ts';
import { ApiError } from '../../../api/errors.ts';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { formatInstant } from '../format.ts';
import { useLoad } from '../use-load.ts';
import '../../../styles/clinician.css';

function statusOf(invitation: Invitation, now: number): 'accepted' | 'revoked' | 'expired' | 'open' {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.revokedAt !== null) return 'revoked';
  return Date.parse(invitation.expiresAt) < now ? 'expired' : 'open';
}

export default function InviteScreen() {
  const { t, i18n } = useTranslation('clinician');
  const invitations = useLoad(listInvitations, []);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<NewInvitation | null>(null);
  const [copied, setCopied] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCopied(false);
    try {
      const invitation = await createInvitation({
        kind: 'patient',
        ...(email.trim() && { email: email.trim() }),
      });
      setCreated(invitation);
      setEmail('');
      invitations.reload();
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.field === 'email' ? t('invite.badEmail') : t('errors.save'),
      );
    }
  }

  const link = created === null ? '' : `${location.origin}${created.path}`;
  async function copy() {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  }

  async function revoke(id: string) {
    await revokeInvitation(id);
    invitations.reload();
  }

  return (
    <Page title={t('invite.title')}>
      <p className="lead">{t('invite.lead')}</p>
      <form onSubmit={(event) => void submit(event)} className="card" noValidate>
        <TextField
          label={t('invite.email')}
          hint={t('invite.emailHint')}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={error}
          autoComplete="off"
        />
        <Button type="submit" variant="primary">
          {t('invite.create')}
        </Button>
      </form>
      {created === null ? null : (
        <section className="card highlight" aria-labelledby="invite-made" aria-live="polite">
          <h2 id="invite-made">{t('invite.made')}</h2>
          <p>{t('invite.linkLabel')}</p>
          <p className="copy-box" data-testid="invite-link">
            {link}
          </p>
          <p>
            {t('invite.codeLabel')} <strong className="copy-box">{created.code}</strong>
          </p>
          <p className="muted">
            {t('invite.once', { date: formatInstant(created.expiresAt, i18n.language) })}
          </p>
          <Button onClick={() => void copy()}>{copied ? t('invite.copied') : t('invite.copy')}</Button>
        </section>
      )}
      <h2>{t('invite.sent')}</h2>
      {invitations.state === 'ready' && invitations.data.length === 0 ? <p>{t('invite.none')}</p> : null}
      {invitations.state === 'ready' && invitations.data.length > 0 ? (
        <table className="data-table stack">
          <thead>
            <tr>
              <th scope="col">{t('invite.colSent')}</th>
              <th scope="col">{t('invite.colEmail')}</th>
              <th scope="col">{t('invite.colStatus')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('invite.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.data
              .filter((invitation) => invitation.kind === 'patient')
              .map((invitation) => {
                const status = statusOf(invitation, Date.now());
                return (
                  <tr key={invitation.id}>
                    <td>{formatInstant(invitation.createdAt, i18n.language)}</td>
                    <td>{invitation.email ?? t('invite.anyone')}</td>
                    <td>{t(`invite.status.${status}`)}</td>
                    <td>
                      {status === 'open' ? (
                        <Button
                          className="small"
                          onClick={() => void revoke(invitation.id)}
                          aria-label={t('invite.revokeFor', {
                            what: invitation.email ?? formatInstant(invitation.createdAt, i18n.language),
                          })}
                        >
                          {t('invite.revoke')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
