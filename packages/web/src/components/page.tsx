// A screen's frame: one heading that takes focus on arrival, the content, and actions at the bottom
// of the screen where a thumb reaches them.
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNavigated } from '../app/router.tsx';

interface PageProps {
  title: string;
  children: ReactNode;
  /** Primary actions, first is the main one; shown at the bottom. */
  actions?: ReactNode;
  /** A small line above the title (e.g. a back link). */
  top?: ReactNode;
  /** Secondary content below the actions. */
  after?: ReactNode;
}

export function Page({ title, children, actions, top, after }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
    if (hasNavigated()) heading.current?.focus();
  }, [title, t]);

  return (
    <div className="page">
      <div className="page-body">
        {top}
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </div>
      {actions === undefined ? null : <div className="page-actions">{actions}</div>}
      {after}
    </div>
  );
}
