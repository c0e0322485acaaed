import './teach.css';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider';
import { PageHeader } from '../../ui/page-header';
import { EmptyState, QueryState } from '../../ui/query-state';
import { localized } from '../program/queries';
import { CohortTable } from './cohort-table';
import { CohortTableFilters } from './cohort-filters';
import { CohortTotalsView } from './cohort-totals';
import { CohortsPanel } from './cohorts-panel';
import { CsvExport } from './csv-export';
import { EnrolPanel } from './enrol-panel';
import { useAllCourses, useCohorts, useCohortTable, useMyCourses } from './queries';
import { useActor } from './teach-access';
import { useCohortFilters } from './use-cohort-filters';
import { withStaffMessages } from '../../i18n/staff-messages';

/**
 * `/teach/:courseId/learners`: the course's cohorts, enrolling people, and the cohort table with its
 * filters (in the address), sortable columns, the server's totals and a CSV export. The course's
 * instructors and organizers reach it; the server decides, the page shows its answer.
 */
function LearnersPageContent() {
  const { courseId = '' } = useParams();
  const { locale } = useLocale();
  const actor = useActor();
  const organizer = actor?.kind === 'session' && actor.roles.includes('organizer');
  const instructor = actor?.kind === 'session' && actor.roles.includes('instructor');
  const mine = useMyCourses(instructor);
  const all = useAllCourses();
  const taught = mine.data?.find((course) => course.id === courseId);
  const course = taught ?? all.data?.find((each) => each.id === courseId);
  const cohorts = useCohorts(courseId);
  const cohortFilters = useCohortFilters();
  const { filters, setFilters } = cohortFilters;
  const table = useCohortTable({
    courseId,
    ...(filters.cohortId ? { cohortId: filters.cohortId } : {}),
    ...(filters.federalDistrict ? { federalDistrict: filters.federalDistrict } : {}),
    ...(filters.region ? { regionId: filters.region } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
  });
  // Organizers manage any course's learners, instructors their own: the server refuses the rest (shown below).
  const allowed = organizer || instructor;
  const title = course ? localized(course.title, locale) : '';

  if (!allowed) {
    return (
      <div className="page">
        <EmptyState testId="teach-not-yours">
          <FormattedMessage id="teach.editor.notYours" />
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page teach-page">
      <p className="breadcrumbs">
        <Link to="/teach">
          <FormattedMessage id="teach.mine.title" />
        </Link>
        {taught && (
          <>
            {' · '}
            <Link to={`/teach/${courseId}`}>{title}</Link>
          </>
        )}
      </p>
      <PageHeader
        title={title ? <FormattedMessage id="teach.learners.title" values={{ course: title }} /> : <FormattedMessage id="teach.learners.titleBare" />}
        lead={<FormattedMessage id="teach.learners.lead" />}
      />
      <QueryState query={cohorts}>
        {(list) => (
          <div className="teach-columns">
            <CohortsPanel courseId={courseId} cohorts={list} />
            <EnrolPanel courseId={courseId} cohorts={list} />
          </div>
        )}
      </QueryState>

      <section className="teach-section" aria-labelledby="progress-title">
        <h2 id="progress-title">
          <FormattedMessage id="teach.table.title" />
        </h2>
        <CohortTableFilters state={cohortFilters} cohorts={cohorts.data ?? []} />
        <QueryState
          query={table}
          isEmpty={(data) => data.rows.length === 0}
          empty={
            <EmptyState testId="cohort-empty">
              <FormattedMessage id="teach.table.empty" />
            </EmptyState>
          }
        >
          {(data) => (
            <>
              <div className="cohort-toolbar">
                <p className="list-summary" aria-live="polite" data-testid="cohort-count">
                  <FormattedMessage id="teach.table.count" values={{ count: data.rows.length }} />
                </p>
                <CsvExport table={data} filters={filters} slug={course?.slug ?? courseId} />
              </div>
              <CohortTable
                courseId={courseId}
                table={data}
                filters={filters}
                busy={table.isPlaceholderData}
                onSort={(sort) =>
                  setFilters({ sort, direction: filters.sort === sort && filters.direction === 'asc' ? 'desc' : 'asc' })
                }
              />
              <CohortTotalsView table={data} />
            </>
          )}
        </QueryState>
      </section>
    </div>
  );
}

export const LearnersPage = withStaffMessages(LearnersPageContent);
