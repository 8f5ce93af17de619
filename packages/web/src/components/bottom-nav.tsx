// The tab bar, at the bottom where a thumb reaches. Low-energy mode keeps only the essential tabs.
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../app/preferences.ts';
import { Link, useLocationPath } from '../app/router.tsx';
import { Icon, type IconName } from './icons.tsx';

const TABS: { to: string; name: IconName; essential: boolean }[] = [
  { to: '/today', name: 'today', essential: true },
  { to: '/progress', name: 'progress', essential: false },
  { to: '/learn', name: 'learn', essential: true },
  { to: '/settings', name: 'settings', essential: true },
];

export function BottomNav() {
  const { t } = useTranslation();
  const path = useLocationPath();
  const { lowEnergy } = usePreferences();
  const tabs = TABS.filter((tab) => tab.essential || !lowEnergy);
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} aria-current={path.startsWith(tab.to) ? 'page' : undefined}>
              <Icon name={tab.name} />
              {t(`nav.${tab.name}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
