import type { CourseSummary } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { localized } from '../program/queries';

/** One course of the catalog: its topic, title, what it holds and in which languages. */
export function CourseCard({ course }: { course: CourseSummary }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const description = localized(course.description, locale);
  return (
    <li className="card course-card" data-testid="course-card" data-course-slug={course.slug}>
      <p className="course-card__topic">
        <span className="badge badge--muted">{intl.formatMessage({ id: `courses.topic.${course.topic}` })}</span>
      </p>
      <h2 className="course-card__title">
        <Link to={`/courses/${course.slug}`}>{localized(course.title, locale)}</Link>
      </h2>
      {description && <p className="course-card__description">{description}</p>}
      <p className="course-card__meta muted">
        <FormattedMessage id="courses.card.contents" values={{ modules: course.modulesCount, items: course.itemsCount }} />
        {course.classesCount > 0 && (
          <>
            {' · '}
            <FormattedMessage id="courses.card.classes" values={{ count: course.classesCount }} />
          </>
        )}
        {' · '}
        {course.languages.map((language) => language.toUpperCase()).join(', ')}
      </p>
      {course.instructors.length > 0 && (
        <p className="course-card__meta muted">
          <FormattedMessage id="courses.card.instructors" values={{ names: course.instructors.map((person) => person.name).join(', ') }} />
        </p>
      )}
    </li>
  );
}
