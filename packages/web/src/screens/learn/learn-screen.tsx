// The list of short lessons. Works offline: the text ships with the app.
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router.tsx';
import { Page } from '../../components/page.tsx';
import { LESSON_IDS, type LessonText, readingMinutes } from './lessons.ts';
import '../../styles/learn.css';

export default function LearnScreen() {
  const { t } = useTranslation(['learn', 'lessons']);
  return (
    <Page title={t('title')}>
      <p>{t('lead')}</p>
      <p className="muted nonessential">{t('offline')}</p>
      <ul className="lesson-list list-plain">
        {LESSON_IDS.map((id) => {
          const lesson = t(id, { ns: 'lessons', returnObjects: true }) as LessonText;
          return (
            <li key={id}>
              <Link to={`/learn/${id}`} className="lesson-link">
                <span className="lesson-title">{lesson.title}</span>
                <span className="lesson-summary nonessential">{lesson.summary}</span>
                <span className="muted">{t('minutes', { count: readingMinutes(lesson) })}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
