import './teach.css';
import { canCreateCourse, type CourseSummary, type TaughtCourse } from '@gorod/sdk';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { localized } from '../program/queries';
import { CourseCreateForm } from './course-create-form';
import { CourseStatusBadges } from './course-status-badges';
import { useAllCourses, useMyCourses } from './queries';
import { useActor } from './teach-access';
import { withStaffMessages } from '../../i18n/staff-messages';

/**
 * `/teach`: the courses an instructor teaches, each with its draft, learners and links to the editor and
 * the learners page, and a form for a new course. Organizers (who enrol people in any course and read its
 * cohorts, but edit none they do not teach) also get every course the server shows them, with its learners page.
 */
function MyCoursesPageContent() {
  const actor = useActor();
  const instructor = actor !== undefined && canCreateCourse(actor);
  const organizer = actor?.kind === 'session' && actor.roles.includes('organizer');
  const courses = useMyCourses(instructor);
  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="teach.mine.title" />} lead={<FormattedMessage id="teach.mine.lead" />} />
      {organizer && <AllCourses />}
      {!instructor ? (
        !organizer && (
          <EmptyState testId="teach-not-instructor">
            <FormattedMessage id="teach.mine.notInstructor" />
          </EmptyState>
        )
      ) : (
        <>
          <details className="panel" data-testid="course-create-panel">
            <summary className="panel__summary">
              <FormattedMessage id="teach.course.new" />
            </summary>
            <CourseCreateForm />
          </details>
          <QueryState
            query={courses}
            isEmpty={(list) => list.length === 0}
            empty={
              <EmptyState testId="teach-empty">
                <FormattedMessage id="teach.mine.empty" />
              </EmptyState>
            }
          >
            {(list) => (
              <ul className="item-list" data-testid="taught-courses">
                {list.map((course) => (
                  <TaughtCourseRow key={course.id} course={course} />
                ))}
              </ul>
            )}
          </QueryState>
        </>
      )}
    </div>
  );
}

function TaughtCourseRow({ course }: { course: TaughtCourse }) {
  const { locale } = useLocale();
  return (
    <li className="item" data-testid="taught-course" data-course-id={course.id}>
      <div className="item__main">
        <Link className="item__title" to={`/teach/${course.id}`}>
          {localized(course.title, locale)}
        </Link>
        <p className="item__meta">
          <FormattedMessage id={`courses.topic.${course.topic}`} /> ·{' '}
          <FormattedMessage id="teach.mine.counts" values={{ modules: course.modulesCount, items: course.itemsCount, learners: course.learners }} />
        </p>
        <p className="item__tags">
          <CourseStatusBadges course={course} />
        </p>
      </div>
      <div className="item__actions">
        <Link className="button button--small button--secondary" to={`/teach/${course.id}`}>
          <FormattedMessage id="teach.mine.edit" />
        </Link>
        <Link className="button button--small button--secondary" to={`/teach/${course.id}/learners`}>
          <FormattedMessage id="teach.mine.learners" />
        </Link>
      </div>
    </li>
  );
}

/** Organizers: every course the catalog shows them, each with its learners page. */
function AllCourses() {
  const { locale } = useLocale();
  const courses = useAllCourses();
  return (
    <section aria-labelledby="all-courses-title" className="teach-section">
      <h2 id="all-courses-title">
        <FormattedMessage id="teach.all.title" />
      </h2>
      <QueryState
        query={courses}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState testId="all-courses-empty">
            <FormattedMessage id="teach.all.empty" />
          </EmptyState>
        }
      >
        {(list: CourseSummary[]) => (
          <ul className="item-list" data-testid="all-courses">
            {list.map((course) => (
              <li key={course.id} className="item">
                <div className="item__main">
                  <span className="item__title">{localized(course.title, locale)}</span>
                  <p className="item__tags">
                    <CourseStatusBadges course={course} />
                  </p>
                </div>
                <div className="item__actions">
                  <Link className="button button--small button--secondary" to={`/teach/${course.id}/learners`}>
                    <FormattedMessage id="teach.mine.learners" />
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

export const MyCoursesPage = withStaffMessages(MyCoursesPageContent);
