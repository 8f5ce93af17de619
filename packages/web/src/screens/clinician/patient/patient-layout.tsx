// The frame of every page about one patient: their name, where they stand, and tabs between the
// overview, programme, settings, timeline and the printable summary.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getPatient, type PatientRecord } from '../../../api/record.ts';
import { Link, useLocationPath } from '../../../app/router.tsx';
import { Page } from '../../../components/page.tsx';
import { type Loaded, useLoad } from '../use-load.ts';
import '../../../styles/clinician.css';

const TABS = ['', '/programme', '/settings', '/timeline', '/summary'] as const;
const TAB_KEYS: Record<(typeof TABS)[number], string> = {
  '': 'overview',
  '/programme': 'programme',
  '/settings': 'settings',
  '/timeline': 'timeline',
  '/summary': 'summary',
};

export function usePatient(patientId: string): Loaded<PatientRecord> {
  return useLoad(() => getPatient(patientId), [patientId]);
}

interface LayoutProps {
  patient: Loaded<PatientRecord>;
  /** The tab's own name, for the page title. */
  section: string;
  children: (patient: PatientRecord) => ReactNode;
}

export function PatientLayout({ patient, section, children }: LayoutProps) {
  const { t } = useTranslation('clinician');
  const path = useLocationPath().split('?')[0] ?? '';
  if (patient.state !== 'ready') {
    return (
      <Page title={section}>
        {patient.state === 'loading' ? (
          <p role="status">{t('common:loading')}</p>
        ) : (
          <p>{t('errors.patient')}</p>
        )}
        <Link to="/clinic">{t('patient.back')}</Link>
      </Page>
    );
  }
  const record = patient.data;
  const root = `/clinic/patients/${record.id}`;
  return (
    <Page
      title={`${record.displayName} · ${section}`}
      top={
        <p className="no-print">
          <Link to="/clinic">{t('patient.back')}</Link>
        </p>
      }
    >
      <p className="muted">
        {record.email}
        {record.mode ? ` · ${t(`modes.${record.mode}`)}` : ''}
        {record.screeningStatus
          ? ` · ${t(`screening.${record.screeningStatus}`)}`
          : ` · ${t('screening.none')}`}
      </p>
      <nav aria-label={t('patient.sections')}>
        <ul className="tabs">
          {TABS.map((tab) => (
            <li key={tab}>
              <Link to={`${root}${tab}`} aria-current={path === `${root}${tab}` ? 'page' : undefined}>
                {t(`patient.tabs.${TAB_KEYS[tab]}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children(record)}
    </Page>
  );
}
