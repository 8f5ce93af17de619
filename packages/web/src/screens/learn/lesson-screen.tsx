// One lesson: a title, a few short paragraphs, and the next lesson at the bottom.
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/routes.ts';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { isLessonId, LESSON_IDS, type LessonText, readingMinutes } from './lessons.ts';
import '../../styles/learn.css';

export default function LessonScreen({ params }: ScreenProps) {
  const { t } = useTranslation(['learn', 'lessons']);
  const id = params.lesson;
  const back = (
    <p>
      <Link to="/learn" className="back-link">
        ← {t('all')}
      </Link>
    </p>
  );
  if (!isLessonId(id)) {
    return (
      <Page title={t('missing')} top={back}>
        {null}
      </Page>
    );
  }
  const lesson = t(id, { ns: 'lessons', returnObjects: true }) as LessonText;
  const nextId = LESSON_IDS[LESSON_IDS.indexOf(id) + 1];
  const next =
    nextId === undefined ? null : (t(nextId, { ns: 'lessons', returnObjects: true }) as LessonText);

  return (
    <Page
      title={lesson.title}
      top={back}
      actions={
        next === null || nextId === undefined ? (
          <ButtonLink to="/learn" variant="primary">
            {t('all')}
          </ButtonLink>
        ) : (
          <ButtonLink to={`/learn/${nextId}`} variant="primary">
            {t('next', { title: next.title })}
          </ButtonLink>
        )
      }
    >
      <p className="muted">{t('minutes', { count: readingMinutes(lesson) })}</p>
      <p className="lead">{lesson.summary}</p>
      <div className="lesson-body">
        {lesson.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </Page>
  );
}
