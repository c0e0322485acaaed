import { FormattedMessage } from 'react-intl';

/** Where a course stands: archived, published (which version), a draft open, open or by enrolment. */
export function CourseStatusBadges({
  course,
}: {
  course: { archived?: boolean; archivedAt?: string | null; publishedVersion: number | null; enrolment: 'open' | 'by_enrolment'; draft?: { number: number } | null };
}) {
  const archived = course.archived ?? (course.archivedAt !== undefined && course.archivedAt !== null);
  return (
    <>
      {archived && (
        <span className="badge badge--muted" data-testid="badge-archived">
          <FormattedMessage id="teach.status.archived" />
        </span>
      )}
      {course.publishedVersion !== null ? (
        <span className="badge badge--ok" data-testid="badge-published">
          <FormattedMessage id="teach.status.published" values={{ version: course.publishedVersion }} />
        </span>
      ) : (
        <span className="badge badge--muted">
          <FormattedMessage id="teach.status.unpublished" />
        </span>
      )}
      {course.draft && (
        <span className="badge badge--changed">
          <FormattedMessage id="teach.status.draft" values={{ version: course.draft.number }} />
        </span>
      )}
      <span className="badge">
        <FormattedMessage id={`teach.enrolment.${course.enrolment}`} />
      </span>
    </>
  );
}
