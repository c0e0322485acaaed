import './teach.css';
import { canEditCourse, canManageEnrollments, type CourseDraft, toGorodError } from '@gorod/sdk';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { EmptyState, QueryState } from '../../ui/query-state';
import { localized } from '../program/queries';
import { CoInstructors } from './co-instructors';
import { CourseCardEditor } from './course-card-editor';
import { CourseStatusBadges } from './course-status-badges';
import { DraftEditor } from './draft-editor';
import { ArchiveCourse } from './archive-course';
import { useCourseDraft, usePublish } from './queries';
import { useActor } from './teach-access';
import { VersionsList } from './versions-list';
import { withStaffMessages } from '../../i18n/staff-messages';

/** `/teach/:courseId`: a course's card, its draft outline, publishing and archiving, versions and co-instructors. */
function CourseEditorPageContent() {
  const { courseId = '' } = useParams();
  const draft = useCourseDraft(courseId);
  // An archived course has no draft to open (the server says CONFLICT, `archived`): its versions and learners remain.
  const archived = draft.isError && toGorodError(draft.error).issues.some((issue) => issue.code === 'archived');
  return (
    <div className="page teach-page">
      {archived ? (
        <ArchivedCourse courseId={courseId} />
      ) : (
        <QueryState query={draft}>{(data) => <CourseEditor data={data} reload={() => draft.refetch()} />}</QueryState>
      )}
    </div>
  );
}

function ArchivedCourse({ courseId }: { courseId: string }) {
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/teach">
          <FormattedMessage id="teach.mine.title" />
        </Link>
      </p>
      <p className="notice notice--warning" data-testid="course-archived">
        <FormattedMessage id="teach.editor.archived" />
      </p>
      <p>
        <Link className="button button--secondary" to={`/teach/${courseId}/learners`} data-testid="to-learners">
          <FormattedMessage id="teach.mine.learners" />
        </Link>
      </p>
      <VersionsList courseId={courseId} />
    </>
  );
}

function CourseEditor({ data, reload }: { data: CourseDraft; reload: () => unknown }) {
  const { locale } = useLocale();
  const actor = useActor();
  const publish = usePublish();
  const { course, draft } = data;
  const archived = course.archivedAt !== null;
  if (!actor || !canEditCourse(actor, course)) {
    return (
      <EmptyState testId="teach-not-yours">
        <FormattedMessage id="teach.editor.notYours" />
      </EmptyState>
    );
  }
  return (
    <>
      <header className="page-header">
        <p className="breadcrumbs">
          <Link to="/teach">
            <FormattedMessage id="teach.mine.title" />
          </Link>
        </p>
        <h1 data-testid="course-title">{localized(course.title, locale)}</h1>
        <p className="item__tags">
          <CourseStatusBadges course={course} />
          <code className="badge badge--code">/{course.slug}</code>
        </p>
        {canManageEnrollments(actor, course) && (
          <p>
            <Link className="button button--secondary" to={`/teach/${course.id}/learners`} data-testid="to-learners">
              <FormattedMessage id="teach.mine.learners" />
            </Link>
          </p>
        )}
      </header>
      {archived ? (
        <p className="notice notice--warning" data-testid="course-archived">
          <FormattedMessage id="teach.editor.archived" />
        </p>
      ) : (
        <>
          <CourseCardEditor course={course} />
          {/* A fresh draft (another revision or number) starts the editor afresh; our own saves keep its state. */}
          <DraftEditor key={`${draft.number}:${draft.revision}`} course={course} draft={draft} reload={reload} publish={publish} />
        </>
      )}
      <VersionsList courseId={course.id} />
      <CoInstructors course={course} />
      {!archived && <ArchiveCourse courseId={course.id} />}
    </>
  );
}

export const CourseEditorPage = withStaffMessages(CourseEditorPageContent);
