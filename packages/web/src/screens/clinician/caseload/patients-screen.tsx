// The caseload (SPEC §12): everyone I follow, most in need of attention first, with the reasons in
// words, a search, a filter by tier, open alerts to acknowledge, and more rows on request.
import { ATTENTION_TIERS, TIERS } from '@steadily/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseloadFilter,
  type CaseloadPage,
  type CaseloadPatient,
  getCaseload,
} from '../../../api/caseload.ts';
import { Link } from '../../../app/router.tsx';
import { Button, ButtonLink } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { PatientRow } from './patient-row.tsx';
import '../../../styles/clinician.css';

const PAGE_SIZE = 50;

export default function PatientsScreen() {
  const { t } = useTranslation('clinician');
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<CaseloadFilter>('all');
  const [pages, setPages] = useState<CaseloadPage[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);

  // Search as the clinician types, a moment after they stop.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), 250);
    return () => clearTimeout(timer);
  }, [query]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version asks for a fresh first page
  useEffect(() => {
    let current = true;
    setFailed(false);
    getCaseload({ q: search, filter, limit: PAGE_SIZE }).then(
      (page) => current && setPages([page]),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [search, filter, version]);

  const last = pages?.at(-1);
  const patients: CaseloadPatient[] = pages?.flatMap((p) => p.patients) ?? [];
  const counts = pages?.[0]?.counts;
  const attention = counts === undefined ? 0 : ATTENTION_TIERS.reduce((sum, tier) => sum + counts[tier], 0);

  async function more(cursor: string) {
    const page = await getCaseload({ q: search, filter, limit: PAGE_SIZE, cursor });
    setPages((previous) => [...(previous ?? []), page]);
  }

  return (
    <Page title={t('patients.title')}>
      <p className="lead">
        {counts === undefined ? t('patients.lead') : t('patients.attentionCount', { count: attention })}
      </p>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="caseload-search">{t('patients.search')}</label>
          <input
            id="caseload-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="caseload-filter">{t('patients.filter')}</label>
          <select
            id="caseload-filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value as CaseloadFilter)}
          >
            <option value="all">{t('patients.filterAll')}</option>
            <option value="attention">{t('patients.filterAttention', { count: attention })}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tiers.${tier}`)}
                {counts === undefined ? '' : ` (${counts[tier]})`}
              </option>
            ))}
          </select>
        </div>
        <ButtonLink to="/clinic/invite" variant="primary">
          {t('patients.invite')}
        </ButtonLink>
      </div>
      {failed ? <p className="alert error">{t('errors.load')}</p> : null}
      {pages === null && !failed ? <p role="status">{t('common:loading')}</p> : null}
      {pages !== null && patients.length === 0 ? (
        <p>
          {search === '' && filter === 'all' ? t('patients.empty') : t('patients.noMatch')}{' '}
          {search === '' && filter === 'all' ? (
            <Link to="/clinic/invite">{t('patients.inviteFirst')}</Link>
          ) : null}
        </p>
      ) : null}
      {patients.length > 0 ? (
        <table className="data-table stack caseload">
          <caption className="visually-hidden">
            {t('patients.caption', { shown: patients.length, total: last?.total ?? patients.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('patients.colPatient')}</th>
              <th scope="col">{t('patients.colAttention')}</th>
              <th scope="col">{t('patients.colAdherence')}</th>
              <th scope="col">{t('patients.colAlerts')}</th>
            </tr>
          </thead>
          <tbody>
            {patients.map((patient) => (
              <PatientRow key={patient.id} patient={patient} onChanged={() => setVersion((v) => v + 1)} />
            ))}
          </tbody>
        </table>
      ) : null}
      {last?.nextCursor ? (
        <Button onClick={() => void more(last.nextCursor as string)}>
          {t('patients.more', { shown: patients.length, total: last.total })}
        </Button>
      ) : null}
    </Page>
  );
}
