import type { CourseProgress, CourseView, ItemProgress, MyEnrollment } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { signInPath } from '../../lib/safe-next';
import { ErrorMessage } from '../../ui/error-message';
import { QueryState } from '../../ui/query-state';
import { localized } from '../program/queries';
import { LockReason } from './lock-reason';
import { PendingChanges } from './pending-changes';
import { ProgressBar } from './progress-bar';
import { useEnroll, useMoveToLatest } from './queries';
import { itemStates, useLearnerCourse } from './use-learner-course';
import './courses.css';

/** `/courses/:slug`: a course's outline by module with locks and progress, enrolment and "continue". */
export function CoursePage() {
  const { slug = '' } = useParams();
  const learner = useLearnerCourse(slug);
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to="/courses">
          <FormattedMessage id="courses.back.catalog" />
        </Link>
      </p>
      <QueryState query={learner.course}>
        {(view) => (
          <CourseDetails
            view={view}
            signedIn={learner.signedIn}
            enrollment={learner.enrollment}
            enrolled={learner.active !== undefined}
            progress={learner.progress}
          />
        )}
      </QueryState>
    </div>
  );
}

interface CourseDetailsProps {
  view: CourseView;
  signedIn: boolean;
  enrollment: MyEnrollment | undefined;
  enrolled: boolean;
  progress: CourseProgress | undefined;
}

function CourseDetails({ view, signedIn, enrollment, enrolled, progress }: CourseDetailsProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { course } = view;
  const description = localized(course.description, locale);
  const states = itemStates(progress);
  const moduleStates = new Map(progress?.modules.map((module) => [module.moduleId, module]) ?? []);

  return (
    <article className="course" data-testid="course-page">
      <p className="course__topic">
        <span className="badge badge--muted">{intl.formatMessage({ id: `courses.topic.${course.topic}` })}</span>
      </p>
      <h1>{localized(course.title, locale)}</h1>
      {description && <p className="course__description">{description}</p>}
      <dl className="session__facts">
        {course.instructors.length > 0 && (
          <>
            <dt>
              <FormattedMessage id="courses.course.instructors" />
            </dt>
            <dd>{course.instructors.map((person) => person.name).join(', ')}</dd>
          </>
        )}
        <dt>
          <FormattedMessage id="courses.course.languages" />
        </dt>
        <dd>{course.languages.map((language) => intl.formatMessage({ id: `program.language.${language}` })).join(', ')}</dd>
      </dl>

      <EnrolmentPanel view={view} signedIn={signedIn} enrollment={enrollment} enrolled={enrolled} progress={progress} />
      {enrolled && <PendingChanges courseId={course.id} />}

      <section aria-labelledby="outline-title" className="outline">
        <h2 id="outline-title">
          <FormattedMessage id="courses.course.outline" />
        </h2>
        <ol className="outline__modules">
          {view.version.outline.modules.map((module, index) => {
            const state = moduleStates.get(module.id);
            const open = enrolled && state?.unlocked === true;
            return (
              <li key={module.id} className="card outline-module" data-testid="outline-module" data-module-id={module.id}>
                <h3 className="outline-module__title">
                  <FormattedMessage id="courses.course.module" values={{ number: index + 1 }} />
                  {': '}
                  {localized(module.title, locale)}
                </h3>
                {state && enrolled && <ProgressBar done={state.completedItems} total={state.totalItems} testId="module-progress" />}
                {state?.waitingFor && enrolled && <LockReason rule={state.waitingFor} view={view} />}
                {!enrolled && module.unlock.kind !== 'always' && <LockReason rule={module.unlock} view={view} />}
                <ol className="outline__items">
                  {module.items.map((item) => (
                    <li key={item.id} className="outline-item" data-testid="outline-item" data-item-id={item.id}>
                      <span className="outline-item__kind badge badge--muted">{intl.formatMessage({ id: `courses.kind.${item.kind}` })}</span>{' '}
                      {open ? (
                        <Link to={`/learn/${course.slug}/${item.id}`}>{localized(item.title, locale)}</Link>
                      ) : (
                        <span>{localized(item.title, locale)}</span>
                      )}{' '}
                      {enrolled && <ItemStatusBadge state={states.get(item.id)} />}
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}

/** "Done" or "Started" beside an item; nothing for one not begun. */
export function ItemStatusBadge({ state }: { state: ItemProgress | undefined }) {
  if (!state || state.status === 'not_started') return null;
  return (
    <span className={`badge ${state.status === 'completed' ? 'badge--ok' : ''}`} data-testid="item-status" data-status={state.status}>
      <FormattedMessage id={`courses.status.${state.status}`} />
    </span>
  );
}

function EnrolmentPanel({ view, signedIn, enrollment, enrolled, progress }: CourseDetailsProps) {
  const location = useLocation();
  const enroll = useEnroll();
  const move = useMoveToLatest();
  const { course } = view;

  if (enrolled) {
    const resume = progress?.resumeItemId;
    return (
      <div className="card enrolment" data-testid="enrolment">
        {progress && <ProgressBar done={progress.completedItems} total={progress.totalItems} testId="course-progress" />}
        {progress?.completed && (
          <p className="badge badge--ok" data-testid="course-completed">
            <FormattedMessage id="courses.course.completed" />
          </p>
        )}
        {resume && (
          <Link className="button" to={`/learn/${course.slug}/${resume}`} data-testid="continue">
            <FormattedMessage id={progress?.lastActivityAt ? 'courses.course.continue' : 'courses.course.start'} />
          </Link>
        )}
        {enrollment?.newerVersion && (
          <div className="notice" data-testid="newer-version">
            <p>
              <FormattedMessage id="courses.course.newerVersion" values={{ version: enrollment.newerVersion }} />
            </p>
            <button type="button" className="button button--secondary" disabled={move.isPending} onClick={() => move.mutate({ courseId: course.id })}>
              <FormattedMessage id="courses.course.moveToLatest" />
            </button>
            {move.isError && <ErrorMessage error={move.error} />}
          </div>
        )}
      </div>
    );
  }
  if (course.enrolment !== 'open' || course.archived) {
    return (
      <p className="notice" data-testid="enrol-by-instructors">
        <FormattedMessage id={course.archived ? 'courses.course.archived' : 'courses.course.byEnrolment'} />
      </p>
    );
  }
  if (!signedIn) {
    return (
      <Link className="button" to={signInPath(`${location.pathname}${location.search}`)} data-testid="sign-in-to-enrol">
        <FormattedMessage id="courses.course.signInToEnrol" />
      </Link>
    );
  }
  return (
    <div className="enrolment">
      <button type="button" className="button" disabled={enroll.isPending} onClick={() => enroll.mutate({ courseId: course.id })}>
        <FormattedMessage id={enrollment ? 'courses.course.enrolAgain' : 'courses.course.enrol'} />
      </button>
      {enroll.isError && <ErrorMessage error={enroll.error} />}
    </div>
  );
}
