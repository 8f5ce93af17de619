// The clinician's navigation, at the top of a wide screen: patients, invite, library, settings.
import { useTranslation } from 'react-i18next';
import { Link, useLocationPath } from '../app/router.tsx';

const LINKS: { to: string; key: string; exact?: boolean }[] = [
  { to: '/clinic', key: 'patients' },
  { to: '/clinic/invite', key: 'invite', exact: true },
  { to: '/clinic/library', key: 'library', exact: true },
  { to: '/settings', key: 'settings', exact: true },
];

export function ClinicianNav() {
  const { t } = useTranslation('clinician');
  const path = useLocationPath().split('?')[0] ?? '';
  const current = (to: string) =>
    to === '/clinic'
      ? path === '/clinic' || path.startsWith('/clinic/patients')
      : path === to || path.startsWith(`${to}/`);
  return (
    <nav className="clinic-nav" aria-label={t('nav.label')}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link to={link.to} aria-current={current(link.to) ? 'page' : undefined}>
              {t(`nav.${link.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
