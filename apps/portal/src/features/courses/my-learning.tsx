import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { EmptyState, QueryState } from '../../ui/query-state';
import { localized } from '../program/queries';
import { PendingChanges } from './pending-changes';
import { ProgressBar } from './progress-bar';
import { useMyEnrollments } from './queries';
import './courses.css';

/**
 * The learner's active courses with their progress and a link to continue where they stopped: the
 * `/learning` page and a section of the signed-in home (`/agenda`).
 */
export function MyLearning({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const enrollments = useMyEnrollments();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="my-learning" aria-labelledby="my-learning-title" data-testid="my-learning">
      <Heading id="my-learning-title">
        <FormattedMessage id="courses.learning.title" />
      </Heading>
      <PendingChanges />
      <QueryState
        query={enrollments}
        isEmpty={(data) => data.every((entry) => entry.enrollment.status !== 'active')}
        empty={
          <EmptyState testId="my-learning-empty">
            <p className="empty-state__title">
              <FormattedMessage id="courses.learning.empty" />
            </p>
            <Link className="button" to="/courses">
              <FormattedMessage id="courses.learning.toCatalog" />
            </Link>
          </EmptyState>
        }
      >
        {(data) => (
          <ul className="course-list">
            {data
              .filter((entry) => entry.enrollment.status === 'active')
              .map((entry) => (
                <LearningRow key={entry.enrollment.id} entry={entry} />
              ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function LearningRow({ entry }: { entry: NonNullable<ReturnType<typeof useMyEnrollments>['data']>[number] }) {
  const { locale } = useLocale();
  const { course, progress } = entry;
  const resume = progress.resumeItemId ? `/learn/${course.slug}/${progress.resumeItemId}` : `/courses/${course.slug}`;
  return (
    <li className="card course-card" data-testid="learning-row" data-course-slug={course.slug}>
      <h3 className="course-card__title">
        <Link to={`/courses/${course.slug}`}>{localized(course.title, locale)}</Link>
      </h3>
      <ProgressBar done={progress.completedItems} total={progress.totalItems} testId="learning-progress" />
      {progress.completed ? (
        <p className="badge badge--ok">
          <FormattedMessage id="courses.course.completed" />
        </p>
      ) : (
        <Link className="button button--secondary" to={resume} data-testid="learning-continue">
          <FormattedMessage id={progress.lastActivityAt ? 'courses.course.continue' : 'courses.course.start'} />
        </Link>
      )}
    </li>
  );
}
